import type { InteractionKind } from '../domain/interactions';
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
} from '../domain/model';

/*
 * The rows of the demo bank. The importer turns them into the graph of
 * cypher/MODEL.md, property for property, so they follow its conventions:
 * - ids are zero-padded (`P0000042`), so string order is numeric order and
 *   a FAMILY/KNOWS pair is stored once, `fromId < toId`;
 * - money is whole fen as a JS number (exact: every amount is far below 2^53);
 *   the importer sends it as a 64-bit integer;
 * - instants are ISO-8601 UTC strings, calendar days "YYYY-MM-DD"; every date
 *   is at or before the fixed reference date DEMO_REFERENCE_DATE;
 * - a client's `aumCents` is the sum of the balances of their ACTIVE holdings
 *   of asset products (accounts, deposits, wealth products, funds, insurance,
 *   metals); loans and credit cards carry the amount owed, outside AUM.
 */

export interface BranchRow { id: string; name: string; city: string; createdAt: string; updatedAt: string }
/** `branchId` null: at head office, at no branch (the bank's administrator). */
export interface StaffRow { id: string; name: string; role: StaffRole; branchId: string | null; createdAt: string; updatedAt: string }
export interface PersonRow {
  id: string;
  name: string;
  status: PersonStatus;
  tier: ClientTier | null;
  prospectGrade: ProspectGrade | null;
  aumCents: number;
  riskProfile: RiskLevel;
  satisfaction: number | null;
  gender: Gender;
  birthDate: string;
  phone: string;
  email: string | null;
  address: string;
  occupation: string;
  lastContactAt: string | null;
  introductionsOptOut: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface HouseholdRow { id: string; name: string; address: string; createdAt: string; updatedAt: string }
export interface MembershipRow { personId: string; householdId: string; role: HouseholdRole }
export interface OrganizationRow {
  id: string;
  name: string;
  industry: string;
  employeeCount: number;
  registeredCapitalCents: number | null;
  isClient: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface EmploymentRow { personId: string; organizationId: string; title: string; keyPerson: boolean }
/** Stored once per pair, `fromId < toId`; `kind` is what `toId` is to `fromId` (cypher/MODEL.md). */
export interface FamilyTieRow { fromId: string; toId: string; kind: FamilyKind }
/** Stored once per pair, `fromId < toId`; strength in (0, 1]. */
export interface AcquaintanceRow { fromId: string; toId: string; kind: AcquaintanceKind; strength: number }
export interface ProductRow { id: string; name: string; category: ProductCategory; riskLevel: RiskLevel; createdAt: string; updatedAt: string }
export interface HoldingRow { holderKind: ClientKind; holderId: string; productId: string; balanceCents: number; since: string; status: HoldingStatus }
export interface ManagedByRow { clientKind: ClientKind; clientId: string; staffId: string; since: string }
export interface ReferralRow {
  id: string;
  referrerKind: ReferrerKind;
  referrerId: string;
  refereeId: string;
  assignedStaffId: string | null;
  status: ReferralStatus;
  channel: ReferralChannel;
  note: string | null;
  attributed: boolean;
  rewardStatus: RewardStatus;
  createdAt: string;
  updatedAt: string;
  contactedAt: string | null;
  qualifiedAt: string | null;
  convertedAt: string | null;
  closedAt: string | null;
}

/** A contact in a client's history (cypher/MODEL.md: Interaction); `satisfaction` null when not assessed. */
export interface InteractionRow { id: string; personId: string; staffId: string; kind: InteractionKind; at: string; note: string; satisfaction: number | null }

export interface GeneratedBank {
  seed: number;
  referenceDate: string;
  branches: BranchRow[];
  staff: StaffRow[];
  persons: PersonRow[];
  households: HouseholdRow[];
  memberships: MembershipRow[];
  organizations: OrganizationRow[];
  employments: EmploymentRow[];
  familyTies: FamilyTieRow[];
  acquaintances: AcquaintanceRow[];
  products: ProductRow[];
  holdings: HoldingRow[];
  managedBy: ManagedByRow[];
  referrals: ReferralRow[];
  interactions: InteractionRow[];
}

