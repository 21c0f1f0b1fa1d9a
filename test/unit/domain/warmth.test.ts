import { PersonStatus } from '../../../src/domain/model';
import { introducerWarmth } from '../../../src/domain/tie-strength';
import { warmthOf } from '../../../src/domain/warm-paths';
import { person, summary } from '../../helpers/people-graph';

describe('introducer warmth', () => {
  it('is warmest for a satisfied, recently contacted client who has referred before', () => {
    // 1 (ACTIVE) × (30 + 7·9)/100 = 0.93 × 1 (12 days) × min(1, 0.8 + 0.2) = 1 → 0.93
    expect(introducerWarmth({ status: PersonStatus.ACTIVE, satisfaction: 9, daysSinceContact: 12, referralsBrought: 2 })).toEqual({
      value: 0.93,
      factors: [
        { name: 'status', value: 1, explanation: 'existing client' },
        { name: 'satisfaction', value: 0.93, explanation: 'satisfied 9/10' },
        { name: 'recency', value: 1, explanation: 'contacted 12 days ago' },
        { name: 'referrals', value: 1, explanation: 'brought 2 clients before' },
      ],
    });
  });

  it('counts unknown satisfaction, no contact and no referrals as lukewarm, never zero', () => {
    // ACTIVE: 1 × 0.6 × 0.5 × 0.8 = 0.24; CHURNED with satisfaction 0: 0.3 × 0.3 × 0.5 × 0.8 = 0.036
    const cases = [
      { status: PersonStatus.ACTIVE, satisfaction: null, daysSinceContact: null, referralsBrought: 0 },
      { status: PersonStatus.DORMANT, satisfaction: 5, daysSinceContact: 200, referralsBrought: 1 },
      { status: PersonStatus.CHURNED, satisfaction: 0, daysSinceContact: null, referralsBrought: 0 },
    ].map((inputs) => {
      const warmth = introducerWarmth(inputs);
      return [warmth.value, warmth.factors.map((factor) => `${factor.value} ${factor.explanation}`)];
    });
    expect(cases).toEqual([
      [0.24, ['1 existing client', '0.6 satisfaction not assessed', '0.5 never contacted', '0.8 has not brought a client before']],
      // 0.6 × 0.65 × 0.7 (200 days: within a year) × 0.9 = 0.2457
      [0.2457, ['0.6 dormant (not an active client)', '0.65 satisfied 5/10', '0.7 contacted 200 days ago', '0.9 brought 1 client before']],
      [0.036, ['0.3 churned (not an active client)', '0.3 satisfied 0/10', '0.5 never contacted', '0.8 has not brought a client before']],
    ]);
  });

  it('orders recency in steps: a month, a quarter, half a year, a year, longer', () => {
    const recency = [0, 30, 31, 90, 91, 180, 365, 366, 2000].map(
      (days) => introducerWarmth({ status: PersonStatus.ACTIVE, satisfaction: 10, daysSinceContact: days, referralsBrought: 2 }).value,
    );
    expect(recency).toEqual([1, 1, 0.9, 0.9, 0.8, 0.8, 0.7, 0.6, 0.6]);
  });

  it('reads a person: whole days since the last contact, a future stamp as today', () => {
    const asOf = new Date('2026-11-01T08:00:00Z');
    const contacted = (at: string | null) =>
      warmthOf(summary(person('p', '王军', { satisfaction: 10, lastContactAt: at ? new Date(at) : null }), 1), asOf).factors[2].explanation;
    expect([contacted('2026-10-20T09:00:00Z'), contacted('2026-11-01T09:00:00Z'), contacted(null)]).toEqual([
      'contacted 11 days ago',
      'contacted 0 days ago',
      'never contacted',
    ]);
  });
});
