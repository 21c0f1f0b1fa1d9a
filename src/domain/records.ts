import type {
  AcquaintanceKind,
  ClientKind,
  ClientTier,
  FamilyKind,
  Gender,
  HoldingStatus,
  HouseholdRole,
  PersonStatus,
  ProductCategory,
  ProspectGrade,
  ReferralChannel,
  ReferralStatus,
  ReferrerKind,
  RewardStatus,
  RiskLevel,
  StaffRole,
} from './model';

/**
 * Plain records as the database layer returns them and the GraphQL layer
 * shows them. Money is a decimal string; dates are `Date`, calendar days
 * are "YYYY-MM-DD".
 */
export interface PersonRecord {
  id: string;
  name: string;
  status: PersonStatus;
  tier: ClientTier | null;
  prospectGrade: ProspectGrade | null;
  aum: string;
  riskProfile: RiskLevel | null;
  satisfaction: number | null;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  occupation: string | null;
  lastContactAt: Date | null;
  introductionsOptOut: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** The staff id that created the record, when known (front-desk staff see only what they created). */
  createdBy?: string | null;
}

export interface HouseholdRecord {
  id: string;
  name: string;
  address: string | null;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  industry: string | null;
  employeeCount: number | null;
  registeredCapital: string | null;
  isClient: boolean;
}

export interface ProductRecord {
  id: string;
  name: string;
  category: ProductCategory;
  riskLevel: RiskLevel;
}

export interface BranchRecord {
  id: string;
  name: string;
  city: string | null;
}

export interface StaffRecord {
  id: string;
  name: string;
  role: StaffRole;
  branchId: string | null;
  /** False once deactivated (left, suspended): their tokens are refused. */
  active: boolean;
}

export interface ReferralRecord {
  id: string;
  status: ReferralStatus;
  channel: ReferralChannel;
  note: string | null;
  attributed: boolean;
  rewardStatus: RewardStatus;
  referrerKind: ReferrerKind;
  referrerId: string;
  refereeId: string;
  assignedStaffId: string | null;
  createdAt: Date;
  updatedAt: Date;
  contactedAt: Date | null;
  qualifiedAt: Date | null;
  convertedAt: Date | null;
  closedAt: Date | null;
  /** The staff id that recorded the referral, when known. */
  createdBy?: string | null;
}

export interface HouseholdMembershipRecord {
  personId: string;
  householdId: string;
  role: HouseholdRole;
}

export interface EmploymentRecord {
  personId: string;
  organizationId: string;
  title: string | null;
  keyPerson: boolean;
}

/** A family tie seen from `personId`: `relativeId` is the person's `kind`. */
export interface FamilyTieRecord {
  personId: string;
  relativeId: string;
  kind: FamilyKind;
}

export interface AcquaintanceRecord {
  personId: string;
  acquaintanceId: string;
  kind: AcquaintanceKind;
  strength: number;
}

export interface HoldingRecord {
  holderKind: ClientKind;
  holderId: string;
  productId: string;
  balance: string;
  since: string | null;
  status: HoldingStatus;
}

/** A page in list order, as the Relay connection needs it. */
export interface Page<T> {
  items: T[];
  /** Whether more records lie beyond the page in the direction it was read. */
  hasMore: boolean;
}

/** Which entries of a ranking to read: `take` of them after the first `offset` (ranks offset + 1 on). */
export interface RankSlice {
  offset: number;
  take: number;
}

/**
 * Which page to read: `size` records after `cursor` (forward) or before it
 * (backward; without a cursor, the list's last records).
 */
export interface PageWindow<C> {
  direction: 'forward' | 'backward';
  size: number;
  cursor: C | null;
}
