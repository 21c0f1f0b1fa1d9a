import type { ScoreFactor } from '../../../src/domain/explain';
import { AcquaintanceKind as A, FamilyKind as F, PersonStatus } from '../../../src/domain/model';
import type { PersonRecord } from '../../../src/domain/records';
import type { PathStep } from '../../../src/domain/tie-path';
import { TieKind } from '../../../src/domain/tie-strength';
import { bestWarmRoutes, explainWarmRoute, WarmPathsQuery, worthExpanding } from '../../../src/domain/warm-paths';
import { colleague, family, graphOf, household, introduced, knows, person } from '../../helpers/people-graph';

/** Warmth given outright: these tests are about paths (warmth has its own tests). */
const warmth = (value: number) => ({ value, factors: [{ name: 'warmth', value, explanation: `warmth ${value}` }] });

/** Both steps: choose routes on the summaries, then explain them from the records. */
function search({ graph, records }: ReturnType<typeof graphOf>, warmthOf: Record<string, number>, changes: Partial<WarmPathsQuery> = {}) {
  const introducers = new Map(Object.entries(warmthOf).map(([id, value]) => [id, warmth(value)]));
  const { routes, complete } = bestWarmRoutes(graph, {
    prospectId: 'P',
    introducers,
    maxHops: 4,
    first: 5,
    passable: (p) => !p.introductionsOptOut,
    ...changes,
  });
  const paths = routes.map((route) => explainWarmRoute(graph, route, introducers.get(route.introducerId)!, records, 'your client'));
  return { paths, complete };
}

/** Each path as [person ids from the introducer, score, hops]. */
const routes = (result: ReturnType<typeof search>) =>
  result.paths.map((path) => [[path.introducer.id, ...path.steps.map((s) => s.to.id)].join('→'), path.score, path.hops]);

function step(from: PersonRecord, to: PersonRecord, tie: TieKind, kind: F | A | null, strength: number, explanation: string): PathStep {
  return { from, to, tie, kind, strength, explanation, factor: { name: `tie:${kind ?? tie}`, value: strength, explanation } };
}
const warmthFactor = (value: number): ScoreFactor => ({ name: 'warmth', value, explanation: `warmth ${value}` });

const prospect = person('P', '赵敏', { status: PersonStatus.PROSPECT });
const stranger = (id: string, name: string) => person(id, name, { status: PersonStatus.PROSPECT });

describe('best warm paths', () => {
  it('ranks by introducer warmth × product of tie strengths, explaining each step', () => {
    const wang = person('A', '王军');
    const li = person('B', '李强');
    const sun = stranger('X', '孙丽');
    const graph = graphOf(
      [prospect, wang, li, sun],
      [
        ['A', 'P', family(F.SPOUSE)],
        ['B', 'X', knows(A.FRIEND, 0.6)],
        ['X', 'P', knows(A.BUSINESS, 0.5)],
      ],
    );
    // A: 0.9 × 0.95 = 0.855 (1 hop); B: 1.0 × 0.6 × 0.5 = 0.3 (2 hops) — the warmer client loses to the closer tie.
    const spouse = step(wang, prospect, TieKind.FAMILY, F.SPOUSE, 0.95, 'spouse of your client 王军');
    const friend = step(li, sun, TieKind.ACQUAINTANCE, A.FRIEND, 0.6, 'friend of your client 李强');
    const partner = step(sun, prospect, TieKind.ACQUAINTANCE, A.BUSINESS, 0.5, 'business partner of 孙丽');
    expect(search(graph, { A: 0.9, B: 1 })).toEqual({
      paths: [
        {
          score: 0.855,
          hops: 1,
          introducer: wang,
          warmth: 0.9,
          steps: [spouse],
          weakestLink: spouse,
          explanation: [warmthFactor(0.9), spouse.factor],
        },
        {
          score: 0.3,
          hops: 2,
          introducer: li,
          warmth: 1,
          steps: [friend, partner],
          weakestLink: partner,
          explanation: [warmthFactor(1), friend.factor, partner.factor],
        },
      ],
      complete: true,
    });
  });

  it('explains household, colleague and referral steps and names the weakest link', () => {
    const wang = person('A', '王军');
    const li = stranger('R', '李四');
    const zhang = stranger('H', '张伟');
    const graph = graphOf(
      [prospect, wang, li, zhang],
      [
        ['A', 'R', introduced()],
        ['R', 'H', household()],
        ['H', 'P', colleague('华东制造', true)],
      ],
    );
    // 1.0 × 0.7 (referral) × 0.85 (household) × 0.5 (colleague with a key person) = 0.2975
    const referral = step(wang, li, TieKind.REFERRAL, null, 0.7, 'brought to the bank by your client 王军');
    const home = step(li, zhang, TieKind.HOUSEHOLD, null, 0.85, 'household member of 李四');
    const work = step(zhang, prospect, TieKind.COLLEAGUE, null, 0.5, 'colleague of 张伟 at 华东制造 (key person)');
    expect(search(graph, { A: 1 }).paths).toEqual([
      {
        score: 0.2975,
        hops: 3,
        introducer: wang,
        warmth: 1,
        steps: [referral, home, work],
        weakestLink: work,
        explanation: [warmthFactor(1), referral.factor, home.factor, work.factor],
      },
    ]);
  });

  it('breaks equal scores by fewer hops, before introducer id', () => {
    const graph = graphOf(
      [prospect, person('i1', '甲'), person('i2', '乙'), stranger('X', '丙')],
      [
        ['i1', 'X', knows(A.FRIEND, 0.6)],
        ['X', 'P', knows(A.FRIEND, 0.5)],
        ['i2', 'P', knows(A.FRIEND, 0.6)],
      ],
    );
    // i1: 1.0 × 0.6 × 0.5 = 0.3 in 2 hops; i2: 0.5 × 0.6 = 0.3 in 1 hop.
    expect(routes(search(graph, { i1: 1, i2: 0.5 }))).toEqual([
      ['i2→P', 0.3, 1],
      ['i1→X→P', 0.3, 2],
    ]);
  });

  it('returns no path longer than maxHops', () => {
    const graph = graphOf(
      [prospect, person('E', '周杰'), stranger('Y1', '甲'), stranger('Y2', '乙')],
      [
        ['E', 'Y1', knows(A.FRIEND, 0.5)],
        ['Y1', 'Y2', knows(A.FRIEND, 0.5)],
        ['Y2', 'P', knows(A.FRIEND, 0.5)],
      ],
    );
    expect([routes(search(graph, { E: 1 }, { maxHops: 2 })), routes(search(graph, { E: 1 }, { maxHops: 3 }))]).toEqual([
      [],
      [['E→Y1→Y2→P', 0.125, 3]],
    ]);
  });

  it('never visits a person twice', () => {
    const graph = graphOf(
      [prospect, person('A', '王军'), stranger('X', '甲'), stranger('Y', '乙')],
      [
        ['A', 'X', knows(A.FRIEND, 0.9)],
        ['A', 'Y', knows(A.FRIEND, 0.5)],
        ['X', 'Y', knows(A.FRIEND, 0.9)],
        ['Y', 'P', knows(A.FRIEND, 0.9)],
      ],
    );
    // 0.9³ = 0.729 and 0.5 × 0.9 = 0.45; the walk A→Y→X→Y→P (0.3645) repeats Y and is not a path.
    expect(routes(search(graph, { A: 1 }))).toEqual([
      ['A→X→Y→P', 0.729, 3],
      ['A→Y→P', 0.45, 2],
    ]);
  });

  it('goes around a person who opted out of introductions', () => {
    const graph = graphOf(
      [prospect, person('A', '王军'), person('M', '刘芳', { introductionsOptOut: true }), stranger('N', '孙丽')],
      [
        ['A', 'M', family(F.SPOUSE)],
        ['M', 'P', family(F.SIBLING)],
        ['A', 'N', knows(A.FRIEND, 0.5)],
        ['N', 'P', knows(A.FRIEND, 0.5)],
      ],
    );
    // Through M would score 0.95 × 0.8 = 0.76; around her, 0.5 × 0.5 = 0.25.
    expect(routes(search(graph, { A: 1 }))).toEqual([['A→N→P', 0.25, 2]]);
  });

  it('gives each introducer one path before any introducer gets a second, listed in the order chosen', () => {
    const graph = graphOf(
      [prospect, person('A', '王军'), person('B', '李强'), stranger('X1', '甲'), stranger('X2', '乙'), stranger('X3', '丙')],
      [
        ...['X1', 'X2', 'X3'].flatMap((x): [string, string, ReturnType<typeof knows>][] => [
          ['A', x, knows(A.FRIEND, 0.9)],
          [x, 'P', knows(A.FRIEND, 0.9)],
        ]),
        ['B', 'P', knows(A.FRIEND, 0.5)],
      ],
    );
    // A has three routes of 0.81; B one of 0.5. Two slots: A's best and B's. Three: then A's second,
    // after B's, so that the two chosen for two places begin the list of three (pages follow one another).
    expect([routes(search(graph, { A: 1, B: 1 }, { first: 2 })), routes(search(graph, { A: 1, B: 1 }, { first: 3 }))]).toEqual([
      [
        ['A→X1→P', 0.81, 2],
        ['B→P', 0.5, 1],
      ],
      [
        ['A→X1→P', 0.81, 2],
        ['B→P', 0.5, 1],
        ['A→X2→P', 0.81, 2],
      ],
    ]);
  });

  it('prefers, within a round, paths reaching the prospect through someone not used yet', () => {
    const graph = graphOf(
      [prospect, person('A', '王军'), person('B', '李强'), person('C', '周杰'), stranger('X', '甲'), stranger('Y', '乙')],
      [
        ['A', 'X', knows(A.FRIEND, 0.9)],
        ['B', 'X', knows(A.FRIEND, 0.8)],
        ['X', 'P', knows(A.FRIEND, 0.9)],
        ['C', 'Y', knows(A.FRIEND, 0.5)],
        ['Y', 'P', knows(A.FRIEND, 0.9)],
      ],
    );
    // A 0.81 and B 0.72 both reach 赵敏 through X; C (0.45) through Y is chosen before B.
    expect(routes(search(graph, { A: 1, B: 1, C: 1 }, { first: 2 }))).toEqual([
      ['A→X→P', 0.81, 2],
      ['C→Y→P', 0.45, 2],
    ]);
  });

  it('returns an empty list when no introducer can reach the prospect', () => {
    const graph = graphOf([prospect, person('A', '王军')], []);
    expect(search(graph, { A: 1 })).toEqual({ paths: [], complete: true });
  });
});

describe('worth expanding in a last round', () => {
  // Five clients tied to 赵敏 directly (warmth 1): paths of 0.9, 0.8, 0.7, 0.6, 0.5, each through a
  // different first step, so a path still to be found must score at least 0.5 to be chosen.
  // Frontier: u1 behind A1 (0.9 × 0.9 = 0.81 from 赵敏), u2 behind A5 (0.5 × 0.6 = 0.3); v, which
  // the round may reach, is 0.9 from A1.
  const strengths = [0.9, 0.8, 0.7, 0.6, 0.5];
  const { graph } = graphOf(
    [prospect, ...strengths.map((_, i) => person(`A${i + 1}`, `客户${i + 1}`)), stranger('u1', '甲'), stranger('u2', '乙'), stranger('v', '丙')],
    [
      ...strengths.map((strength, i): [string, string, ReturnType<typeof knows>] => [`A${i + 1}`, 'P', knows(A.FRIEND, strength)]),
      ['A1', 'u1', knows(A.FRIEND, 0.9)],
      ['A5', 'u2', knows(A.FRIEND, 0.6)],
      ['A1', 'v', knows(A.FRIEND, 0.9)],
    ],
  );
  const query = (first: number): WarmPathsQuery => ({
    prospectId: 'P',
    introducers: new Map(strengths.map((_, i) => [`A${i + 1}`, warmth(1)])),
    maxHops: 4,
    first,
    passable: () => true,
  });

  it('drops frontier persons through whom no path could reach the fifth place', () => {
    // One-sided: u1 may still give 0.81 ≥ 0.5; u2 at most 0.3.
    // Two-sided: through v (0.9 from a client): u1 at most 0.81 × 0.9 = 0.729; u2 0.27.
    // With six places the known paths do not fill round 1, so every person is worth expanding.
    expect([
      worthExpanding(graph, query(5), ['u1', 'u2'], true, null),
      worthExpanding(graph, query(5), ['u1', 'u2'], true, new Set(['v'])),
      worthExpanding(graph, query(6), ['u1', 'u2'], true, null),
    ]).toEqual([['u1'], ['u1'], ['u1', 'u2']]);
  });

  it('bounds by the places left once every first step from the prospect is used', () => {
    // 赵敏 has one neighbour, X; clients B1 … B5 behind X: 0.9 × (0.9, 0.8, 0.7, 0.6, 0.5). Round 1 takes
    // B1 (new first step X), then the others by score: the fifth place is 0.45. Frontier u3 behind B1
    // (at most 0.9 × 0.9 × 0.9 = 0.729) stays; u4 behind B5 (0.9 × 0.5 × 0.6 = 0.27) goes.
    const { graph: behindOne } = graphOf(
      [prospect, stranger('X', '孙丽'), ...strengths.map((_, i) => person(`B${i + 1}`, `客户${i + 1}`)), stranger('u3', '甲'), stranger('u4', '乙')],
      [
        ['X', 'P', knows(A.FRIEND, 0.9)],
        ...strengths.map((strength, i): [string, string, ReturnType<typeof knows>] => [`B${i + 1}`, 'X', knows(A.FRIEND, strength)]),
        ['B1', 'u3', knows(A.FRIEND, 0.9)],
        ['B5', 'u4', knows(A.FRIEND, 0.6)],
      ],
    );
    const behindX = { ...query(5), introducers: new Map(strengths.map((_, i) => [`B${i + 1}`, warmth(1)])) };
    expect(worthExpanding(behindOne, behindX, ['u3', 'u4'], true, null)).toEqual(['u3']);
  });
});
