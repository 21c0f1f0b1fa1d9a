import { churnRoutes, churnTotals } from '../../../src/domain/churn-exposure';
import { knockOnRisks } from '../../../src/domain/knock-on-risk';
import { AcquaintanceKind as A, FamilyKind as F, PersonStatus } from '../../../src/domain/model';
import { exploreNeighbourhood, ExpandTies } from '../../../src/domain/neighbourhood-search';
import { NeighbourRow, reverseTie, searchStart, Tie } from '../../../src/domain/people-neighbourhood';
import { family, household, introduced, knows, person, summary } from '../../helpers/people-graph';

/*
 * A manager's clients L, C1 and D (DORMANT) in one neighbourhood:
 * L —spouse— S (prospect) —sibling— C1 —friend 0.5— C3 —friend— C4;  L —friend 0.3— C1;
 * L —household— C2;  L —friend 0.9— D;  D —brought— C5.
 */
const records = [
  person('L', '王军', { aum: '5000000.00' }),
  person('S', '刘芳', { status: PersonStatus.PROSPECT }),
  person('C1', '李强', { aum: '123456.78' }),
  person('C2', '周杰', { aum: '1000000.00' }),
  person('D', '孙丽', { status: PersonStatus.DORMANT, aum: '500000.00' }),
  person('C3', '赵敏', { aum: '800000.00' }),
  person('C4', '钱多', { aum: '100.00' }),
  person('C5', '吴昊', { aum: '250000.00' }),
];
const ties: [string, string, Tie][] = [
  ['L', 'S', family(F.SPOUSE)],
  ['S', 'C1', family(F.SIBLING)],
  ['L', 'C1', knows(A.FRIEND, 0.3)],
  ['L', 'C2', household()],
  ['L', 'D', knows(A.FRIEND, 0.9)],
  ['C1', 'C3', knows(A.FRIEND, 0.5)],
  ['C3', 'C4', knows(A.FRIEND, 1)],
  ['D', 'C5', introduced()],
];
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
    expect([book.map((id) => risks.get(id)), calls.length]).toEqual([expected, maxHops]);
  });

  it('sums AUM × exposure by hand: L within one tie', async () => {
    // C2 1,000,000 × 0.85 (household) + C1 123,456.78 × 0.3 (friend) = 887,037.03; D is DORMANT, S a prospect.
    const risks = await knockOnRisks(fakeExpand([]), book.map((id) => summary(byId.get(id)!)), 1);
    expect(risks.get('L')).toEqual({ aumAtRisk: '887037.03', count: 2 });
  });

  it('reads a wide frontier in chunks, with the same totals', async () => {
    const calls: string[][] = [];
    const chunked = await knockOnRisks(fakeExpand(calls), book.map((id) => summary(byId.get(id)!)), 2, 2);
    const whole = await knockOnRisks(fakeExpand([]), book.map((id) => summary(byId.get(id)!)), 2);
    // Round 1: the 3 clients in chunks of 2; round 2: the new frontier S, C2, C3, C5 in chunks of 2.
    expect([chunked, calls]).toEqual([whole, [['L', 'C1'], ['D'], ['S', 'C2'], ['C3', 'C5']]]);
  });
});
