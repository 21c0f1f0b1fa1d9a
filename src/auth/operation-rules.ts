import type { Context } from '../context';
import { ClientKind, ReferralStatus, StaffRole } from '../domain/model';
import type { ClientFacts, HouseholdFacts, Recheck } from '../db/write-facts';
import { accessOfRole, PersonAccess } from '../domain/person-access';
import { keepsABook, Viewer, worksAtFrontDesk } from '../domain/viewer';
import { accessOfClient } from './client-access';
import { AppError, ErrorCode, forbidden } from '../errors';

/** Checks one operation before it runs; throws FORBIDDEN to refuse it. */
export type OperationRule = (args: Record<string, any>, context: Context) => void | Promise<void>;

/** The objects writes change; each has its rules in the Mutation table below (and in README). */
export type ProtectedObject =
  | 'person'
  | 'household'
  | 'organization'
  | 'product'
  | 'branch'
  | 'staff'
  | 'referral'
  | 'holding'
  | 'interaction'
  | 'tie'
  | 'insight scores';

/**
 * What a write does to its object: makes one, changes one, puts something
 * into (or moves it to) one, or ends such a relationship (whoever may make
 * it may end it).
 */
export type WriteAct = 'create' | 'change' | 'join' | 'end';

/** Viewers a rule turns away: a role that may not, staff of another branch, a manager not the object's. */
export type WrongViewer = 'role' | 'branch' | 'manager';

/** A mutation's rule, as data: the object it protects, who may do what to it in words, and the check. */
export interface MutationRule {
  protects: ProtectedObject;
  rule: Partial<Record<WriteAct, string>>;
  /** Which wrong viewers the rule refuses (the generated test builds one of each). */
  refuses: WrongViewer[];
  /** Arguments naming existing objects it changes: an unknown id there is refused exactly as one not yours. */
  targets?: string[];
  check: OperationRule;
}

const { ADMIN, ANALYST, BRANCH_HEAD } = StaffRole;

const anyone: OperationRule = () => undefined;

function onlyRoles(action: string, allowed: readonly StaffRole[]): OperationRule {
  return (_args, { viewer }) => {
    if (!allowed.includes(viewer.role)) throw forbidden(`${viewer.role} may not ${action}; ${allowed.join(' or ')} may.`);
  };
}

function notRoles(action: string, refused: (viewer: Viewer) => boolean): OperationRule {
  return (_args, { viewer }) => {
    if (refused(viewer)) throw forbidden(`${viewer.role} may not ${action}.`);
  };
}

/** Insight queries show the graph beyond anyone's own records: not for front-desk staff. */
const insight = notRoles('run insight queries', worksAtFrontDesk);
/** Analysts see pseudonymised data: they may not change it. */
const notAnalyst = (action: string) => notRoles(action, (viewer) => viewer.role === ANALYST);

/** The argument at a path such as `input.personId`. */
function argAt(args: Record<string, any>, path: string): string {
  return String(path.split('.').reduce((value, key) => value?.[key], args as any));
}

const inViewersBranch = (viewer: Viewer, branchId: string | null | undefined): boolean =>
  viewer.branchId !== null && branchId === viewer.branchId;

/**
 * Refuses a write to an object that is not the viewer's in the same words
 * whether it is someone else's or there is none, so a probe cannot tell
 * the two apart. (Admins, who may change anything, get the write's own
 * NOT_FOUND instead.)
 */
function notYours(field: string, id: string, kind: string, who: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, `${field}: "${id}" is not a ${kind} you may change; ${who} may.`, field);
}

const PERSON_WHO = "only their manager, the head of their manager's branch, whoever created them or an admin";
const HOUSEHOLD_WHO = 'only whoever sees every member in full (of an empty household, its creator) or an admin';
const ORGANIZATION_WHO = "only its manager, the head of its manager's branch, its creator while nobody manages it, or an admin";
const REFERRAL_WHO = "only its assignee, whoever recorded it, whoever sees the referee in full, the head of the assignee's branch or an admin";
const REWARD_WHO = "only the head of the assignee's branch or of the referee's manager's branch, or an admin";


/** The viewer's access to each person (null: no such person); the persons and their managers come in one round trip. */
async function accessToPersons({ viewer, loaders }: Context, ids: string[]): Promise<(PersonAccess | null)[]> {
  const byRole = accessOfRole(viewer);
  if (byRole) return ids.map(() => byRole);
  const rows = await Promise.all(ids.map((id) => loaders.personFacts.load(id)));
  return rows.map((row) => row && accessOfClient(viewer, row));
}

/** Changing a person needs the full record. */
function changesPerson(path: string): OperationRule {
  return async (args, context) => {
    const id = argAt(args, path);
    const [access] = await accessToPersons(context, [id]);
    if (access !== PersonAccess.FULL) throw notYours(path, id, 'person', PERSON_WHO);
  };
}

/** A tie changes both people; one of them being yours is enough to record it. */
function changesTie(paths: [string, string]): OperationRule {
  return async (args, context) => {
    const accesses = await accessToPersons(context, paths.map((path) => argAt(args, path)));
    if (accesses.includes(PersonAccess.FULL)) return;
    throw new AppError(ErrorCode.FORBIDDEN, `${paths[0]}: neither ${paths.join(' nor ')} is a person you may change.`, paths[0]);
  };
}

/** Insights about one person need at least a pseudonymised view of them; a masked person and none are refused alike. */
function insightOn(path: string): OperationRule {
  return async (args, context) => {
    await insight(args, context);
    const id = argAt(args, path);
    const [access] = await accessToPersons(context, [id]);
    if (access === null || access === PersonAccess.MASKED) throw new AppError(ErrorCode.FORBIDDEN, `${path}: "${id}" is not one of your clients.`, path);
  };
}

/** Whether the viewer may change a household with these facts: they see every member in full (an empty one: they created it). */
function householdChangeable(viewer: Viewer, facts: HouseholdFacts): boolean {
  if (viewer.role === ADMIN) return true;
  if (facts.members.length === 0) return facts.createdBy === viewer.staffId;
  return facts.members.every((member) => accessOfClient(viewer, member) === PersonAccess.FULL);
}

/** Whether the viewer may change an organization with these facts: its manager or their branch head, its creator while nobody manages it. */
function organizationChangeable(viewer: Viewer, facts: ClientFacts): boolean {
  if (viewer.role === ADMIN) return true;
  if (!facts.manager) return facts.createdBy === viewer.staffId;
  const { staff } = facts.manager;
  return staff.id === viewer.staffId || (viewer.role === BRANCH_HEAD && inViewersBranch(viewer, staff.branchId));
}

/** Whether the viewer may change the household. Null: no such household. */
async function mayChangeHousehold(context: Context, id: string): Promise<boolean | null> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return true;
  const facts = await loaders.householdFacts.load(id);
  return facts && householdChangeable(viewer, facts);
}

/** Whether the viewer may change the organization. Null: no such organization. */
async function mayChangeOrganization(context: Context, id: string): Promise<boolean | null> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return true;
  const facts = await loaders.organizationFacts.load(id);
  return facts && organizationChangeable(viewer, facts);
}

async function mayUpsertPerson(args: Record<string, any>, context: Context): Promise<void> {
  await notAnalyst('change persons')(args, context);
  if (!args.input.id) return;
  const id = String(args.input.id);
  const [access] = await accessToPersons(context, [id]);
  // An id nobody has yet is a new person.
  if (access !== null && access !== PersonAccess.FULL) throw notYours('input.id', id, 'person', PERSON_WHO);
}

async function mayUpsertHousehold(args: Record<string, any>, context: Context): Promise<void> {
  await notAnalyst('change households')(args, context);
  if (!args.input.id) return;
  const id = String(args.input.id);
  if ((await mayChangeHousehold(context, id)) === false) throw notYours('input.id', id, 'household', HOUSEHOLD_WHO);
}

/** Joining or leaving needs the person in full and the household changeable, so the answer shows nothing the viewer may not see. */
async function mayChangeHouseholdMembership(args: Record<string, any>, context: Context): Promise<void> {
  await notAnalyst('change households')(args, context);
  const personId = String(args.input.personId);
  const householdId = String(args.input.householdId);
  const [[access], household] = await Promise.all([accessToPersons(context, [personId]), mayChangeHousehold(context, householdId)]);
  if (access !== PersonAccess.FULL) throw notYours('input.personId', personId, 'person', PERSON_WHO);
  if (household !== true) throw notYours('input.householdId', householdId, 'household', HOUSEHOLD_WHO);
}

async function mayUpsertOrganization(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer } = context;
  if (viewer.role === ANALYST || worksAtFrontDesk(viewer)) {
    throw forbidden(`${viewer.role} may not change organizations; managers, branch heads and admins may.`);
  }
  if (!args.input.id) return;
  const id = String(args.input.id);
  if ((await mayChangeOrganization(context, id)) === false) throw notYours('input.id', id, 'organization', ORGANIZATION_WHO);
}

async function mayRecordHolding(args: Record<string, any>, context: Context): Promise<void> {
  if (args.input.holderKind === ClientKind.PERSON) return changesPerson('input.holderId')(args, context);
  const id = String(args.input.holderId);
  if ((await mayChangeOrganization(context, id)) !== true) throw notYours('input.holderId', id, 'corporate client', ORGANIZATION_WHO);
}

/**
 * A branch head moves a client nobody manages, or one managed in their branch
 * now, to a manager of their branch; the same viewer may end that management.
 */
async function mayAssignManager(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return;
  if (viewer.role !== BRANCH_HEAD) throw forbidden(`${viewer.role} may not assign managers; a branch head or an admin may.`);
  const clientId = String(args.input.clientId);
  const [client, staff] = await Promise.all([
    args.input.clientKind === ClientKind.ORGANIZATION ? loaders.organizationFacts.load(clientId) : loaders.personFacts.load(clientId),
    loaders.staffById.load(String(args.input.staffId)),
  ]);
  if (!client || (client.manager && !inViewersBranch(viewer, client.manager.staff.branchId))) {
    throw notYours('input.clientId', clientId, 'client', "only the head of their manager's branch (while nobody manages them, any branch head) or an admin");
  }
  if (!staff || !inViewersBranch(viewer, staff.branchId)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'input.staffId: a branch head assigns managers of their own branch only.', 'input.staffId');
  }
}

async function mayAdvanceReferral(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return;
  await notAnalyst('change referrals')(args, context);
  const id = String(args.input.id);
  const facts = await loaders.referralFacts.load(id);
  const mine =
    facts !== null &&
    (facts.assigneeId === viewer.staffId ||
      facts.createdBy === viewer.staffId ||
      (viewer.role === BRANCH_HEAD && inViewersBranch(viewer, facts.assigneeBranchId)) ||
      accessOfClient(viewer, facts.referee) === PersonAccess.FULL);
  if (!mine) throw notYours('input.id', id, 'referral', REFERRAL_WHO);
  // Converting makes the referee a client and credits the referrer: a change to the referee, so theirs to make who may change them.
  if (args.input.to === ReferralStatus.CONVERTED && accessOfClient(viewer, facts.referee) !== PersonAccess.FULL) {
    throw new AppError(ErrorCode.FORBIDDEN, `input.to: converting makes the referee a client; ${PERSON_WHO} may convert.`, 'input.to');
  }
}

async function maySettleReferralReward(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return;
  if (viewer.role !== BRANCH_HEAD) throw forbidden(`${viewer.role} may not settle referral rewards; a branch head or an admin may.`);
  const id = String(args.input.id);
  const facts = await loaders.referralFacts.load(id);
  const ofBranch = facts !== null && (inViewersBranch(viewer, facts.assigneeBranchId) || inViewersBranch(viewer, facts.referee.manager?.staff.branchId));
  if (!ofBranch) throw notYours('input.id', id, 'referral', REWARD_WHO);
}

/** A manager sees their own attention list; a branch head those of their branch's staff; an admin any. */
async function mayReadAttentionList(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  const staffId = String(args.staffId);
  if (viewer.role === ADMIN || staffId === viewer.staffId) return;
  if (viewer.role === BRANCH_HEAD) {
    const staff = await loaders.staffById.load(staffId);
    if (!staff || inViewersBranch(viewer, staff.branchId)) return;
  }
  throw forbidden(`staffId: ${keepsABook(viewer) ? 'a manager sees their own attention list only' : `${viewer.role} may not read attention lists`}.`);
}

/**
 * The upserts' change rules again, for the write to apply to what it finds
 * under the object's lock (src/db/write-facts.ts claimForUpsert): a viewer
 * let create a free id is refused in the same words, not let change the
 * object someone else made with that id meanwhile.
 */
export function upsertRechecks(viewer: Viewer): {
  person: Recheck<ClientFacts>;
  household: Recheck<HouseholdFacts>;
  organization: Recheck<ClientFacts>;
} {
  return {
    person: (facts) => {
      if (accessOfClient(viewer, facts) !== PersonAccess.FULL) throw notYours('input.id', facts.clientId, 'person', PERSON_WHO);
    },
    household: (facts) => {
      if (!householdChangeable(viewer, facts)) throw notYours('input.id', facts.householdId, 'household', HOUSEHOLD_WHO);
    },
    organization: (facts) => {
      if (!organizationChangeable(viewer, facts)) throw notYours('input.id', facts.clientId, 'organization', ORGANIZATION_WHO);
    },
  };
}

/**
 * Who may run what. Reads of records are open to every role: what each
 * person shows is decided by the Person guard (src/graphql/guard-schema.ts),
 * and lists are narrowed to the viewer's scope in their resolvers. Every
 * Query and Mutation field must have a rule, or the schema does not build.
 */
export const queryRules: Record<string, OperationRule> = {
  viewer: anyone,
  node: anyone,
  nodes: anyone,
  person: anyone,
  persons: anyone,
  household: anyone,
  households: anyone,
  organization: anyone,
  organizations: anyone,
  staff: anyone,
  staffMembers: anyone,
  branch: anyone,
  branches: anyone,
  product: anyone,
  products: anyone,
  referral: anyone,
  referrals: anyone,
  referralChain: insight,
  referralTree: insight,
  influenceCentres: insight,
  warmIntroductions: insight,
  crossSellOpportunities: insightOn('personId'),
  churnImpact: insightOn('personId'),
  attentionList: mayReadAttentionList,
  auditEvents: onlyRoles('read the audit trail', [ADMIN]),
};

const FULL_RECORD = "whoever sees them in full: their manager, the head of their manager's branch, their creator, an admin";
const ADMINS_ONLY = 'admin only';
const HOLDING = "a person's: whoever sees them in full; a corporate client's: whoever may change the organization";
const TIE = 'whoever sees one of the two in full';

/**
 * Every write checks the object it changes. Written into README
 * ("Roles, tokens and privacy") as a table of object × create / change / join.
 */
export const mutationRules: Record<string, MutationRule> = {
  upsertPerson: {
    protects: 'person',
    rule: { create: 'anyone but an analyst (the creator then sees them in full)', change: FULL_RECORD },
    refuses: ['role', 'branch', 'manager'],
    check: mayUpsertPerson,
  },
  setIntroductionsOptOut: {
    protects: 'person',
    rule: { change: FULL_RECORD },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId'],
    check: changesPerson('input.personId'),
  },
  upsertHousehold: {
    protects: 'household',
    rule: {
      create: 'anyone but an analyst (who is then its creator)',
      change: 'an admin; whoever sees every member in full; of an empty household, its creator',
    },
    refuses: ['role', 'branch', 'manager'],
    check: mayUpsertHousehold,
  },
  addHouseholdMember: {
    protects: 'household',
    rule: { join: 'whoever sees the person in full and may change the household (the person leaves any other)' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.householdId', 'input.personId'],
    check: mayChangeHouseholdMembership,
  },
  removeHouseholdMember: {
    protects: 'household',
    rule: { end: 'whoever may add them: sees the person in full and may change the household' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.householdId', 'input.personId'],
    check: mayChangeHouseholdMembership,
  },
  upsertOrganization: {
    protects: 'organization',
    rule: {
      create: 'managers, branch heads and admins (not analysts, not front desk)',
      change: "an admin; its manager or the head of its manager's branch; while nobody manages it, its creator",
    },
    refuses: ['role', 'branch', 'manager'],
    check: mayUpsertOrganization,
  },
  setEmployment: {
    protects: 'organization',
    rule: { join: 'whoever sees the person in full, to any organization' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId'],
    check: changesPerson('input.personId'),
  },
  endEmployment: {
    protects: 'organization',
    rule: { end: 'whoever sees the person in full (the employment is kept as past)' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId'],
    check: changesPerson('input.personId'),
  },
  upsertProduct: {
    protects: 'product',
    rule: { create: ADMINS_ONLY, change: ADMINS_ONLY },
    refuses: ['role'],
    check: onlyRoles('change the product catalogue', [ADMIN]),
  },
  recordHolding: {
    protects: 'holding',
    rule: {
      create: HOLDING,
      change: HOLDING,
    },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.holderId'],
    check: mayRecordHolding,
  },
  closeHolding: {
    protects: 'holding',
    rule: { end: `${HOLDING} (the holding is kept, CLOSED)` },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.holderId'],
    check: mayRecordHolding,
  },
  upsertBranch: {
    protects: 'branch',
    rule: { create: ADMINS_ONLY, change: ADMINS_ONLY },
    refuses: ['role'],
    check: onlyRoles('change branches', [ADMIN]),
  },
  upsertStaff: {
    protects: 'staff',
    rule: { create: ADMINS_ONLY, change: ADMINS_ONLY },
    refuses: ['role'],
    check: onlyRoles('change staff records', [ADMIN]),
  },
  assignManager: {
    protects: 'staff',
    rule: {
      join: 'an admin; a branch head, moving a client nobody manages or one managed in their branch now to a manager of their branch',
    },
    refuses: ['role', 'branch'],
    targets: ['input.clientId'],
    check: mayAssignManager,
  },
  unassignManager: {
    protects: 'staff',
    rule: { end: 'an admin; a branch head, of a client managed in their branch now by a manager of their branch' },
    refuses: ['role', 'branch'],
    targets: ['input.clientId'],
    check: mayAssignManager,
  },
  createReferral: {
    protects: 'referral',
    rule: { create: 'anyone but an analyst, about any person' },
    refuses: ['role'],
    check: notAnalyst('record referrals'),
  },
  advanceReferral: {
    protects: 'referral',
    rule: {
      change: "an admin; its assignee or creator; whoever sees the referee in full; the head of the assignee's branch; converting it, only an admin or whoever sees the referee in full",
    },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.id'],
    check: mayAdvanceReferral,
  },
  settleReferralReward: {
    protects: 'referral',
    rule: { change: "paying its reward: an admin; the head of the assignee's branch or of the referee's manager's branch" },
    refuses: ['role', 'branch'],
    targets: ['input.id'],
    check: maySettleReferralReward,
  },
  recordInteraction: {
    protects: 'interaction',
    rule: { create: 'whoever sees the person in full, as themself (an admin for anyone)' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId'],
    check: changesPerson('input.personId'),
  },
  relateFamily: {
    protects: 'tie',
    rule: { create: TIE, change: TIE },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId', 'input.relativeId'],
    check: changesTie(['input.personId', 'input.relativeId']),
  },
  removeFamilyTie: {
    protects: 'tie',
    rule: { end: TIE },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId', 'input.relativeId'],
    check: changesTie(['input.personId', 'input.relativeId']),
  },
  relateAcquaintance: {
    protects: 'tie',
    rule: { create: TIE, change: TIE },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId', 'input.acquaintanceId'],
    check: changesTie(['input.personId', 'input.acquaintanceId']),
  },
  removeAcquaintance: {
    protects: 'tie',
    rule: { end: TIE },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId', 'input.acquaintanceId'],
    check: changesTie(['input.personId', 'input.acquaintanceId']),
  },
  refreshInsights: {
    protects: 'insight scores',
    rule: { change: 'analysts and admins' },
    refuses: ['role'],
    check: onlyRoles('refresh insights', [ADMIN, ANALYST]),
  },
};

/** The table guardSchema applies: every Query and Mutation field's check. */
export const operationRules: Record<'Query' | 'Mutation', Record<string, OperationRule>> = {
  Query: queryRules,
  Mutation: Object.fromEntries(Object.entries(mutationRules).map(([name, { check }]) => [name, check])),
};
