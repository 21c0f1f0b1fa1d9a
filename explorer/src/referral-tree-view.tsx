import type cytoscape from 'cytoscape';
import { useMemo, useState } from 'preact/hooks';
import { GraphData, GraphView } from './graph-view';
import { describePerson, money, personNode } from './people';
import { FIRST_PAGE, nodesOf, REFERRAL_TREE, ReferralTree } from './queries';
import { link, navigate } from './route';
import { ErrorMessage, Loading } from './status';
import { startTiming } from './test-hook';
import { useQuery } from './use-query';

/** One colour per generation, the root darkest; deeper generations reuse the last. */
const depthColours = ['#1a202c', '#2b6cb0', '#2f855a', '#d69e2e', '#dd6b20', '#c53030', '#805ad5', '#d53f8c'];
const depthColour = (depth: number) => depthColours[Math.min(depth, depthColours.length - 1)]!;

/** Node size from AUM: area grows with the square root, 18 px for nothing up to 70 px for the largest. */
function sizeByAum(aum: string | null, largest: number): number {
  if (aum === null || largest <= 0) return 18;
  return 18 + 52 * Math.sqrt(Number(aum) / largest);
}

type Tree = NonNullable<ReferralTree['referralTree']>;

export function treeElements(tree: Tree, rootId: string): cytoscape.ElementDefinition[] {
  const descendants = nodesOf(tree.descendants);
  const largest = Math.max(0, ...descendants.map((d) => Number(d.person.aum ?? 0)));
  const root = tree.root;
  const elements: cytoscape.ElementDefinition[] = [
    { group: 'nodes', data: { id: root?.id ?? rootId, label: root?.name ?? rootId, color: depthColour(0), size: 40 }, classes: `centre ${(root?.__typename ?? '').toLowerCase()}` },
  ];
  const drawn = new Set([root?.id ?? rootId, ...descendants.map((d) => d.person.id)]);
  for (const { person, depth, referral } of descendants) {
    elements.push(personNode(person, [], { color: depthColour(depth), size: sizeByAum(person.aum, largest), depth }));
    const referrer = referral?.referrer;
    if (referrer && drawn.has(referrer.id)) {
      elements.push({ group: 'edges', data: { id: `ref:${referrer.id}:${person.id}`, source: referrer.id, target: person.id, width: 2, color: '#a0aec0', label: '' }, classes: 'directed' });
    }
  }
  return elements;
}

/** The referral tree of a person (or staff member, or organization), with the totals by generation. */
export function ReferralTreeView({ id, maxDepth }: { id: string | undefined; maxDepth: string | undefined }) {
  const [text, setText] = useState(id ?? '');
  const depth = Number(maxDepth ?? 10);
  const { data, error, loading } = useQuery<ReferralTree>(REFERRAL_TREE, id ? { rootId: id, maxDepth: depth, first: FIRST_PAGE } : null);
  const tree = data?.referralTree ?? null;
  const graph = useMemo<GraphData | null>(
    () =>
      tree && id
        ? { elements: treeElements(tree, id), layout: { name: 'breadthfirst', directed: true, roots: [tree.root?.id ?? id], animate: false, spacingFactor: 0.9 }, key: `referrals:${id}` }
        : null,
    [tree],
  );
  const members = useMemo(() => new Set(tree && nodesOf(tree.descendants).map((d) => d.person.id)), [tree]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    startTiming();
    navigate({ view: 'referrals', id: text.trim(), maxDepth: String(depth) });
  };

  return (
    <>
      <form class="search" onSubmit={submit}>
        <input aria-label="Root id" placeholder="Person, staff or organization id" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <label>
          Depth{' '}
          <select value={String(depth)} onChange={(e) => id && navigate({ view: 'referrals', id, maxDepth: e.currentTarget.value })}>
            {[1, 2, 3, 5, 10, 20].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <button type="submit">Show tree</button>
      </form>
      <ErrorMessage error={error} />
      <Loading when={loading} />
      {id && data && !tree && <p class="error">No person, staff member or organization has the id {id}.</p>}
      {tree && graph && (
        <div class="workspace">
          <GraphView graph={graph} onTapNode={(personId) => members.has(personId) && navigate({ view: 'network', id: personId })} />
          <aside class="panel" data-testid="referral-tree" data-root={id}>
            <h2>Referral tree of {tree.root?.name ?? id}</h2>
            <p>
              {tree.size} people brought in, holding {money(tree.totalAum)} in all.{' '}
              {tree.disclosure.withheld > 0 && (
                <span data-testid="withheld">{tree.disclosure.withheld} you may not see are left out of the tree and its totals. </span>
              )}
              {tree.descendants.totalCount > tree.descendants.edges.length && (
                <span data-testid="first-page">Drawn: the first {tree.descendants.edges.length} of {tree.descendants.totalCount}, shallowest first. </span>
              )}
              <a href={`?view=network&id=${encodeURIComponent(id!)}`} onClick={link({ view: 'network', id: id! })}>
                Network
              </a>
            </p>
            <table class="by-depth" data-testid="by-depth">
              <thead>
                <tr>
                  <th>Generation</th>
                  <th>People</th>
                  <th>AUM</th>
                </tr>
              </thead>
              <tbody>
                {tree.byDepth.map((level) => (
                  <tr key={level.depth}>
                    <td>
                      <span class="swatch" style={{ background: depthColour(level.depth) }} /> {level.depth}
                    </td>
                    <td>{level.count}</td>
                    <td>{money(level.aum)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul class="neighbours">
              {nodesOf(tree.descendants).map(({ person, depth: d }) => (
                <li key={person.id}>
                  <button type="button" data-node-id={person.id} class={person.access === 'MASKED' ? 'masked' : ''} onClick={() => navigate({ view: 'network', id: person.id })}>
                    {describePerson(person)}
                  </button>{' '}
                  <small>generation {d}</small>
                </li>
              ))}
            </ul>
          </aside>
        </div>
      )}
    </>
  );
}
