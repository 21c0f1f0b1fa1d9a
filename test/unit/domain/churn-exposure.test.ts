import { churnRoutes, churnTotals, explainChurn } from '../../../src/domain/churn-exposure';
import { AcquaintanceKind as A, FamilyKind as F } from '../../../src/domain/model';
import type { PathStep } from '../../../src/domain/tie-path';
import { TieKind } from '../../../src/domain/tie-strength';
import type { PersonRecord } from '../../../src/domain/records';
import { graphOf, leavingClientNeighbourhood } from '../../helpers/people-graph';

function step(from: PersonRecord, to: PersonRecord, tie: TieKind, kind: F | A | null, strength: number, explanation: string): PathStep {
  return { from, to, tie, kind, strength, explanation, factor: { name: `tie:${kind ?? tie}`, value: strength, explanation } };
}

const [leaving, spouse, friend, housemate, , friendOfFriend] = leavingClientNeighbourhood.records;

/*
 * 王军 —spouse 0.95— 刘芳 —sibling 0.8— 李强 —friend 0.5— 赵敏 —friend 1.0— 钱多
 *   \—friend 0.3 (direct, weaker)——————/
 *   \—household 0.85— 周杰      \—friend 0.9— 孙丽 (DORMANT)
 */
const neighbourhood = graphOf(leavingClientNeighbourhood.records, leavingClientNeighbourhood.ties);

/** Both steps: score and sum on the summaries, then explain from the records. */
function churnExposure(world: ReturnType<typeof graphOf>, personId: string, maxHops: number) {
  const routes = churnRoutes(world.graph, personId, maxHops);
  return { clients: explainChurn(world.graph, routes, world.records), ...churnTotals(routes) };
}

describe('churn exposure', () => {
  it('exposes each ACTIVE client by the strongest path within maxHops, and sums AUM × exposure', () => {
    const toSpouse = step(leaving, spouse, TieKind.FAMILY, F.SPOUSE, 0.95, 'spouse of 王军');
    const spouseToFriend = step(spouse, friend, TieKind.FAMILY, F.SIBLING, 0.8, 'sibling of 刘芳');
    const toHousemate = step(leaving, housemate, TieKind.HOUSEHOLD, null, 0.85, 'household member of 王军');
    const toFriend = step(leaving, friend, TieKind.ACQUAINTANCE, A.FRIEND, 0.3, 'friend of 王军');
    const friendToNext = step(friend, friendOfFriend, TieKind.ACQUAINTANCE, A.FRIEND, 0.5, 'friend of 李强');
    // 周杰: 0.85 × 1,000,000.00 = 850,000.00
    // 李强: direct 0.3 loses to 0.95 × 0.8 = 0.76 through 刘芳; 0.76 × 123,456.78 = 93,827.1528 → 93,827.15
    // 赵敏: within 2 hops only 0.3 × 0.5 = 0.15 (the 0.38 path has 3 hops); 0.15 × 800,000.00 = 120,000.00
    // Not listed: 王军 himself, 刘芳 (PROSPECT), 孙丽 (DORMANT), 钱多 (3 hops away).
    // aumAtRisk = 850,000.00 + 120,000.00 + 93,827.15 = 1,063,827.15
    expect(churnExposure(neighbourhood, 'L', 2)).toEqual({
      clients: [
        {
          client: housemate,
          exposure: 0.85,
          aum: '1000000.00',
          aumAtRisk: '850000.00',
          hops: 1,
          steps: [toHousemate],
          explanation: [toHousemate.factor],
        },
        {
          client: friendOfFriend,
          exposure: 0.15,
          aum: '800000.00',
          aumAtRisk: '120000.00',
          hops: 2,
          steps: [toFriend, friendToNext],
          explanation: [toFriend.factor, friendToNext.factor],
        },
        {
          client: friend,
          exposure: 0.76,
          aum: '123456.78',
          aumAtRisk: '93827.15',
          hops: 2,
          steps: [toSpouse, spouseToFriend],
          explanation: [toSpouse.factor, spouseToFriend.factor],
        },
      ],
      aumAtRisk: '1063827.15',
      count: 3,
    });
  });

  it('lets a longer, stronger path count once maxHops allows it', () => {
    const exposure = churnExposure(neighbourhood, 'L', 3);
    // 赵敏 now 0.76 × 0.5 = 0.38 over 3 hops (304,000.00); 钱多 0.15 × 1.0 over 3 hops (15.00).
    expect([
      exposure.clients.map((c) => [c.client.id, c.exposure, c.hops, c.aumAtRisk]),
      exposure.aumAtRisk,
    ]).toEqual([
      [
        ['C2', 0.85, 1, '850000.00'],
        ['C3', 0.38, 3, '304000.00'],
        ['C1', 0.76, 2, '93827.15'],
        ['C4', 0.15, 3, '15.00'],
      ],
      '1247842.15',
    ]);
  });

  it('finds nobody at risk around an isolated person', () => {
    expect(churnExposure(graphOf([leaving], []), 'L', 2)).toEqual({ clients: [], aumAtRisk: '0.00', count: 0 });
  });
});
