import { AttentionFacts, AttentionReasonKind, daysSince, rankAttention, scoreAttention } from '../../../src/domain/attention';
import { ClientTier } from '../../../src/domain/model';

const noKnockOn = { aumAtRisk: '0.00', count: 0 };

/** GOLD, 97 days without contact, satisfaction 9 → 6, brought 6 clients, 3× average PageRank, 3 clients at risk with them. */
const influentialLapsed: AttentionFacts = {
  id: 'A',
  tier: ClientTier.GOLD,
  aum: '1000000.00',
  daysSinceContact: 97,
  satisfaction: 6,
  assessed: [6, 9],
  referrals: [
    { depth: 1, count: 2, aum: '3000000.00' },
    { depth: 2, count: 4, aum: '1200000.00' },
  ],
  relativePagerank: 3,
  knockOn: { aumAtRisk: '500000.00', count: 3 },
};
/** STANDARD, never contacted, 200K. */
const neverContacted: AttentionFacts = {
  id: 'B',
  tier: ClientTier.STANDARD,
  aum: '200000.00',
  daysSinceContact: null,
  satisfaction: null,
  assessed: [],
  referrals: [],
  relativePagerank: null,
  knockOn: noKnockOn,
};
/** DIAMOND contacted 10 days ago but only 4/10 satisfied. */
const unhappyDiamond: AttentionFacts = { ...neverContacted, id: 'C', tier: ClientTier.DIAMOND, aum: '5000000.00', daysSinceContact: 10, satisfaction: 4, assessed: [4] };
/** PLATINUM contacted 5 days ago, satisfied: no call due. */
const content: AttentionFacts = { ...neverContacted, id: 'D', tier: ClientTier.PLATINUM, aum: '9000000.00', daysSinceContact: 5, satisfaction: 9, assessed: [9, 9] };
/** Called today, satisfaction fell 8 → 5: the call was just made. */
const justCalled: AttentionFacts = { ...neverContacted, id: 'E', tier: ClientTier.GOLD, aum: '3000000.00', daysSinceContact: 0, satisfaction: 5, assessed: [5, 8] };

describe('attention score', () => {
  it('multiplies value at risk by connectedness and urgency, and says why in parts', () => {
    // value at risk = 1,000,000 own + 500,000 knock-on + referral value (3,000,000 + 1,200,000 / 2 = 3,600,000) = 5,100,000
    // connectedness = 1 + 0.05 × (3 − 1) = 1.1; overdue = 97 / 60; satisfaction = 1 + 0.15 × 3 = 1.45
    // score = 5,100,000 × 1.1 × 97/60 × 1.45 = 13,150,775
    expect(scoreAttention(influentialLapsed)).toEqual({
      id: 'A',
      score: 13150775,
      daysSinceContact: 97,
      expectedContactDays: 60,
      aumAtRisk: '1500000.00',
      valueAtRisk: '5100000.00',
      reasons: [
        {
          kind: AttentionReasonKind.OVERDUE_CONTACT,
          message: 'not contacted for 97 days (GOLD clients every 60)',
          figures: [
            { name: 'days', value: 97 },
            { name: 'expectedDays', value: 60 },
          ],
          amount: null,
        },
        {
          kind: AttentionReasonKind.SATISFACTION_FALLING,
          message: 'satisfaction fell from 9 to 6',
          figures: [
            { name: 'from', value: 9 },
            { name: 'to', value: 6 },
          ],
          amount: null,
        },
        {
          kind: AttentionReasonKind.INFLUENTIAL_REFERRER,
          message: 'brought 6 clients holding 4.2M',
          figures: [
            { name: 'clients', value: 6 },
            { name: 'reach', value: 4 },
          ],
          amount: '4200000.00',
        },
        {
          kind: AttentionReasonKind.WELL_CONNECTED,
          message: "PageRank 3× the average person's",
          figures: [{ name: 'relativePagerank', value: 3 }],
          amount: null,
        },
        {
          kind: AttentionReasonKind.KNOCK_ON_RISK,
          message: '3 connected clients may follow, 500K at risk',
          figures: [{ name: 'clients', value: 3 }],
          amount: '500000.00',
        },
      ],
      factors: [
        { name: 'aum', value: 1000000, explanation: 'holds 1M' },
        { name: 'knockOnAum', value: 500000, explanation: "500K of connected clients' AUM at risk" },
        { name: 'referralValue', value: 3600000, explanation: 'referral value 3.6M' },
        { name: 'connectedness', value: 1.1, explanation: 'PageRank 3× average' },
        { name: 'overdue', value: 1.6167, explanation: '97 of 60 days' },
        { name: 'satisfaction', value: 1.45, explanation: 'fell 3 points to 6/10' },
      ],
    });
  });

  it('counts never contacted as three rhythms overdue, and low satisfaction as urgency', () => {
    // B: 200,000 × 3 = 600,000. C: 5,000,000 × 10/30 × (1 + 0.1 × (6 − 4)) = 2,000,000.
    expect([neverContacted, unhappyDiamond].map(scoreAttention).map((s) => [s.score, s.reasons.map((r) => r.message)])).toEqual([
      [600000, ['never contacted (STANDARD clients every 90 days)']],
      [2000000, ['satisfaction only 4/10']],
    ]);
  });
});

describe('attention list', () => {
  it('lists only clients who need a call, best first', () => {
    // D needs no call (5 of 30 days, 9/10); E was called today, so scores 0 despite the fall.
    const all = [content, neverContacted, justCalled, unhappyDiamond, influentialLapsed];
    expect(rankAttention(all).map((s) => s.id)).toEqual(['A', 'C', 'B']);
  });

  it('counts whole days since the last contact, a later stamp as today', () => {
    const asOf = new Date('2026-11-23T12:00:00Z');
    expect([
      daysSince(new Date('2026-08-18T13:00:00Z'), asOf),
      daysSince(new Date('2026-11-23T13:00:00Z'), asOf),
      daysSince(null, asOf),
    ]).toEqual([96, 0, null]);
  });
});
