import type { Context } from '../context';
import { ClientKind, StaffRole } from '../domain/model';
import { PersonAccess } from '../domain/person-access';
import { keepsABook, Viewer, worksAtFrontDesk } from '../domain/viewer';
import { forbidden } from '../errors';

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

/** What a write does to its object: makes one, changes one, or puts something into (or moves it to) one. */
export type WriteAct = 'create' | 'change' | 'join';

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

/** Changing a person needs the full record: their manager, the branch head, whoever created them, or an admin. */
async function mayChange(context: Context, personId: string, field: string): Promise<void> {
  const access = await context.people.accessToId(personId);
  // An unknown person (null) is the mutation's own NOT_FOUND to report, with its field.
  if (access !== null && access !== PersonAccess.FULL) {
    throw forbidden(`${field}: "${personId}" is not one of your clients; only their manager, branch head or an admin may change them.`);
  }
}

function changesPerson(field: string, idOf: (args: Record<string, any>) => string): OperationRule {
  return async (args, context) => {
    await mayChange(context, idOf(args), field);
  };
}

/** A tie changes both people; one of them being yours is enough to record it. */
function changesTie(fields: [string, string], idsOf: (args: Record<string, any>) => [string, string]): OperationRule {
  return async (args, context) => {
    const ids = idsOf(args);
    const accesses = await Promise.all(ids.map((id) => context.people.accessToId(id)));
    if (accesses.some((access) => access === null || access === PersonAccess.FULL)) return;
    throw forbidden(`${fields.join(' or ')}: neither person is one of your clients.`);
  };
}

/** Insights about one person need at least a pseudonymised view of them. */
function insightOn(field: string): OperationRule {
  return async (args, context) => {
    await insight(args, context);
    const id = String(args[field]);
    const access = await context.people.accessToId(id);
    if (access === PersonAccess.MASKED) throw forbidden(`${field}: "${id}" is not one of your clients.`);
  };
}

async function mayChangeReferral(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN || viewer.role === BRANCH_HEAD) return;
  const referral = await loaders.referralById.load(String(args.input?.id ?? args.id));
  if (!referral) return;
  if (referral.assignedStaffId === viewer.staffId || referral.createdBy === viewer.staffId) return;
  await mayChange(context, referral.refereeId, 'input.id');
}

async function mayAssignManager(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return;
  if (viewer.role !== BRANCH_HEAD) throw forbidden(`${viewer.role} may not assign managers; a branch head or an admin may.`);
  const staff = await loaders.staffById.load(String(args.input.staffId));
  if (staff && staff.branchId !== viewer.branchId) throw forbidden('input.staffId: a branch head assigns managers of their own branch only.');
}

async function mayRecordHolding(args: Record<string, any>, context: Context): Promise<void> {
  const { holderKind, holderId } = args.input;
  if (holderKind === ClientKind.PERSON) return changesPerson('input.holderId', () => holderId)(args, context);
  const { viewer, loaders } = context;
  if (viewer.role === ADMIN) return;
  const manager = await loaders.managerOfOrganization.load(String(holderId));
  const mine = manager && (manager.staff.id === viewer.staffId || (viewer.role === BRANCH_HEAD && manager.staff.branchId === viewer.branchId));
  if (!mine) throw forbidden('input.holderId: only the corporate client\'s manager, branch head or an admin may record its holdings.');
}

/** A manager sees their own attention list; a branch head those of their branch's staff; an admin any. */
async function mayReadAttentionList(args: Record<string, any>, context: Context): Promise<void> {
  const { viewer, loaders } = context;
  const staffId = String(args.staffId);
  if (viewer.role === ADMIN || staffId === viewer.staffId) return;
  if (viewer.role === BRANCH_HEAD) {
    const staff = await loaders.staffById.load(staffId);
    if (!staff || staff.branchId === viewer.branchId) return;
  }
  throw forbidden(`staffId: ${keepsABook(viewer) ? 'a manager sees their own attention list only' : `${viewer.role} may not read attention lists`}.`);
}

/**
 * Who may run what. Reads of records are open to every role: what each
 * person shows is decided by the Person guard (src/graphql/guard-schema.ts),
 * and lists are narrowed to the viewer's scope in their resolvers. Every
 * Query and Mutation field must have a rule, or the schema does not build.
 */
export const queryRules: Record<string, OperationRule> = {
  person: anyone,
  persons: anyone,
  household: anyone,
  organization: anyone,
  staff: anyone,
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

const FULL_RECORD = 'whoever sees the person in full: their manager, the head of their manager\'s branch, whoever created them, an admin';
const ADMINS_ONLY = 'admin only';

/**
 * Every write checks the object it changes. Written into README
 * ("Roles, tokens and privacy") as a table of object × create / change / join.
 */
export const mutationRules: Record<string, MutationRule> = {
  upsertPerson: {
    protects: 'person',
    rule: { create: 'anyone but an analyst (who then sees it in full)', change: FULL_RECORD },
    refuses: ['role', 'branch', 'manager'],
    check: async (args, context) => {
      await notAnalyst('change persons')(args, context);
      if (args.input.id) await mayChange(context, String(args.input.id), 'input.id');
    },
  },
  setIntroductionsOptOut: {
    protects: 'person',
    rule: { change: FULL_RECORD },
    refuses: ['role', 'branch', 'manager'],
    targets: ['personId'],
    check: changesPerson('personId', (args) => args.personId),
  },
  upsertHousehold: {
    protects: 'household',
    rule: {
      create: 'anyone but an analyst (who is then its creator)',
      change: 'an admin; whoever sees every member in full; an empty household, its creator',
    },
    refuses: ['role', 'branch', 'manager'],
    check: notAnalyst('change households'),
  },
  addHouseholdMember: {
    protects: 'household',
    rule: { join: 'whoever sees the person in full and may change the household (a person leaves any other household)' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.householdId', 'input.personId'],
    check: changesPerson('input.personId', (args) => args.input.personId),
  },
  upsertOrganization: {
    protects: 'organization',
    rule: {
      create: 'managers, branch heads and admins (not analysts, not front desk)',
      change: "an admin; its manager or the head of its manager's branch; nobody manages it, its creator",
    },
    refuses: ['role', 'branch', 'manager'],
    check: notAnalyst('change organizations'),
  },
  setEmployment: {
    protects: 'organization',
    rule: { join: 'whoever sees the person in full, at any organization' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId'],
    check: changesPerson('input.personId', (args) => args.input.personId),
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
      create: "a person's: whoever sees them in full; a corporate client's: whoever may change the organization",
      change: 'as to create',
    },
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
      join: "an admin; a branch head, for a client nobody manages or managed in their branch now, to a manager of their branch",
    },
    refuses: ['role', 'branch'],
    targets: ['input.clientId'],
    check: mayAssignManager,
  },
  createReferral: {
    protects: 'referral',
    rule: { create: 'anyone but an analyst, about any person' },
    refuses: ['role'],
    check: anyone,
  },
  advanceReferral: {
    protects: 'referral',
    rule: {
      change: "an admin; its assignee or creator; whoever sees the referee in full; the head of the assignee's branch",
    },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.id'],
    check: mayChangeReferral,
  },
  settleReferralReward: {
    protects: 'referral',
    rule: { change: "(its reward) an admin; the head of the assignee's branch or of the referee's manager's branch" },
    refuses: ['role', 'branch'],
    targets: ['id'],
    check: onlyRoles('settle referral rewards', [ADMIN, BRANCH_HEAD]),
  },
  recordInteraction: {
    protects: 'interaction',
    rule: { create: 'whoever sees the person in full, as themself (an admin for anyone)' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId'],
    check: changesPerson('input.personId', (args) => args.input.personId),
  },
  relateFamily: {
    protects: 'tie',
    rule: { create: 'whoever sees one of the two in full', change: 'as to create' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId', 'input.relativeId'],
    check: changesTie(['input.personId', 'input.relativeId'], (args) => [args.input.personId, args.input.relativeId]),
  },
  relateAcquaintance: {
    protects: 'tie',
    rule: { create: 'whoever sees one of the two in full', change: 'as to create' },
    refuses: ['role', 'branch', 'manager'],
    targets: ['input.personId', 'input.acquaintanceId'],
    check: changesTie(['input.personId', 'input.acquaintanceId'], (args) => [args.input.personId, args.input.acquaintanceId]),
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
