import { compactAmount, InfluenceMetric, scoreInfluence } from '../../../src/domain/influence-centres';

// Two clients brought directly holding 3.2M, and one they brought holding 1M.
const levels = [
  { depth: 1, count: 2, aum: '3200000.00' },
  { depth: 2, count: 1, aum: '1000000.00' },
];
const forest = [
  { name: 'introduced:direct', value: 2, explanation: 'brought 2 clients directly' },
  { name: 'introduced:all', value: 3, explanation: '3 in all, down 2 generations' },
  { name: 'introduced:aum', value: 4200000, explanation: 'who hold 4.2M' },
];

describe('scoreInfluence', () => {
  it('scores REFERRAL_REACH as Σ 0.5^(depth−1) and explains it', () => {
    // reach = 1 + 1 + 0.5 = 2.5; value = 3,200,000 + 1,000,000 / 2 = 3,700,000
    expect(scoreInfluence(InfluenceMetric.REFERRAL_REACH, { levels, pagerank: 0.002, betweenness: 0.01, population: 1000 })).toEqual({
      score: 2.5,
      referralReach: 2.5,
      referralValue: '3700000.00',
      factors: [
        {
          name: 'referralReach',
          value: 2.5,
          explanation: 'reach 2.5: 1 per client brought directly, ½ per client they brought, ¼ the next generation, and so on',
        },
        ...forest,
      ],
    });
  });

  it('scores REFERRAL_VALUE in CNY', () => {
    expect(scoreInfluence(InfluenceMetric.REFERRAL_VALUE, { levels, pagerank: null, betweenness: null, population: null }).factors[0]).toEqual({
      name: 'referralValue',
      value: 3700000,
      explanation: 'value 3.7M: the AUM of the clients brought, halved for each generation below the first',
    });
  });

  it('compares PageRank with the average 1/n and states betweenness as a share of paths', () => {
    const facts = { levels: [], pagerank: 0.002, betweenness: 0.0125, population: 1000 };
    expect([scoreInfluence(InfluenceMetric.PAGERANK, facts), scoreInfluence(InfluenceMetric.BETWEENNESS, facts)].map((s) => [s.score, s.factors[0].explanation, s.factors[1].explanation])).toEqual([
      [0.002, "PageRank 0.00200, 2× the average person's", 'brought 0 clients directly'],
      [0.0125, 'on 1.25% of the shortest paths between two other people', 'brought 0 clients directly'],
    ]);
  });
});

describe('compactAmount', () => {
  it('writes large amounts with K, M and B', () => {
    expect(['4200000.00', '350000', '999.5', '12500000000', '0.00'].map(compactAmount)).toEqual(['4.2M', '350K', '999.5', '12.5B', '0']);
  });
});
