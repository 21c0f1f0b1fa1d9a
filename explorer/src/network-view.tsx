import { useMemo, useState } from 'preact/hooks';
import { ApiError, graphql } from './api';
import { GraphData, GraphView } from './graph-view';
import { networkElements, networkLayout } from './network';
import { describePerson, masked, money } from './people';
import { COLLEAGUES_PER_EMPLOYER, FIRST_PAGE, Network, NETWORK, nodesOf, PersonSummary, SEARCH, SearchResult } from './queries';
import { link, navigate } from './route';
import { ErrorMessage, Legend, Loading } from './status';
import { startTiming } from './test-hook';
import { asApiError, useQuery } from './use-query';

/** Search by name or id, then the person at the centre of their network. */
export function NetworkView({ id }: { id: string | undefined }) {
  return (
    <>
      <PersonSearch />
      {id ? <PersonNetwork key={id} id={id} /> : <p class="hint">Search a person by name (e.g. 王) or by id to see their network.</p>}
    </>
  );
}

/**
 * One request: the persons whose name contains the text, plus the person
 * whose id it is with their network (so an id search draws at once). One
 * match opens; several are listed to pick from.
 */
function PersonSearch() {
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<PersonSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const search = text.trim();
    if (!search) return;
    startTiming();
    setError(null);
    try {
      const { persons, byId } = await graphql<SearchResult>(SEARCH, { id: search, search, colleagues: COLLEAGUES_PER_EMPLOYER, ties: FIRST_PAGE });
      if (byId) prefetched = { person: byId };
      const found = byId ? [byId] : persons.edges.map((edge) => edge.node);
      if (found.length === 1) {
        setMatches(null);
        navigate({ view: 'network', id: found[0]!.id });
      } else setMatches(found);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <section class="search">
      <form onSubmit={submit} role="search">
        <input
          name="search"
          aria-label="Name or id"
          placeholder="Name or id"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
      <ErrorMessage error={error} />
      {matches && (
        <ul class="matches" data-testid="matches">
          {matches.length === 0 && <li>No one matches.</li>}
          {matches.map((person) => (
            <li key={person.id}>
              <button type="button" data-person-id={person.id} class={masked(person) ? 'masked' : ''} onClick={() => navigate({ view: 'network', id: person.id })}>
                {describePerson(person)} <small>{person.id}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The network an id search already brought, used once by the view it opens. */
let prefetched: Network | null = null;

function takePrefetched(id: string): Network | null {
  const network = prefetched?.person?.id === id ? prefetched : null;
  prefetched = null;
  return network;
}

function PersonNetwork({ id }: { id: string }) {
  const [ready] = useState(() => takePrefetched(id));
  const fetched = useQuery<Network>(NETWORK, ready ? null : { id, colleagues: COLLEAGUES_PER_EMPLOYER, ties: FIRST_PAGE });
  const { data, error, loading } = ready ? { data: ready, error: null, loading: false } : fetched;
  const centre = data?.person ?? null;
  const drawn = useMemo(() => (centre ? networkElements(centre) : null), [centre]);
  const graph = useMemo<GraphData | null>(
    () => (drawn && centre ? { elements: drawn.elements, layout: networkLayout, key: `network:${centre.id}` } : null),
    [drawn],
  );
  const people = useMemo(() => new Set(drawn?.neighbours.map((n) => n.person.id)), [drawn]);
  const recentre = (personId: string) => {
    if (!people.has(personId)) return;
    startTiming();
    navigate({ view: 'network', id: personId });
  };

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading when={loading} />;
  if (!centre || !drawn || !graph) return <p class="error">No person has the id {id}.</p>;
  return (
    <div class="workspace">
      <GraphView graph={graph} onTapNode={recentre} />
      <aside class="panel" data-testid="centre" data-centre={centre.id}>
        <h2 class={masked(centre) ? 'masked' : ''}>{centre.name}</h2>
        <p>
          {masked(centre)
            ? 'Masked: you do not manage this person, so their details and ties are withheld.'
            : `${centre.status ?? ''} ${centre.tier ?? ''} · AUM ${money(centre.aum)}`}
        </p>
        {centre.manager && <p>Manager: {centre.manager.name}</p>}
        <Legend />
        <p class="actions">
          <a href={`?view=referrals&id=${encodeURIComponent(centre.id)}`} onClick={link({ view: 'referrals', id: centre.id })}>
            Referral tree
          </a>{' '}
          <a href={`?view=introductions&prospectId=${encodeURIComponent(centre.id)}`} onClick={link({ view: 'introductions', prospectId: centre.id })}>
            Warm introductions to this person
          </a>
        </p>
        {centre.holdings.totalCount > 0 && (
          <p>Holds: {nodesOf(centre.holdings).filter((h) => h.status === 'ACTIVE').map((h) => h.product.name).join(', ')}</p>
        )}
        <h3>
          Neighbours <small>({drawn.neighbours.length})</small>
        </h3>
        <ul class="neighbours" data-testid="neighbours">
          {drawn.neighbours.map(({ person, relation }) => (
            <li key={person.id}>
              <button type="button" data-node-id={person.id} class={masked(person) ? 'masked' : ''} onClick={() => recentre(person.id)}>
                {person.name}
              </button>{' '}
              <small>{relation}</small>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
