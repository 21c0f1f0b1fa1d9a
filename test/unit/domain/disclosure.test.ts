import { discloseSum, pathShown, poolOf, roundPooled } from '../../../src/domain/disclosure';

const rule = { minPool: 5 };
const hidden = (personId: string, amount: string) => ({ personId, amount, shown: false });
const shown = (personId: string, amount: string) => ({ personId, amount, shown: true });

describe('the disclosure rule', () => {
  it('leaves out one hidden person behind a figure, and says so', () => {
    const { amount, disclosure } = discloseSum([shown('A', '100.00'), hidden('M', '500000.00')], rule);
    expect([amount.toFixed(2), disclosure]).toEqual(['100.00', { withheld: 1, pooled: 0 }]);
  });

  it('pools five hidden persons, rounded to two significant figures', () => {
    // 123,456.78 + 4 × 10,000 = 163,456.78 → 160,000; plus the shown 100
    const parts = [shown('A', '100.00'), hidden('M1', '123456.78'), ...['M2', 'M3', 'M4', 'M5'].map((id) => hidden(id, '10000.00'))];
    const { amount, disclosure } = discloseSum(parts, rule);
    expect([amount.toFixed(2), disclosure]).toEqual(['160100.00', { withheld: 0, pooled: 5 }]);
  });

  it('counts a hidden person once however many parts they have, so one person cannot fill a pool', () => {
    const parts = ['1', '2', '3', '4', '5'].map((amount) => hidden('M', amount));
    expect(discloseSum(parts, rule).disclosure).toEqual({ withheld: 1, pooled: 0 });
  });

  it('rounds half up to two significant figures, and keeps zero', () => {
    expect([roundPooled('1250000').toFixed(0), roundPooled('0.00').toFixed(2), roundPooled('994').toFixed(0)]).toEqual(['1300000', '0.00', '990']);
  });

  it('pools from K hidden persons on', () => {
    expect([poolOf(4, rule), poolOf(5, rule)]).toEqual([{ withheld: 4, pooled: 0 }, { withheld: 0, pooled: 5 }]);
  });

  it('shows a path only when every step touches someone whose ties the viewer sees', () => {
    const seen = new Set(['A', 'C']);
    expect([pathShown(['A', 'M1', 'C'], seen), pathShown(['A', 'M1', 'M2', 'C'], seen), pathShown(['A'], seen)]).toEqual([true, false, true]);
  });
});
