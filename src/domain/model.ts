/**
 * The vocabulary of the graph (docs/rules.md#graph-model, docs/domain.md; property names in
 * cypher/MODEL.md): enums shared by
 * the database layer, the rules and the GraphQL schema.
 */

/** Where a person stands with the bank (docs/domain.md#client-lifecycle: prospect → client → dormant → churned). */
export enum PersonStatus {
  PROSPECT = 'PROSPECT',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CHURNED = 'CHURNED',
}

/** The bank's CRM tier pyramid, from the top. */
export enum ClientTier {
  DIAMOND = 'DIAMOND',
  PLATINUM = 'PLATINUM',
  GOLD = 'GOLD',
  STANDARD = 'STANDARD',
  RESTRICTED = 'RESTRICTED',
}

/** Prospect grade by value × likelihood of converting; A-grade is reviewed daily. */
export enum ProspectGrade {
  A = 'A',
  B = 'B',
  C = 'C',
}

/** Risk levels R1 (lowest) to R5; a client's risk profile is the highest level suitable for them. */
export enum RiskLevel {
  R1 = 'R1',
  R2 = 'R2',
  R3 = 'R3',
  R4 = 'R4',
  R5 = 'R5',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}

export enum HouseholdRole {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}

/** What the related person is to the person one starts from. */
export enum FamilyKind {
  SPOUSE = 'SPOUSE',
  PARENT = 'PARENT',
  CHILD = 'CHILD',
  SIBLING = 'SIBLING',
  RELATIVE = 'RELATIVE',
}

export enum AcquaintanceKind {
  FRIEND = 'FRIEND',
  ALUMNI = 'ALUMNI',
  NEIGHBOUR = 'NEIGHBOUR',
  BUSINESS = 'BUSINESS',
  ELDER = 'ELDER',
}

export enum ProductCategory {
  CURRENT_ACCOUNT = 'CURRENT_ACCOUNT',
  TERM_DEPOSIT = 'TERM_DEPOSIT',
  WEALTH_MANAGEMENT = 'WEALTH_MANAGEMENT',
  FUND = 'FUND',
  INSURANCE = 'INSURANCE',
  PRECIOUS_METALS = 'PRECIOUS_METALS',
  CREDIT_CARD = 'CREDIT_CARD',
  LOAN = 'LOAN',
  PAYROLL_CARD = 'PAYROLL_CARD',
  PAYROLL_SERVICE = 'PAYROLL_SERVICE',
  CASH_MANAGEMENT = 'CASH_MANAGEMENT',
  DIGITAL_BANKING = 'DIGITAL_BANKING',
}

export enum HoldingStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export enum StaffRole {
  RELATIONSHIP_MANAGER = 'RELATIONSHIP_MANAGER',
  WEALTH_MANAGER = 'WEALTH_MANAGER',
  LOBBY_MANAGER = 'LOBBY_MANAGER',
  TELLER = 'TELLER',
  BRANCH_HEAD = 'BRANCH_HEAD',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

export enum ReferralStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  QUALIFIED = 'QUALIFIED',
  CONVERTED = 'CONVERTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

export enum ReferralChannel {
  CLIENT_INTRODUCTION = 'CLIENT_INTRODUCTION',
  STAFF_RECOMMENDATION = 'STAFF_RECOMMENDATION',
  CORPORATE_LINKAGE = 'CORPORATE_LINKAGE',
  EVENT = 'EVENT',
  DIGITAL = 'DIGITAL',
  OTHER = 'OTHER',
}

/** Incentives go to referrer and referee once a referral converts (docs/domain.md#referral-practice). */
export enum RewardStatus {
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  PENDING = 'PENDING',
  PAID = 'PAID',
}

/** Which kind of node made a referral. */
export enum ReferrerKind {
  PERSON = 'PERSON',
  STAFF = 'STAFF',
  ORGANIZATION = 'ORGANIZATION',
}

/** Codes of rule violations returned in `userErrors`. */
export enum UserErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  SELF_REFERRAL = 'SELF_REFERRAL',
  REFEREE_ALREADY_CLIENT = 'REFEREE_ALREADY_CLIENT',
  DUPLICATE_OPEN_REFERRAL = 'DUPLICATE_OPEN_REFERRAL',
  ID_CONFLICT = 'ID_CONFLICT',
  SELF_RELATION = 'SELF_RELATION',
  INVALID_VALUE = 'INVALID_VALUE',
  /** What a removal would end is not there (never recorded, or already removed, ended or closed); nothing was changed. */
  NOT_PRESENT = 'NOT_PRESENT',
  /** A field that may be left out of a change is needed to create the record (e.g. a new person's name). */
  REQUIRED = 'REQUIRED',
  /** The client was moved out of the branch head's branch while the move was on its way. */
  NOT_IN_YOUR_BRANCH = 'NOT_IN_YOUR_BRANCH',
}

/** Which kind of node a client is: a person, or an organization that is a corporate client. */
export enum ClientKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}

/** What a list of persons can be sorted by (ties broken by id). */
export enum PersonOrderField {
  ID = 'ID',
  NAME = 'NAME',
  AUM = 'AUM',
  CREATED_AT = 'CREATED_AT',
  LAST_CONTACT = 'LAST_CONTACT',
}

/** What a list of referrals can be sorted by (ties broken by id). */
export enum ReferralOrderField {
  CREATED_AT = 'CREATED_AT',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
