import { conversionRate, disclosedLevels, referralInfluence, SeenDescendant, treeTotals } from '../../../src/domain/referral-influence';

const rule = { minPool: 3 };
/** Descendants all shown to the viewer, with made-up ids. */
const seen = (descendants: { depth: number; aum: string }[]): SeenDescendant[] =>
  descendants.map((descendant, i) => ({ ...descendant, personId: `D${i}`, shown: true }));
const levelsOf = (descendants: { depth: number; aum: string }[]) => disclosedLevels(seen(descendants), rule).levels;

describe('referral forest arithmetic', () => {
  it('sums a tree by depth: two brought directly (100.00, 200.50), one below them (50.25)', () => {
    const descendants = [
      { depth: 1, aum: '100.00' },
      { depth: 2, aum: '50.25' },
      { depth: 1, aum: '200.50' },
    ];
    // size 3; total 100.00 + 200.50 + 50.25 = 350.75; depth 1: 2 holding 300.50, depth 2: 1 holding 50.25
    expect(treeTotals(levelsOf(descendants))).toEqual({
      size: 3,
      totalAum: '350.75',
      byDepth: [
        { depth: 1, count: 2, aum: '300.50' },
        { depth: 2, count: 1, aum: '50.25' },
      ],
    });
  });

  it('gives an empty tree no levels and no money', () => {
    expect(treeTotals([])).toEqual({ size: 0, totalAum: '0.00', byDepth: [] });
  });

  it('leaves out hidden descendants at a depth where fewer than K are pooled, and says how many', () => {
    const descendants: SeenDescendant[] = [
      { personId: 'A', depth: 1, aum: '100.00', shown: true },
      { personId: 'M1', depth: 1, aum: '777.77', shown: false },
      { personId: 'M2', depth: 2, aum: '5.00', shown: false },
    ];
    expect(disclosedLevels(descendants, rule)).toEqual({
      levels: [{ depth: 1, count: 1, aum: '100.00' }],
      disclosure: { withheld: 2, pooled: 0 },
      contributors: ['A'],
    });
  });

  it('pools K hidden descendants at one depth, their AUM rounded to two significant figures', () => {
    // hidden 1,234.56 + 2,000 + 3,000 = 6,234.56 → 6,200; shown 10
    const descendants: SeenDescendant[] = [
      { personId: 'A', depth: 1, aum: '10.00', shown: true },
      { personId: 'M1', depth: 1, aum: '1234.56', shown: false },
      { personId: 'M2', depth: 1, aum: '2000.00', shown: false },
      { personId: 'M3', depth: 1, aum: '3000.00', shown: false },
    ];
    expect(disclosedLevels(descendants, rule)).toEqual({
      levels: [{ depth: 1, count: 4, aum: '6210.00' }],
      disclosure: { withheld: 0, pooled: 3 },
      contributors: ['A', 'M1', 'M2', 'M3'],
    });
  });

  it('weighs reach and value by 0.5^(depth−1): root with 2 children and 1 grandchild', () => {
    // reach = 1 + 1 + 0.5 = 2.5; value = 300.50 + 50.25 × 0.5 = 325.625 → 325.63 (half up)
    expect(referralInfluence(levelsOf([{ depth: 1, aum: '100.00' }, { depth: 1, aum: '200.50' }, { depth: 2, aum: '50.25' }]))).toEqual({
      reach: 2.5,
      value: '325.63',
    });
  });

  it('keeps halving down the generations', () => {
    // reach = 1 + 3 × 0.5 + 4 × 0.25 + 8 × 0.125 = 4.5; value = 1000 + 400 × 0.5 + 80 × 0.25 + 16 × 0.125 = 1222
    expect(
      referralInfluence([
        { depth: 1, count: 1, aum: '1000' },
        { depth: 2, count: 3, aum: '400' },
        { depth: 3, count: 4, aum: '80' },
        { depth: 4, count: 8, aum: '16' },
      ]),
    ).toEqual({ reach: 4.5, value: '1222.00' });
  });

  it('rates conversions only when referrals were made', () => {
    expect([conversionRate(2, 3), conversionRate(0, 4), conversionRate(0, 0)]).toEqual([2 / 3, 0, null]);
  });
});
