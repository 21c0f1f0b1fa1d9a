import { DEMO_REFERENCE_DATE, generateBank, type GeneratedBank, type ReferralRow } from '../../../src/demo/generate-bank';
import {
  ClientTier,
  FamilyKind,
  HoldingStatus,
  HouseholdRole,
  PersonStatus,
  ProductCategory,
  ReferralChannel,
  ReferralStatus,
  ReferrerKind,
  RewardStatus,
  RiskLevel,
  StaffRole,
} from '../../../src/domain/model';

/** The default demo bank, shared by the read-only checks below. */
const bank: GeneratedBank = generateBank({ persons: 2000, seed: 20261123 });
const ids = (rows: readonly { id: string }[]): Set<string> => new Set(rows.map((row) => row.id));
const personIds = ids(bank.persons);
const personById = new Map(bank.persons.map((p) => [p.id, p]));
const attributed = bank.referrals.filter((r) => r.attributed);
const NON_ASSETS = new Set<string>([
  ProductCategory.CREDIT_CARD,
  ProductCategory.LOAN,
  ProductCategory.PAYROLL_SERVICE,
  ProductCategory.CASH_MANAGEMENT,
  ProductCategory.DIGITAL_BANKING,
]);

function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/** Hops from the root of the person's attributed chain (a root's direct referee is at depth 1). */
function attributedDepths(referrals: readonly ReferralRow[]): Map<string, number> {
  const parent = new Map(referrals.filter((r) => r.attributed).map((r) => [r.refereeId, r]));
  const depths = new Map<string, number>();
  for (const refereeId of parent.keys()) {
    let depth = 0;
    const seen = new Set<string>();
    for (let at: string | undefined = refereeId; at !== undefined && parent.has(at); ) {
      if (seen.has(at)) throw new Error(`attributed referrals cycle through ${at}`);
      seen.add(at);
      depth++;
      const hop: ReferralRow = parent.get(at)!;
      at = hop.referrerKind === ReferrerKind.PERSON ? hop.referrerId : undefined;
    }
    depths.set(refereeId, depth);
  }
  return depths;
}

describe('generateBank: determinism and size', () => {
  it('gives deep-equal banks for the same seed and size', () => {
    expect(generateBank({ persons: 600, seed: 7 })).toEqual(generateBank({ persons: 600, seed: 7 }));
  });

  it('gives a different bank for a different seed', () => {
    const a = generateBank({ persons: 600, seed: 7 });
    const b = generateBank({ persons: 600, seed: 8 });
    expect(b.persons.map((p) => p.name)).not.toEqual(a.persons.map((p) => p.name));
    expect(b.referrals).not.toEqual(a.referrals);
  });

  it.each([1, 10, 137, 2000])('makes exactly %i persons with distinct ids', (persons) => {
    const generated = persons === 2000 ? bank : generateBank({ persons, seed: 1 });
    expect(generated.persons).toHaveLength(persons);
    expect(ids(generated.persons).size).toBe(persons);
  });

  it('refuses a size or seed that is not an integer', () => {
    expect(() => generateBank({ persons: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateBank({ persons: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateBank({ persons: 10, seed: Number.NaN })).toThrow(RangeError);
  });

  it('dates nothing after the reference date (it never reads the clock)', () => {
    const instants = [
      ...bank.persons.flatMap((p) => [p.createdAt, p.updatedAt, p.lastContactAt, p.birthDate]),
      ...bank.referrals.flatMap((r) => [r.createdAt, r.updatedAt, r.contactedAt, r.qualifiedAt, r.convertedAt, r.closedAt]),
      ...bank.holdings.map((h) => h.since),
      ...bank.managedBy.map((m) => m.since),
    ].filter((value): value is string => value !== null);
    expect(instants.filter((value) => value >= DEMO_REFERENCE_DATE)).toEqual([]);
  });
});

describe('generateBank: referential integrity', () => {
  it('gives every kind of row distinct ids', () => {
    for (const rows of [bank.branches, bank.staff, bank.households, bank.organizations, bank.products, bank.referrals]) {
      expect(ids(rows).size).toBe(rows.length);
    }
  });

  it('refers only to rows that exist', () => {
    const branches = ids(bank.branches);
    const staff = ids(bank.staff);
    const households = ids(bank.households);
    const organizations = ids(bank.organizations);
    const products = ids(bank.products);
    const holder = (kind: string, id: string): boolean => (kind === 'PERSON' ? personIds : organizations).has(id);
    const referrer = (r: ReferralRow): boolean =>
      (r.referrerKind === ReferrerKind.PERSON ? personIds : r.referrerKind === ReferrerKind.STAFF ? staff : organizations).has(r.referrerId);
    const dangling = [
      ...bank.staff.filter((s) => s.branchId !== null && !branches.has(s.branchId)),
      ...bank.memberships.filter((m) => !personIds.has(m.personId) || !households.has(m.householdId)),
      ...bank.employments.filter((e) => !personIds.has(e.personId) || !organizations.has(e.organizationId)),
      ...[...bank.familyTies, ...bank.acquaintances].filter((t) => !personIds.has(t.fromId) || !personIds.has(t.toId)),
      ...bank.holdings.filter((h) => !holder(h.holderKind, h.holderId) || !products.has(h.productId)),
      ...bank.managedBy.filter((m) => !holder(m.clientKind, m.clientId) || !staff.has(m.staffId)),
      ...bank.referrals.filter((r) => !referrer(r) || !personIds.has(r.refereeId) || (r.assignedStaffId !== null && !staff.has(r.assignedStaffId))),
    ];
    expect(dangling).toEqual([]);
  });

  it('stores each FAMILY or KNOWS pair once, smaller id first, never a self tie', () => {
    const ties = [...bank.familyTies, ...bank.acquaintances];
    expect(ties.filter((t) => !(t.fromId < t.toId))).toEqual([]);
    expect(new Set(ties.map((t) => `${t.fromId}-${t.toId}`)).size).toBe(ties.length);
  });

  it('puts a person in at most one household of one to five with one head', () => {
    expect(new Set(bank.memberships.map((m) => m.personId)).size).toBe(bank.memberships.length);
    const members = Object.values(countBy(bank.memberships, (m) => m.householdId));
    expect(Math.min(...members)).toBe(1);
    expect(Math.max(...members)).toBe(5);
    expect(bank.memberships.filter((m) => m.role === HouseholdRole.HEAD)).toHaveLength(bank.households.length);
  });

  it('ties household members as their roles say: a head and spouse are spouses, a head and child parent and child', () => {
    const roleOf = new Map(bank.memberships.map((m) => [m.personId, m.role]));
    const wrong = bank.familyTies.filter((t) => {
      const [from, to] = [roleOf.get(t.fromId), roleOf.get(t.toId)];
      if (from === HouseholdRole.HEAD && to === HouseholdRole.SPOUSE) return t.kind !== FamilyKind.SPOUSE;
      if (from === HouseholdRole.HEAD && to === HouseholdRole.CHILD) return t.kind !== FamilyKind.CHILD;
      if (from === HouseholdRole.CHILD && to === HouseholdRole.HEAD) return t.kind !== FamilyKind.PARENT;
      return false;
    });
    expect(wrong).toEqual([]);
    expect(bank.familyTies.some((t) => t.kind === FamilyKind.SPOUSE)).toBe(true);
  });

  it('gives every client one manager, a relationship or wealth manager', () => {
    const clients = bank.managedBy.map((m) => m.clientId);
    expect(new Set(clients).size).toBe(clients.length);
    expect(bank.persons.filter((p) => !clients.includes(p.id))).toEqual([]);
    const roles = new Map(bank.staff.map((s) => [s.id, s.role]));
    expect(new Set(bank.managedBy.map((m) => roles.get(m.staffId)))).toEqual(
      new Set([StaffRole.RELATIONSHIP_MANAGER, StaffRole.WEALTH_MANAGER]),
    );
  });

  it('holds each product at most once per holder', () => {
    const pairs = bank.holdings.map((h) => `${h.holderId}-${h.productId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('generateBank: the referral forest', () => {
  it('attributes at most one referral per referee, always a converted one, never a self-referral', () => {
    expect(new Set(attributed.map((r) => r.refereeId)).size).toBe(attributed.length);
    expect(attributed.filter((r) => r.status !== ReferralStatus.CONVERTED)).toEqual([]);
    expect(bank.referrals.filter((r) => r.referrerId === r.refereeId)).toEqual([]);
  });

  it('attributes the first referral to convert', () => {
    const firstConverted = new Map<string, ReferralRow>();
    for (const r of bank.referrals) {
      const seen = firstConverted.get(r.refereeId);
      if (r.convertedAt !== null && (!seen || r.convertedAt < (seen.convertedAt as string))) firstConverted.set(r.refereeId, r);
    }
    expect([...firstConverted.values()].filter((r) => !r.attributed)).toEqual([]);
    expect(bank.referrals.some((r) => r.status === ReferralStatus.CONVERTED && !r.attributed)).toBe(true);
  });

  it('has no cycles, and a referrer converted before their referee', () => {
    const depths = attributedDepths(bank.referrals);
    expect(depths.size).toBe(attributed.length);
    const convertedAt = new Map(attributed.map((r) => [r.refereeId, r.convertedAt as string]));
    const late = attributed.filter((r) => convertedAt.has(r.referrerId) && !(convertedAt.get(r.referrerId)! < (r.convertedAt as string)));
    expect(late).toEqual([]);
  });

  it('makes a person referrer a client before the referral, and the referee of a conversion ACTIVE', () => {
    expect(bank.referrals.filter((r) => r.referrerKind === ReferrerKind.PERSON && !(personById.get(r.referrerId)!.createdAt < r.createdAt))).toEqual([]);
    const converted = bank.referrals.filter((r) => r.status === ReferralStatus.CONVERTED);
    expect(new Set(converted.map((r) => personById.get(r.refereeId)!.status))).toEqual(new Set([PersonStatus.ACTIVE]));
  });

  it('stamps each stage in order, and only the stages reached', () => {
    const stamps = (r: ReferralRow): string[] =>
      [r.createdAt, r.contactedAt, r.qualifiedAt, r.convertedAt ?? r.closedAt].filter((t): t is string => t !== null);
    expect(bank.referrals.filter((r) => stamps(r).some((t, i, all) => i > 0 && t <= all[i - 1]))).toEqual([]);
    const shape = (r: ReferralRow): string =>
      `${r.status}:${[r.contactedAt, r.qualifiedAt, r.convertedAt, r.closedAt].map((t) => (t === null ? '-' : 'x')).join('')}`;
    expect(new Set(bank.referrals.map(shape))).toEqual(
      new Set(['NEW:----', 'CONTACTED:x---', 'QUALIFIED:xx--', 'CONVERTED:xxx-', 'DECLINED:x--x', 'DECLINED:xx-x', 'EXPIRED:---x', 'EXPIRED:x--x']),
    );
  });

  it('keeps at most one referral open per referee and refers some people more than once', () => {
    const open = [ReferralStatus.NEW, ReferralStatus.CONTACTED, ReferralStatus.QUALIFIED] as string[];
    const openPerReferee = countBy(bank.referrals.filter((r) => open.includes(r.status)), (r) => r.refereeId);
    expect(Math.max(...Object.values(openPerReferee))).toBe(1);
    expect(Object.values(countBy(bank.referrals, (r) => r.refereeId)).filter((n) => n > 1).length).toBeGreaterThan(10);
  });

  it('rewards only attributed client introductions', () => {
    expect(
      bank.referrals.filter(
        (r) => (r.rewardStatus !== RewardStatus.NOT_ELIGIBLE) !== (r.attributed && r.referrerKind === ReferrerKind.PERSON),
      ),
    ).toEqual([]);
  });

  it('covers the whole lifecycle, every kind of referrer and the main channels', () => {
    expect(new Set(bank.referrals.map((r) => r.status))).toEqual(new Set(Object.values(ReferralStatus)));
    expect(new Set(bank.referrals.map((r) => r.referrerKind))).toEqual(new Set(Object.values(ReferrerKind)));
    const channels = new Set(bank.referrals.map((r) => r.channel));
    for (const channel of [ReferralChannel.CLIENT_INTRODUCTION, ReferralChannel.STAFF_RECOMMENDATION, ReferralChannel.CORPORATE_LINKAGE]) {
      expect(channels).toContain(channel);
    }
  });

  it('grows deep chains from a few strong referrers', () => {
    expect(Math.max(...attributedDepths(bank.referrals).values())).toBeGreaterThanOrEqual(3);
    const direct = countBy(attributed.filter((r) => r.referrerKind === ReferrerKind.PERSON), (r) => r.referrerId);
    expect(Object.values(direct).filter((n) => n >= 5).length).toBeGreaterThanOrEqual(2);
    // Heavy-tailed: most client referrers bring one or two.
    expect(Object.values(direct).filter((n) => n <= 2).length / Object.keys(direct).length).toBeGreaterThan(0.6);
  });
});

describe('generateBank: products, holdings and money', () => {
  it('offers every product category and every risk level', () => {
    expect(new Set(bank.products.map((p) => p.category))).toEqual(new Set(Object.values(ProductCategory)));
    expect(new Set(bank.products.map((p) => p.riskLevel))).toEqual(new Set(Object.values(RiskLevel)));
  });

  it("makes a client's AUM the sum of their active asset holdings, and a prospect's zero", () => {
    const category = new Map(bank.products.map((p) => [p.id, p.category]));
    const sums = new Map<string, number>();
    for (const h of bank.holdings) {
      if (h.holderKind === 'PERSON' && h.status === HoldingStatus.ACTIVE && !NON_ASSETS.has(category.get(h.productId)!)) {
        sums.set(h.holderId, (sums.get(h.holderId) ?? 0) + h.balanceCents);
      }
    }
    expect(bank.persons.filter((p) => p.aumCents !== (sums.get(p.id) ?? 0))).toEqual([]);
    expect(bank.persons.filter((p) => p.status === PersonStatus.PROSPECT && (p.aumCents !== 0 || p.tier !== null))).toEqual([]);
  });

  it('keeps AUM within the bounds of the tier, in whole fen', () => {
    const yuan = 100;
    const bounds: Record<ClientTier, [number, number]> = {
      [ClientTier.DIAMOND]: [5_000_000 * yuan, Infinity],
      [ClientTier.PLATINUM]: [2_000_000 * yuan, 5_000_000 * yuan],
      [ClientTier.GOLD]: [200_000 * yuan, 2_000_000 * yuan],
      [ClientTier.STANDARD]: [10_000 * yuan, 200_000 * yuan],
      [ClientTier.RESTRICTED]: [0, 10_000 * yuan],
    };
    const outside = bank.persons.filter((p) => p.tier !== null && (p.aumCents < bounds[p.tier][0] || p.aumCents > bounds[p.tier][1]));
    expect(outside).toEqual([]);
    const amounts = [...bank.persons.map((p) => p.aumCents), ...bank.holdings.map((h) => h.balanceCents)];
    expect(amounts.filter((a) => !Number.isSafeInteger(a) || a < 0)).toEqual([]);
  });

  it('mostly respects risk profiles, with a few real-life exceptions', () => {
    const risk = new Map(bank.products.map((p) => [p.id, p.riskLevel]));
    const held = bank.holdings.filter((h) => h.holderKind === 'PERSON' && h.status === HoldingStatus.ACTIVE && risk.get(h.productId) !== RiskLevel.R1);
    const unsuitable = held.filter((h) => risk.get(h.productId)! > personById.get(h.holderId)!.riskProfile);
    expect(unsuitable.length).toBeGreaterThan(0);
    expect(unsuitable.length / held.length).toBeLessThan(0.05);
  });

  it('gives payroll cards to employees of firms whose payroll we run', () => {
    const payrollFirms = new Set(bank.holdings.filter((h) => h.productId === productId(ProductCategory.PAYROLL_SERVICE)).map((h) => h.holderId));
    const cardHolders = new Set(bank.holdings.filter((h) => h.productId === productId(ProductCategory.PAYROLL_CARD)).map((h) => h.holderId));
    const employer = new Map(bank.employments.map((e) => [e.personId, e.organizationId]));
    expect([...cardHolders].filter((p) => !payrollFirms.has(employer.get(p) ?? ''))).toEqual([]);
    expect(cardHolders.size).toBeGreaterThan(50);
  });
});

function productId(category: ProductCategory): string {
  return bank.products.find((p) => p.category === category)!.id;
}

describe('generateBank: a realistic shape', () => {
  it('has three to five branches, each fully staffed', () => {
    expect(bank.branches.length).toBeGreaterThanOrEqual(3);
    expect(bank.branches.length).toBeLessThanOrEqual(5);
    const needed = [StaffRole.BRANCH_HEAD, StaffRole.RELATIONSHIP_MANAGER, StaffRole.WEALTH_MANAGER, StaffRole.LOBBY_MANAGER, StaffRole.TELLER];
    for (const branch of bank.branches) {
      const roles = new Set(bank.staff.filter((s) => s.branchId === branch.id).map((s) => s.role));
      expect(needed.filter((role) => !roles.has(role))).toEqual([]);
    }
  });

  it('names people in Chinese characters', () => {
    const chinese = /^[\u4e00-\u9fff]{2,4}$/;
    expect([...bank.persons, ...bank.staff].filter((p) => !chinese.test(p.name))).toEqual([]);
  });

  it('is a tier pyramid of mostly active clients, with graded prospects', () => {
    const tiers = countBy(bank.persons, (p) => String(p.tier));
    expect(tiers.DIAMOND).toBeLessThan(tiers.PLATINUM);
    expect(tiers.PLATINUM).toBeLessThan(tiers.GOLD);
    expect(tiers.GOLD).toBeLessThan(tiers.STANDARD);
    expect(tiers.RESTRICTED).toBeGreaterThan(0);
    const statuses = countBy(bank.persons, (p) => p.status);
    expect(statuses.ACTIVE / bank.persons.length).toBeGreaterThan(0.5);
    expect(Object.keys(statuses).sort()).toEqual(Object.values(PersonStatus).sort());
    expect(new Set(bank.persons.map((p) => p.prospectGrade))).toEqual(new Set([null, 'A', 'B', 'C']));
  });

  it('ties people about five times each, with strengths in (0, 1] and a heavy tail', () => {
    const degree = countBy([...bank.familyTies, ...bank.acquaintances].flatMap((t) => [t.fromId, t.toId]), (id) => id);
    const mean = Object.values(degree).reduce((sum, d) => sum + d, 0) / bank.persons.length;
    expect(mean).toBeGreaterThan(4.5);
    expect(mean).toBeLessThan(5.5);
    expect(Math.max(...Object.values(degree))).toBeGreaterThanOrEqual(20);
    expect(bank.acquaintances.filter((a) => !(a.strength > 0 && a.strength <= 1))).toEqual([]);
  });

  it('has a few large employers with many employees and their key persons', () => {
    const staffCounts = Object.values(countBy(bank.employments, (e) => e.organizationId)).sort((a, b) => b - a);
    expect(staffCounts[0]).toBeGreaterThanOrEqual(40);
    expect(staffCounts.filter((n) => n <= 12).length).toBeGreaterThan(staffCounts.length / 2);
    expect(bank.employments.some((e) => e.keyPerson)).toBe(true);
  });
});
