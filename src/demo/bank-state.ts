import type { ReferralChannel, ReferralStatus, ReferrerKind, StaffRole } from '../domain/model';
import { MEAN_TIES_PER_PERSON } from './acquaintances';
import type { AcquaintanceRow, BranchRow, EmploymentRow, FamilyTieRow, HouseholdRow, MembershipRow } from './bank-rows';
import { idFormat } from './ids';
import { PairSet } from './pair-set';
import { NO_TIER } from './person-codes';
import { Random } from './random';

/** A firm before it becomes a row; `branch` is its home branch, the one that manages it. */
export interface OrganizationDraft {
  name: string;
  industry: string;
  large: boolean;
  branch: number;
  isClient: boolean;
  createdDay: number;
}

/** A referral before ids are given: `referrer` indexes persons, staff or organizations according to `kind`; NaN marks a stage not reached. */
export interface ReferralDraft {
  kind: ReferrerKind;
  referrer: number;
  referee: number;
  status: ReferralStatus;
  channel: ReferralChannel;
  attributed: boolean;
  createdMs: number;
  contactedMs: number;
  qualifiedMs: number;
  convertedMs: number;
  closedMs: number;
}

/**
 * The bank while it is built step by step, over typed arrays indexed by
 * person, so a million people cost a few hundred bytes each; row objects are
 * made once, at the end. Persons of a branch have consecutive indices,
 * `branchStart[b]` up to `branchStart[b + 1]`. Every step draws from the one
 * `rng`, so the steps must run in the order generateBank runs them.
 */
export interface BankState {
  readonly rng: Random;
  /** Number of persons. */
  readonly n: number;
  /** Person ids, made once and shared by every row that names the person. */
  readonly ids: string[];

  // Branches and staff.
  readonly branchCount: number;
  readonly branchStart: Int32Array;
  readonly branchCity: number[];
  readonly branchDistrict: string[];
  readonly branches: BranchRow[];
  readonly staffRole: StaffRole[];
  readonly staffBranch: number[];
  readonly staffName: string[];
  readonly staffByBranch: Map<StaffRole, number[]>[];

  // People.
  readonly name: string[];
  readonly address: string[];
  readonly age: Uint8Array;
  readonly birthDay: Int32Array;
  readonly male: Uint8Array;
  readonly branch: Uint16Array;
  readonly household: Int32Array;
  readonly status: Uint8Array;
  readonly tier: Uint8Array;
  readonly grade: Uint8Array;
  readonly risk: Uint8Array;
  readonly satisfaction: Int8Array;
  readonly aum: Float64Array;
  readonly sinceDay: Int32Array;
  readonly createdMs: Float64Array;
  readonly lastContactMs: Float64Array;
  readonly employer: Int32Array;
  readonly keyPerson: Uint8Array;
  readonly influence: Uint8Array;
  readonly optOut: Uint8Array;
  readonly referredDay: Int32Array;
  readonly manager: Int32Array;
  readonly occupation: string[];

  // Households, organizations, ties, referrals.
  readonly households: HouseholdRow[];
  readonly memberships: MembershipRow[];
  readonly householdWealth: number[];
  readonly householdHead: number[];
  readonly orgs: OrganizationDraft[];
  readonly employments: EmploymentRow[];
  /** Every FAMILY and KNOWS pair so far, so no two people are tied twice. */
  readonly pairs: PairSet;
  readonly familyTies: FamilyTieRow[];
  readonly acquaintances: AcquaintanceRow[];
  readonly drafts: ReferralDraft[];
}

/** An empty bank of `persons` people spread evenly over its branches, with nothing drawn yet but the seed. */
export function createBankState(persons: number, seed: number): BankState {
  const n = persons;
  const personId = idFormat('P', persons, 7);
  const branchCount = Math.max(3, n < 25_000 ? Math.min(5, Math.round(n / 500)) : Math.round(n / 5000));
  const branchStart = new Int32Array(branchCount + 1);
  for (let b = 0; b <= branchCount; b++) branchStart[b] = Math.round((b * n) / branchCount);
  return {
    rng: new Random(seed),
    n,
    ids: Array.from({ length: persons }, (_, p) => personId(p)),
    branchCount,
    branchStart,
    branchCity: [],
    branchDistrict: [],
    branches: [],
    staffRole: [],
    staffBranch: [],
    staffName: [],
    staffByBranch: [],
    name: new Array<string>(n),
    address: new Array<string>(n),
    age: new Uint8Array(n),
    birthDay: new Int32Array(n),
    male: new Uint8Array(n),
    branch: new Uint16Array(n),
    household: new Int32Array(n).fill(-1),
    status: new Uint8Array(n),
    tier: new Uint8Array(n).fill(NO_TIER),
    grade: new Uint8Array(n),
    risk: new Uint8Array(n),
    satisfaction: new Int8Array(n).fill(-1),
    aum: new Float64Array(n),
    sinceDay: new Int32Array(n).fill(-1),
    createdMs: new Float64Array(n),
    lastContactMs: new Float64Array(n).fill(NaN),
    employer: new Int32Array(n).fill(-1),
    keyPerson: new Uint8Array(n),
    influence: new Uint8Array(n),
    optOut: new Uint8Array(n),
    referredDay: new Int32Array(n).fill(-1),
    manager: new Int32Array(n).fill(-1),
    occupation: new Array<string>(n),
    households: [],
    memberships: [],
    householdWealth: [],
    householdHead: [],
    orgs: [],
    employments: [],
    pairs: new PairSet(n, Math.ceil(n * (MEAN_TIES_PER_PERSON / 2 + 0.5))),
    familyTies: [],
    acquaintances: [],
    drafts: [],
  };
}
