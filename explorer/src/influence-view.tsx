import { useState } from 'preact/hooks';
import { PersonLink } from './person-link';
import { INFLUENCE_CENTRES, InfluenceCentres, Metric, METRICS } from './queries';
import { link, navigate } from './route';
import { ErrorMessage, Loading } from './status';
import { useQuery } from './use-query';

const metricNames: Record<Metric, string> = {
  REFERRAL_VALUE: 'Referral value (CNY)',
  REFERRAL_REACH: 'Referral reach',
  PAGERANK: 'PageRank',
  BETWEENNESS: 'Betweenness',
};

/** The influence-centre leaderboard by one metric, optionally for one branch. */
export function InfluenceView({ metric, branchId }: { metric: string | undefined; branchId: string | undefined }) {
  const chosen: Metric = METRICS.includes(metric as Metric) ? (metric as Metric) : 'REFERRAL_VALUE';
  const [branch, setBranch] = useState(branchId ?? '');
  const { data, error, loading } = useQuery<InfluenceCentres>(INFLUENCE_CENTRES, { metric: chosen, first: 25, branchId: branchId || null });
  const board = data?.influenceCentres;
  return (
    <section class="board">
      <nav class="metrics" aria-label="Metric">
        {METRICS.map((m) => (
          <a key={m} href={`?view=influence&metric=${m}`} aria-current={m === chosen ? 'page' : undefined} onClick={link({ view: 'influence', metric: m, branchId: branchId ?? '' })}>
            {metricNames[m]}
          </a>
        ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            navigate({ view: 'influence', metric: chosen, branchId: branch.trim() });
          }}
        >
          <input aria-label="Branch id" placeholder="Branch id (blank: whole bank)" value={branch} onInput={(e) => setBranch(e.currentTarget.value)} />
          <button type="submit">Filter</button>
        </form>
      </nav>
      <ErrorMessage error={error} />
      <Loading when={loading} />
      {board && (
        <>
          {(board.metric === 'PAGERANK' || board.metric === 'BETWEENNESS') && (
            <p class="hint">{board.computedAt ? `Computed ${new Date(board.computedAt).toLocaleString()}.` : 'Never computed: run refreshInsights first.'}</p>
          )}
          <table data-testid="leaderboard">
            <thead>
              <tr>
                <th>#</th>
                <th>Person</th>
                <th>Score</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {board.entries.edges.map(({ node: entry }) => (
                <tr key={entry.person.id}>
                  <td>{entry.rank}</td>
                  <td>
                    <PersonLink person={entry.person} />
                  </td>
                  <td class="number">{entry.score.toLocaleString(undefined, { maximumFractionDigits: 4 })}</td>
                  <td>{entry.factors.map((factor) => factor.explanation).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
