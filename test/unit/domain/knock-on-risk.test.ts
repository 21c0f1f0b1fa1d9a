import { churnRoutes, churnTotals } from '../../../src/domain/churn-exposure';
import { knockOnRisks } from '../../../src/domain/knock-on-risk';
import { PersonStatus } from '../../../src/domain/model';
import { exploreNeighbourhood, ExpandTies } from '../../../src/domain/neighbourhood-search';
import { NeighbourRow, reverseTie, searchStart, Tie } from '../../../src/domain/people-neighbourhood';
import { introduced, leavingClientNeighbourhood, person, summary } from '../../helpers/people-graph';

/* The manager's clients L, C1 and D (DORMANT) in leavingClientNeighbourhood, and D —brought— C5. */
const records = [...leavingClientNeighbourhood.records, person('C5', '吴昊', { aum: '250000.00' })];
const ties: [string, string, Tie][] = [...leavingClientNeighbourhood.ties, ['D', 'C5', introduced()]];
const byId = new Map(records.map((r) => [r.id, r]));

/** Reads ties as people-ties-by-person-ids does (both directions, last round to ACTIVE clients only), recording each call. */
function fakeExpand(calls: string[][]): ExpandTies {
  return async (ids, filter) => {
    calls.push([...ids]);
    const rows: NeighbourRow[] = [];
    for (const [a, b, tie] of ties) {
      for (const [fromId, toId, seen] of [[a, b, tie], [b, a, reverseTie(tie)]] as const) {
        const to = byId.get(toId)!;
        if (ids.includes(fromId) && (filter !== 'ACTIVE' || to.status === PersonStatus.ACTIVE)) rows.push({ fromId, to: summary(to), tie: seen });
      }
    }
    return rows;
  };
}

/** churnImpact's way, one person at a time. */
async function churnImpactTotals(personId: string, maxHops: number) {
  const { graph } = await exploreNeighbourhood(fakeExpand([]), { start: searchStart(byId.get(personId)!), ends: null, maxHops, passable: () => true });
  return churnTotals(churnRoutes(graph, personId, maxHops));
}

describe('knock-on risk of a book of clients', () => {
  const book = ['L', 'C1', 'D'];

  it.each([1, 2])('gives every client the totals churnImpact(maxHops: %i) gives, in that many round trips', async (maxHops) => {
    const calls: string[][] = [];
    const risks = await knockOnRisks(fakeExpand(calls), book.map((id) => summary(byId.get(id)!)), maxHops);
    const expected = await Promise.all(book.map((id) => churnImpactTotals(id, maxHops)));
    expect([book.map((id) => churnTotals(risks.get(id)!)), calls.length]).toEqual([expected, maxHops]);
  });

  it('sums AUM × exposure by hand: L within one tie', async () => {
    // C2 1,000,000 × 0.85 (household) + C1 123,456.78 × 0.3 (friend) = 887,037.03; D is DORMANT, S a prospect.
    const risks = await knockOnRisks(fakeExpand([]), book.map((id) => summary(byId.get(id)!)), 1);
    expect(churnTotals(risks.get('L')!)).toEqual({ aumAtRisk: '887037.03', count: 2 });
  });

  it('reads a wide frontier in chunks, with the same totals', async () => {
    const calls: string[][] = [];
    const chunked = await knockOnRisks(fakeExpand(calls), book.map((id) => summary(byId.get(id)!)), 2, 2);
    const whole = await knockOnRisks(fakeExpand([]), book.map((id) => summary(byId.get(id)!)), 2);
    // Round 1: the 3 clients in chunks of 2; round 2: the new frontier S, C2, C3, C5 in chunks of 2.
    expect([chunked, calls]).toEqual([whole, [['L', 'C1'], ['D'], ['S', 'C2'], ['C3', 'C5']]]);
  });
});
