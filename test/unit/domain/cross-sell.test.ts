import { crossSell, CrossSellNeighbourhood } from '../../../src/domain/cross-sell';
import { PersonStatus, ProductCategory, RiskLevel } from '../../../src/domain/model';
import type { PersonTie } from '../../../src/domain/neighbour-ties';
import type { OrganizationRecord, PersonRecord, ProductRecord } from '../../../src/domain/records';
import { TieKind } from '../../../src/domain/tie-strength';

const day = new Date('2024-01-01T00:00:00Z');
const person = (id: string, name: string, riskProfile: RiskLevel | null = null): PersonRecord => ({
  id, name, status: PersonStatus.ACTIVE, tier: null, prospectGrade: null, aum: '0.00', riskProfile, satisfaction: null, gender: null,
  birthDate: null, phone: null, email: null, address: null, occupation: null, lastContactAt: null, introductionsOptOut: false,
  createdAt: day, updatedAt: day,
});
const product = (id: string, category: ProductCategory, riskLevel: RiskLevel): ProductRecord => ({ id, name: id, category, riskLevel });
const tie = (kind: TieKind, fields: Partial<PersonTie> = {}): PersonTie => ({
  tie: kind, kind: null, strength: null, keyPerson: null, organizationId: null, introduced: null, ...fields,
});

const org: OrganizationRecord = { id: 'o1', name: '华东制造', industry: null, employeeCount: 12, registeredCapital: null, isClient: true };
const client = person('c', '王伟', RiskLevel.R2);
const [spouse, clerk1, clerk2, friend, clerk3] = [
  person('n1', '李娜'), person('n2', '张三'), person('n3', '李四'), person('n4', '赵六'), person('n5', '钱七'),
];
const colleague = tie(TieKind.COLLEAGUE, { keyPerson: false, organizationId: 'o1' });
const bondFund = product('bond-fund', ProductCategory.FUND, RiskLevel.R2);
const wealth = product('wealth', ProductCategory.WEALTH_MANAGEMENT, RiskLevel.R2);
const techFund = product('tech-fund', ProductCategory.FUND, RiskLevel.R4);
const payrollCard = product('payroll-card', ProductCategory.PAYROLL_CARD, RiskLevel.R1);
const current = product('current', ProductCategory.CURRENT_ACCOUNT, RiskLevel.R1);

const neighbourhood: CrossSellNeighbourhood = {
  client,
  heldProductIds: ['current'],
  neighbours: [
    { person: spouse, ties: [tie(TieKind.HOUSEHOLD), tie(TieKind.FAMILY, { kind: 'SPOUSE' })], productIds: ['bond-fund', 'current'] },
    { person: clerk1, ties: [colleague], productIds: ['bond-fund'] },
    { person: clerk2, ties: [colleague], productIds: ['bond-fund'] },
    { person: friend, ties: [tie(TieKind.ACQUAINTANCE, { kind: 'FRIEND', strength: 0.5 })], productIds: ['wealth'] },
    { person: clerk3, ties: [colleague], productIds: ['tech-fund'] },
  ],
  employers: [{ organization: org, heldCategories: [ProductCategory.PAYROLL_SERVICE] }],
  products: [bondFund, wealth, techFund, payrollCard, current],
};

describe('crossSell', () => {
  it('ranks by the summed tie strengths of distinct holders and employer offers, withholding unsuitable products', () => {
    // bond-fund: spouse 李娜 (FAMILY SPOUSE 0.95 beats HOUSEHOLD 0.85) + colleagues 张三, 李四 (0.35 each) = 1.65
    // payroll-card: employer 华东制造 holds PAYROLL_SERVICE → weight 1
    // wealth: friend 赵六, KNOWS 0.5; tech-fund (R4) is above the R2 profile; current is held
    expect(crossSell(neighbourhood)).toEqual({
      person: client,
      opportunities: [
        {
          product: bondFund,
          score: 1.65,
          holdersNearby: 3,
          evidence: [
            { kind: 'FAMILY', via: [spouse], organization: null, strength: 0.95, explanation: 'spouse 李娜 holds it' },
            { kind: 'COLLEAGUE', via: [clerk1, clerk2], organization: org, strength: 0.7, explanation: '2 colleagues at 华东制造 hold it' },
          ],
          explanation: [
            { name: 'tie:SPOUSE', value: 0.95, explanation: 'spouse 李娜 holds it' },
            { name: 'tie:COLLEAGUE', value: 0.7, explanation: '2 colleagues at 华东制造 hold it' },
          ],
        },
        {
          product: payrollCard,
          score: 1,
          holdersNearby: 0,
          evidence: [{ kind: 'EMPLOYER_PRODUCT', via: [], organization: org, strength: 1, explanation: '华东制造 uses payroll with us' }],
          explanation: [{ name: 'employer:PAYROLL_SERVICE', value: 1, explanation: '华东制造 uses payroll with us' }],
        },
        {
          product: wealth,
          score: 0.5,
          holdersNearby: 1,
          evidence: [{ kind: 'ACQUAINTANCE', via: [friend], organization: null, strength: 0.5, explanation: 'friend 赵六 holds it' }],
          explanation: [{ name: 'tie:FRIEND', value: 0.5, explanation: 'friend 赵六 holds it' }],
        },
      ],
      excluded: [{ product: techFund, code: 'ABOVE_RISK_PROFILE', reason: "R4 product above the client's R2 risk profile" }],
    });
  });

  it('keeps the first opportunities and at most three evidence paths, with every part in the explanation', () => {
    // fund: sibling 0.8, referrer 0.7, referee 0.7 (referrer first: same strength, smaller id), neighbour 0.4 → 2.6;
    // with no risk profile the client is treated as R1, so the R2 fund is excluded under RISK_PROFILE_MISSING.
    const [sister, introducer, introduced, neighbour] = [person('m1', '王芳'), person('m2', '周杰'), person('m3', '吴敏'), person('m4', '郑强')];
    const fund = product('fund', ProductCategory.FUND, RiskLevel.R1);
    const gold = product('gold', ProductCategory.PRECIOUS_METALS, RiskLevel.R2);
    const result = crossSell(
      {
        client: person('c', '王伟'),
        heldProductIds: [],
        neighbours: [
          { person: neighbour, ties: [tie(TieKind.ACQUAINTANCE, { kind: 'NEIGHBOUR', strength: null })], productIds: ['fund'] },
          { person: introduced, ties: [tie(TieKind.REFERRAL, { introduced: true })], productIds: ['fund', 'gold'] },
          { person: introducer, ties: [tie(TieKind.REFERRAL, { introduced: false })], productIds: ['fund'] },
          { person: sister, ties: [tie(TieKind.FAMILY, { kind: 'SIBLING' })], productIds: ['fund'] },
        ],
        employers: [],
        products: [fund, gold],
      },
    );
    expect(result).toEqual({
      person: person('c', '王伟'),
      opportunities: [
        {
          product: fund,
          score: 2.6,
          holdersNearby: 4,
          evidence: [
            { kind: 'FAMILY', via: [sister], organization: null, strength: 0.8, explanation: 'sibling 王芳 holds it' },
            { kind: 'REFERRAL', via: [introducer], organization: null, strength: 0.7, explanation: 'referrer 周杰 holds it' },
            { kind: 'REFERRAL', via: [introduced], organization: null, strength: 0.7, explanation: 'referee 吴敏 holds it' },
          ],
          explanation: [
            { name: 'tie:SIBLING', value: 0.8, explanation: 'sibling 王芳 holds it' },
            { name: 'tie:REFERRAL', value: 0.7, explanation: 'referrer 周杰 holds it' },
            { name: 'tie:REFERRAL', value: 0.7, explanation: 'referee 吴敏 holds it' },
            { name: 'tie:NEIGHBOUR', value: 0.4, explanation: 'neighbour 郑强 holds it' },
          ],
        },
      ],
      excluded: [
        {
          product: gold,
          code: 'RISK_PROFILE_MISSING',
          reason: "R2 product above R1, the profile assumed while the client has none recorded; assess the client's risk profile first",
        },
      ],
    });
  });
});
