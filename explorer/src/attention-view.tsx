import { useState } from 'preact/hooks';
import { money } from './people';
import { PersonLink } from './person-link';
import { Attention, ATTENTION_LIST } from './queries';
import { navigate } from './route';
import { ErrorMessage, Loading } from './status';
import { useQuery } from './use-query';

/** A manager's clients who most need a call now, each with why (defaults to the signed-in staff member). */
export function AttentionView({ staffId }: { staffId: string | undefined }) {
  const [text, setText] = useState(staffId ?? '');
  const { data, error, loading } = useQuery<Attention>(ATTENTION_LIST, staffId ? { staffId, first: 25 } : null);
  const entries = data?.attentionList?.edges.map((edge) => edge.node);
  return (
    <section class="board">
      <form
        class="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate({ view: 'attention', staffId: text.trim() });
        }}
      >
        <input aria-label="Staff id" placeholder="Staff id" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit">Show list</button>
      </form>
      <ErrorMessage error={error} />
      <Loading when={loading} />
      {data && !data.attentionList && <p class="error">No member of staff has the id {staffId}.</p>}
      {entries && (
        <table data-testid="attention">
          <thead>
            <tr>
              <th>#</th>
              <th>Client</th>
              <th>Last contact</th>
              <th>Value at risk</th>
              <th>Why call now</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 && (
              <tr>
                <td colSpan={5}>No client needs a call today.</td>
              </tr>
            )}
            {entries.map((entry) => (
              <tr key={entry.person.id}>
                <td>{entry.rank}</td>
                <td>
                  <PersonLink person={entry.person} />
                </td>
                <td>
                  {entry.daysSinceContact === null ? 'never' : `${entry.daysSinceContact} days ago`} <small>(every {entry.expectedContactDays})</small>
                </td>
                <td class="number">{money(entry.valueAtRisk)}</td>
                <td>{entry.reasons.map((reason) => reason.message).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
