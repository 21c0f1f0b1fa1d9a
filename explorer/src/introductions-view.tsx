import type cytoscape from 'cytoscape';
import { useMemo, useState } from 'preact/hooks';
import { GraphData, GraphView } from './graph-view';
import { personNode } from './people';
import { Introductions, INTRODUCTIONS, PersonSummary } from './queries';
import { navigate } from './route';
import { ErrorMessage, Loading } from './status';
import { startTiming } from './test-hook';
import { useQuery } from './use-query';

type Path = NonNullable<Introductions['warmIntroductions']>['edges'][number]['node'];

/**
 * Every ranked path in one drawing: the prospect at the top, introducers
 * below; a person on several paths is one node. Edges carry the rank of
 * their path so the chosen one can be picked out.
 */
export function introductionElements(prospect: PersonSummary, paths: Path[]): cytoscape.ElementDefinition[] {
  const nodes = new Map<string, cytoscape.ElementDefinition>([[prospect.id, personNode(prospect, ['centre'], { size: 44 })]]);
  const edges = new Map<string, cytoscape.ElementDefinition>();
  paths.forEach((path, index) => {
    const rank = index + 1;
    if (!nodes.has(path.introducer.id)) nodes.set(path.introducer.id, personNode(path.introducer, ['introducer'], { size: 34 }));
    for (const step of path.steps) {
      for (const person of [step.from, step.to]) if (!nodes.has(person.id)) nodes.set(person.id, personNode(person));
      const id = `${step.from.id}->${step.to.id}`;
      const existing = edges.get(id);
      if (existing) existing.classes += ` rank-${rank}`;
      else {
        const label = `${(step.kind ?? step.tie).toLowerCase()} ${step.strength.toFixed(2)}`;
        edges.set(id, { group: 'edges', data: { id, source: step.from.id, target: step.to.id, label, width: 1 + 6 * step.strength, color: '#3182ce' }, classes: `directed rank-${rank}` });
      }
    }
  });
  return [...nodes.values(), ...edges.values()];
}

/** Warm introductions to a prospect: the ranked paths drawn, each with why it scores what it does. */
export function IntroductionsView({ route }: { route: Record<string, string | undefined> }) {
  const { prospectId, fromStaffId = '', maxHops = '4' } = route;
  const [form, setForm] = useState({ prospectId: prospectId ?? '', fromStaffId, maxHops });
  const [chosen, setChosen] = useState<number | null>(null);
  const variables = prospectId ? { prospectId, fromStaffId: fromStaffId || null, maxHops: Number(maxHops), first: 10 } : null;
  const { data, error, loading } = useQuery<Introductions>(INTRODUCTIONS, variables);
  // Null for an unknown prospect (said below) or member of staff: no path either way.
  const paths = useMemo(() => data?.warmIntroductions?.edges.map((edge) => edge.node) ?? [], [data]);
  const graph = useMemo<GraphData | null>(() => {
    if (!data?.prospect) return null;
    const elements = introductionElements(data.prospect, paths);
    return { elements, layout: { name: 'breadthfirst', directed: false, roots: [data.prospect.id], animate: false, spacingFactor: 1.1 }, key: `introductions:${data.prospect.id}` };
  }, [data, paths]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!form.prospectId.trim()) return;
    startTiming();
    setChosen(null);
    navigate({ view: 'introductions', ...form, prospectId: form.prospectId.trim() });
  };
  const people = useMemo(() => new Set(graph?.elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)), [graph]);

  return (
    <>
      <form class="search" onSubmit={submit}>
        <input aria-label="Prospect id" placeholder="Prospect id" value={form.prospectId} onInput={(e) => setForm({ ...form, prospectId: e.currentTarget.value })} />
        <input aria-label="Whose clients (staff id)" placeholder="Whose clients: staff id (blank: the bank's)" value={form.fromStaffId} onInput={(e) => setForm({ ...form, fromStaffId: e.currentTarget.value })} />
        <label>
          Hops{' '}
          <select value={form.maxHops} onChange={(e) => setForm({ ...form, maxHops: e.currentTarget.value })}>
            {[1, 2, 3, 4, 5, 6].map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
        </label>
        <button type="submit">Find introductions</button>
      </form>
      <ErrorMessage error={error} />
      <Loading when={loading} />
      {data && !data.prospect && <p class="error">No person has the id {prospectId}.</p>}
      {data?.prospect && graph && (
        <div class="workspace">
          <GraphView graph={graph} onTapNode={(id) => people.has(id) && navigate({ view: 'network', id })} highlight={chosen === null ? null : `.rank-${chosen}`} />
          <aside class="panel" data-testid="introductions">
            <h2>Introductions to {data.prospect.name}</h2>
            {paths.length === 0 && <p>No path within {maxHops} hops.</p>}
            {paths[0]?.searchTruncated && <p class="hint">The search hit its cap: a better path may exist.</p>}
            <ol class="paths">
              {paths.map((path, index) => (
                <li key={index} data-testid="path" class={chosen === index + 1 ? 'chosen' : ''}>
                  <button type="button" onClick={() => setChosen(chosen === index + 1 ? null : index + 1)}>
                    {path.introducer.name} · score {path.score.toFixed(3)} · {path.hops} hop{path.hops === 1 ? '' : 's'}
                  </button>
                  <ol class="steps">
                    {path.steps.map((step, s) => (
                      <li key={s}>
                        {step.from.name} → {step.to.name}: {(step.kind ?? step.tie).toLowerCase()} {step.strength.toFixed(2)}
                        {step.from.id === path.weakestLink.from.id && step.to.id === path.weakestLink.to.id ? ' (weakest link)' : ''}
                      </li>
                    ))}
                  </ol>
                  <table class="factors">
                    <tbody>
                      {path.explanation.map((factor, f) => (
                        <tr key={f}>
                          <td>{factor.explanation}</td>
                          <td class="number">{factor.value.toFixed(3)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </li>
              ))}
            </ol>
          </aside>
        </div>
      )}
    </>
  );
}
