import { isInt, isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import { mutationRules, WrongViewer } from '../../src/auth/operation-rules';
import type { Context } from '../../src/context';
import { StaffRole } from '../../src/domain/model';
import type { Viewer } from '../../src/domain/viewer';
import { createSchema } from '../../src/graphql/schema';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Generated from the Mutation table in src/auth/operation-rules.ts: for every
 * mutation, the wrong viewers its entry says it refuses are each sent the
 * mutation over HTTP with a real token, and each must be refused (FORBIDDEN)
 * with the graph unchanged and nothing of the object told; where the refusal
 * names one of the entry's targets, the same mutation on an unknown id must
 * get the same answer; then the allowed viewer's mutation must succeed and
 * change the graph. Each mutation gets a bank of its own (ids `<prefix><mutation>-…`):
 *
 *   branch b1: rm1 manages c1 (household h1, corporate client o1) and created prospect x;
 *              rm3 created prospect y; bh1 heads b1; the teller recorded referral rn (c1 → x, assigned to rm1)
 *   branch b2: rm2 manages c2 (household h2) and o2; bh2 heads b2
 *   referral rc: c2 → c1, converted, reward pending, assigned to rm1
 *   analyst and admin: no branch
 */
let api: TestApi;

const viewerKeys = {
  admin: [StaffRole.ADMIN, null],
  analyst: [StaffRole.ANALYST, null],
  rm1: [StaffRole.RELATIONSHIP_MANAGER, 'b1'],
  rm3: [StaffRole.RELATIONSHIP_MANAGER, 'b1'],
  rm2: [StaffRole.WEALTH_MANAGER, 'b2'],
  bh1: [StaffRole.BRANCH_HEAD, 'b1'],
  bh2: [StaffRole.BRANCH_HEAD, 'b2'],
  teller: [StaffRole.TELLER, 'b1'],
} as const;
type ViewerKey = keyof typeof viewerKeys;

/** Every name, phone and address in the fixture has 秘 in it: no refusal may carry one. */
const SECRET = '秘';

const bank = `
  CREATE (b1:Branch {id: $p + 'b1', name: '东区支行', city: '上海', createdAt: datetime(), updatedAt: datetime()})
  CREATE (b2:Branch {id: $p + 'b2', name: '西区支行', city: '上海', createdAt: datetime(), updatedAt: datetime()})
  WITH b1, b2
  UNWIND $staff AS s
  CREATE (staff:Staff {id: $p + s.key, name: s.key, role: s.role, createdAt: datetime(), updatedAt: datetime()})
  FOREACH (b IN CASE s.branch WHEN 'b1' THEN [b1] WHEN 'b2' THEN [b2] ELSE [] END | CREATE (staff)-[:BASED_AT]->(b))
  WITH count(*) AS made
  MATCH (rm1:Staff {id: $p + 'rm1'}), (rm2:Staff {id: $p + 'rm2'})
  CREATE (c1:Person {id: $p + 'c1', name: '欧阳秘一', status: 'ACTIVE', tier: 'GOLD', aumCents: 100000, phone: '秘13800000001',
                     riskProfile: 'R3', introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY {since: datetime()}]->(rm1)
  CREATE (c2:Person {id: $p + 'c2', name: '司马秘二', status: 'ACTIVE', tier: 'GOLD', aumCents: 200000, phone: '秘13800000002',
                     riskProfile: 'R3', introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY {since: datetime()}]->(rm2)
  CREATE (x:Person {id: $p + 'x', name: '诸葛秘三', status: 'PROSPECT', aumCents: 0, phone: '秘13900000003', createdBy: $p + 'rm1',
                    introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
  CREATE (:Person {id: $p + 'y', name: '上官秘四', status: 'PROSPECT', aumCents: 0, phone: '秘13900000004', createdBy: $p + 'rm3',
                   introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
  CREATE (c1)-[:MEMBER_OF {role: 'HEAD'}]->(:Household {id: $p + 'h1', name: '欧阳秘家', address: '秘密路 1 号', createdAt: datetime(), updatedAt: datetime()})
  CREATE (c2)-[:MEMBER_OF {role: 'HEAD'}]->(:Household {id: $p + 'h2', name: '司马秘家', address: '秘密路 2 号', createdAt: datetime(), updatedAt: datetime()})
  CREATE (:Organization {id: $p + 'o1', name: '东方秘密科技', isClient: true, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY {since: datetime()}]->(rm1)
  CREATE (:Organization {id: $p + 'o2', name: '西方秘密贸易', isClient: true, createdAt: datetime(), updatedAt: datetime()})-[:MANAGED_BY {since: datetime()}]->(rm2)
  CREATE (:Product {id: $p + 'fund', name: '秘密基金', category: 'FUND', riskLevel: 'R3', createdAt: datetime(), updatedAt: datetime()})
  CREATE (c1)-[:REFERRED]->(rn:Referral {id: $p + 'rn', status: 'NEW', channel: 'CLIENT_INTRODUCTION', attributed: false, rewardStatus: 'NOT_ELIGIBLE',
                                        note: '秘密备注', createdBy: $p + 'teller', createdAt: datetime(), updatedAt: datetime()})-[:REFERS]->(x)
  CREATE (rn)-[:ASSIGNED_TO]->(rm1)
  CREATE (c2)-[:REFERRED]->(rc:Referral {id: $p + 'rc', status: 'CONVERTED', channel: 'CLIENT_INTRODUCTION', attributed: true, rewardStatus: 'PENDING',
                                        createdAt: datetime(), updatedAt: datetime(), convertedAt: datetime()})-[:REFERS]->(c1)
  CREATE (rc)-[:ASSIGNED_TO]->(rm1)
  CREATE (c2)-[:INTRODUCED {referralId: $p + 'rc', at: datetime()}]->(c1)`;

type Ids = (local: string) => string;

interface Attempt {
  as: ViewerKey;
  variables: (id: Ids) => Record<string, unknown>;
}

interface Refusal extends Attempt {
  kind: WrongViewer;
  why: string;
}

interface MutationCases {
  document: string;
  refused: Refusal[];
  allowed: Attempt & { why: string };
  /** Checked by its rule only: the mutation itself would rewrite every suite's data. */
  allowedByRuleOnly?: true;
  /** Cypher run on the mutation's bank (ids `$p + …`) before its cases: what a removal ends. */
  setup?: string;
}

const payload = (field: string, selection: string) => `${field} { ${selection} } userErrors { field code message }`;
const PERSON = 'id name phone household { household { address } }';
const HOUSEHOLD = 'id name address members { edges { node { role person { id name phone } } } }';

/** One fixture per mutation; a mutation without one fails the suite. */
const cases: Record<string, MutationCases> = {
  upsertPerson: {
    document: `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { ${payload('person', PERSON)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { id: id('c1'), name: 'x' } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's client", variables: (id) => ({ input: { id: id('c1'), name: 'x' } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's client", variables: (id) => ({ input: { id: id('c1'), name: 'x' } }) },
    ],
    allowed: { as: 'rm1', why: 'their own client', variables: (id) => ({ input: { id: id('c1'), name: '欧阳秘一', phone: '秘13800000011' } }) },
  },
  setIntroductionsOptOut: {
    document: `mutation ($input: SetIntroductionsOptOutInput!) { setIntroductionsOptOut(input: $input) { ${payload('person', PERSON)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), introductionsOptOut: true } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's client", variables: (id) => ({ input: { personId: id('c1'), introductionsOptOut: true } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's client", variables: (id) => ({ input: { personId: id('c1'), introductionsOptOut: true } }) },
    ],
    allowed: { as: 'bh1', why: 'a client of their branch', variables: (id) => ({ input: { personId: id('c1'), introductionsOptOut: true } }) },
  },
  upsertHousehold: {
    document: `mutation ($input: UpsertHouseholdInput!) { upsertHousehold(input: $input) { ${payload('household', HOUSEHOLD)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { id: id('h1'), name: 'x' } }) },
      { kind: 'manager', as: 'rm3', why: "a household of another manager's client", variables: (id) => ({ input: { id: id('h1'), name: 'x', address: 'x' } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's household", variables: (id) => ({ input: { id: id('h1'), name: 'x' } }) },
    ],
    allowed: { as: 'rm1', why: 'they see every member in full', variables: (id) => ({ input: { id: id('h1'), name: '欧阳秘家', address: '秘密路 11 号' } }) },
  },
  addHouseholdMember: {
    document: `mutation ($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { ${payload('household', HOUSEHOLD)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { householdId: id('h1'), personId: id('x'), role: 'CHILD' } }) },
      {
        kind: 'manager',
        as: 'rm3',
        why: "their own prospect into another manager's client's household",
        variables: (id) => ({ input: { householdId: id('h1'), personId: id('y'), role: 'OTHER' } }),
      },
      {
        kind: 'branch',
        as: 'bh2',
        why: "their branch's client into another branch's household",
        variables: (id) => ({ input: { householdId: id('h1'), personId: id('c2'), role: 'SPOUSE' } }),
      },
    ],
    allowed: { as: 'rm1', why: 'their prospect into their client’s household', variables: (id) => ({ input: { householdId: id('h1'), personId: id('x'), role: 'CHILD' } }) },
  },
  removeHouseholdMember: {
    document: `mutation ($input: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $input) { ${payload('household', HOUSEHOLD)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { householdId: id('h1'), personId: id('c1') } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's client out of their household", variables: (id) => ({ input: { householdId: id('h1'), personId: id('c1') } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's client out of their household", variables: (id) => ({ input: { householdId: id('h1'), personId: id('c1') } }) },
    ],
    allowed: { as: 'rm1', why: 'their client out of their client’s household', variables: (id) => ({ input: { householdId: id('h1'), personId: id('c1') } }) },
  },
  upsertOrganization: {
    document: `mutation ($input: UpsertOrganizationInput!) { upsertOrganization(input: $input) { ${payload('organization', 'id name')} } }`,
    refused: [
      { kind: 'role', as: 'teller', why: 'front desk may not rename a corporate client', variables: (id) => ({ input: { id: id('o1'), name: 'x' } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's corporate client", variables: (id) => ({ input: { id: id('o1'), name: 'x' } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's corporate client", variables: (id) => ({ input: { id: id('o1'), name: 'x' } }) },
    ],
    allowed: { as: 'rm1', why: 'their corporate client', variables: (id) => ({ input: { id: id('o1'), name: '东方秘密科技有限公司' } }) },
  },
  setEmployment: {
    document: `mutation ($input: SetEmploymentInput!) { setEmployment(input: $input) { ${payload('person', PERSON)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's client", variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's client", variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
    ],
    allowed: { as: 'rm1', why: 'their own client, at any employer', variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2'), title: '经理' } }) },
  },
  endEmployment: {
    setup: `MATCH (c1:Person {id: $p + 'c1'}), (o2:Organization {id: $p + 'o2'}) CREATE (c1)-[:WORKS_AT {title: '秘书', keyPerson: false}]->(o2)`,
    document: `mutation ($input: EndEmploymentInput!) { endEmployment(input: $input) { ${payload('person', PERSON)} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's client", variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's client, even at their branch's employer", variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
    ],
    allowed: { as: 'rm1', why: 'their own client', variables: (id) => ({ input: { personId: id('c1'), organizationId: id('o2') } }) },
  },
  upsertProduct: {
    document: `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { ${payload('product', 'id name')} } }`,
    refused: [{ kind: 'role', as: 'bh1', why: 'the catalogue is the admin’s', variables: (id) => ({ input: { id: id('fund'), name: 'x', category: 'FUND', riskLevel: 'R1' } }) }],
    allowed: { as: 'admin', why: 'an admin', variables: (id) => ({ input: { id: id('fund'), name: '秘密基金二期', category: 'FUND', riskLevel: 'R3' } }) },
  },
  recordHolding: {
    document: `mutation ($input: RecordHoldingInput!) { recordHolding(input: $input) { ${payload('holding', 'balance status')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { holderId: id('c1'), productId: id('fund'), balance: '1.00' } }) },
      {
        kind: 'manager',
        as: 'rm3',
        why: "another manager's corporate client",
        variables: (id) => ({ input: { holderKind: 'ORGANIZATION', holderId: id('o1'), productId: id('fund'), balance: '1.00' } }),
      },
      { kind: 'branch', as: 'bh2', why: "another branch's client", variables: (id) => ({ input: { holderId: id('c1'), productId: id('fund'), balance: '1.00' } }) },
    ],
    allowed: { as: 'rm1', why: 'their own client', variables: (id) => ({ input: { holderId: id('c1'), productId: id('fund'), balance: '5000.00' } }) },
  },
  closeHolding: {
    setup: `MATCH (c1:Person {id: $p + 'c1'}), (fund:Product {id: $p + 'fund'}) CREATE (c1)-[:HOLDS {balanceCents: 100000, since: date(), status: 'ACTIVE'}]->(fund)`,
    document: `mutation ($input: CloseHoldingInput!) { closeHolding(input: $input) { ${payload('holding', 'balance status')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { holderId: id('c1'), productId: id('fund') } }) },
      {
        kind: 'manager',
        as: 'rm3',
        why: "another manager's corporate client",
        variables: (id) => ({ input: { holderKind: 'ORGANIZATION', holderId: id('o1'), productId: id('fund') } }),
      },
      { kind: 'branch', as: 'bh2', why: "another branch's client", variables: (id) => ({ input: { holderId: id('c1'), productId: id('fund') } }) },
    ],
    allowed: { as: 'rm1', why: 'their own client', variables: (id) => ({ input: { holderId: id('c1'), productId: id('fund') } }) },
  },
  upsertBranch: {
    document: `mutation ($input: UpsertBranchInput!) { upsertBranch(input: $input) { ${payload('branch', 'id name')} } }`,
    refused: [{ kind: 'role', as: 'bh1', why: 'branches are the admin’s, even one’s own', variables: (id) => ({ input: { id: id('b1'), name: 'x' } }) }],
    allowed: { as: 'admin', why: 'an admin', variables: (id) => ({ input: { id: id('b1'), name: '东区中心支行' } }) },
  },
  upsertStaff: {
    document: `mutation ($input: UpsertStaffInput!) { upsertStaff(input: $input) { ${payload('staff', 'id name')} } }`,
    refused: [
      { kind: 'role', as: 'bh1', why: 'staff records are the admin’s', variables: (id) => ({ input: { id: id('rm3'), name: 'x', role: 'BRANCH_HEAD', branchId: id('b1') } }) },
    ],
    allowed: { as: 'admin', why: 'an admin', variables: (id) => ({ input: { id: id('rm3'), name: '林经理', role: 'RELATIONSHIP_MANAGER', branchId: id('b1') } }) },
  },
  assignManager: {
    document: `mutation ($input: AssignManagerInput!) { assignManager(input: $input) { ${payload('manager', 'id name')} } }`,
    refused: [
      { kind: 'role', as: 'rm1', why: 'managers do not assign managers', variables: (id) => ({ input: { clientId: id('c1'), staffId: id('rm3') } }) },
      { kind: 'branch', as: 'bh1', why: "another branch's client to their own manager", variables: (id) => ({ input: { clientId: id('c2'), staffId: id('rm1') } }) },
      { kind: 'branch', as: 'bh1', why: "their client to another branch's manager", variables: (id) => ({ input: { clientId: id('c1'), staffId: id('rm2') } }) },
      {
        kind: 'branch',
        as: 'bh1',
        why: "another branch's corporate client",
        variables: (id) => ({ input: { clientKind: 'ORGANIZATION', clientId: id('o2'), staffId: id('rm1') } }),
      },
    ],
    allowed: { as: 'bh1', why: 'a client of their branch to a manager of their branch', variables: (id) => ({ input: { clientId: id('c1'), staffId: id('rm3') } }) },
  },
  unassignManager: {
    document: `mutation ($input: UnassignManagerInput!) { unassignManager(input: $input) { ${payload('manager', 'id name')} } }`,
    refused: [
      { kind: 'role', as: 'rm1', why: 'managers do not remove managers, even themselves', variables: (id) => ({ input: { clientId: id('c1'), staffId: id('rm1') } }) },
      { kind: 'branch', as: 'bh1', why: "another branch's client", variables: (id) => ({ input: { clientId: id('c2'), staffId: id('rm2') } }) },
      {
        kind: 'branch',
        as: 'bh1',
        why: "another branch's corporate client",
        variables: (id) => ({ input: { clientKind: 'ORGANIZATION', clientId: id('o2'), staffId: id('rm2') } }),
      },
    ],
    allowed: { as: 'bh1', why: 'a client of their branch from a manager of their branch', variables: (id) => ({ input: { clientId: id('c1'), staffId: id('rm1') } }) },
  },
  createReferral: {
    document: `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${payload('referral', 'id note referee { name phone }')} } }`,
    refused: [
      {
        kind: 'role',
        as: 'analyst',
        why: 'analysts change nothing',
        variables: (id) => ({ input: { id: id('r-new'), referrerId: id('c1'), refereeId: id('y'), channel: 'CLIENT_INTRODUCTION' } }),
      },
    ],
    allowed: {
      as: 'teller',
      why: 'anyone else may record a referral',
      variables: (id) => ({ input: { id: id('r-new'), referrerId: id('c1'), refereeId: id('y'), channel: 'CLIENT_INTRODUCTION' } }),
    },
  },
  advanceReferral: {
    document: `mutation ($input: AdvanceReferralInput!) { advanceReferral(input: $input) { ${payload('referral', 'id status note referee { name phone }')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { id: id('rn'), to: 'CONTACTED' } }) },
      { kind: 'manager', as: 'rm3', why: 'not its assignee, creator, nor the referee’s manager', variables: (id) => ({ input: { id: id('rn'), to: 'CONTACTED' } }) },
      { kind: 'branch', as: 'bh2', why: "a referral of another branch", variables: (id) => ({ input: { id: id('rn'), to: 'CONTACTED' } }) },
    ],
    allowed: { as: 'rm1', why: 'its assignee', variables: (id) => ({ input: { id: id('rn'), to: 'CONTACTED' } }) },
  },
  settleReferralReward: {
    document: `mutation ($input: SettleReferralRewardInput!) { settleReferralReward(input: $input) { ${payload('referral', 'id rewardStatus referee { name phone }')} } }`,
    refused: [
      { kind: 'role', as: 'rm1', why: 'managers do not pay rewards, even on their own referral', variables: (id) => ({ input: { id: id('rc') } }) },
      { kind: 'branch', as: 'bh2', why: "a referral of another branch", variables: (id) => ({ input: { id: id('rc') } }) },
    ],
    allowed: { as: 'bh1', why: "the head of the assignee's branch", variables: (id) => ({ input: { id: id('rc') } }) },
  },
  recordInteraction: {
    document: `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { ${payload('interaction', 'id note')} person { name phone } } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { id: id('i1'), personId: id('c1'), kind: 'CALL' } }) },
      { kind: 'manager', as: 'rm3', why: "another manager's client", variables: (id) => ({ input: { id: id('i1'), personId: id('c1'), kind: 'CALL' } }) },
      { kind: 'branch', as: 'bh2', why: "another branch's client", variables: (id) => ({ input: { id: id('i1'), personId: id('c1'), kind: 'CALL' } }) },
    ],
    allowed: { as: 'rm1', why: 'their own client', variables: (id) => ({ input: { id: id('i1'), personId: id('c1'), kind: 'CALL', note: '秘密通话' } }) },
  },
  relateFamily: {
    document: `mutation ($input: RelateFamilyInput!) { relateFamily(input: $input) { ${payload('pair', 'person { name phone } other { name phone }')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x'), kind: 'SIBLING' } }) },
      { kind: 'manager', as: 'rm3', why: 'neither is theirs', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x'), kind: 'SIBLING' } }) },
      { kind: 'branch', as: 'bh2', why: 'neither is of their branch', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x'), kind: 'SIBLING' } }) },
    ],
    allowed: { as: 'rm1', why: 'both are theirs', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x'), kind: 'SIBLING' } }) },
  },
  removeFamilyTie: {
    setup: `MATCH (c1:Person {id: $p + 'c1'}), (x:Person {id: $p + 'x'}) CREATE (c1)-[:FAMILY {kind: 'SIBLING'}]->(x)`,
    document: `mutation ($input: RemoveFamilyTieInput!) { removeFamilyTie(input: $input) { ${payload('pair', 'person { name phone } other { name phone }')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x') } }) },
      { kind: 'manager', as: 'rm3', why: 'neither is theirs', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x') } }) },
      { kind: 'branch', as: 'bh2', why: 'neither is of their branch', variables: (id) => ({ input: { personId: id('c1'), relativeId: id('x') } }) },
    ],
    allowed: { as: 'rm1', why: 'both are theirs', variables: (id) => ({ input: { personId: id('x'), relativeId: id('c1') } }) },
  },
  relateAcquaintance: {
    document: `mutation ($input: RelateAcquaintanceInput!) { relateAcquaintance(input: $input) { ${payload('pair', 'person { name phone } other { name phone }')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x'), kind: 'FRIEND', strength: 0.5 } }) },
      { kind: 'manager', as: 'rm3', why: 'neither is theirs', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x'), kind: 'FRIEND', strength: 0.5 } }) },
      { kind: 'branch', as: 'bh2', why: 'neither is of their branch', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x'), kind: 'FRIEND', strength: 0.5 } }) },
    ],
    allowed: { as: 'rm1', why: 'one of them is theirs', variables: (id) => ({ input: { personId: id('c2'), acquaintanceId: id('x'), kind: 'FRIEND', strength: 0.5 } }) },
  },
  removeAcquaintance: {
    setup: `MATCH (c1:Person {id: $p + 'c1'}), (x:Person {id: $p + 'x'}) CREATE (c1)-[:KNOWS {kind: 'FRIEND', strength: 0.5}]->(x)`,
    document: `mutation ($input: RemoveAcquaintanceInput!) { removeAcquaintance(input: $input) { ${payload('pair', 'person { name phone } other { name phone }')} } }`,
    refused: [
      { kind: 'role', as: 'analyst', why: 'analysts change nothing', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x') } }) },
      { kind: 'manager', as: 'rm3', why: 'neither is theirs', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x') } }) },
      { kind: 'branch', as: 'bh2', why: 'neither is of their branch', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x') } }) },
    ],
    allowed: { as: 'rm1', why: 'one of them is theirs', variables: (id) => ({ input: { personId: id('c1'), acquaintanceId: id('x') } }) },
  },
  refreshInsights: {
    document: `mutation { refreshInsights { ${payload('run', 'persons')} } }`,
    refused: [{ kind: 'role', as: 'rm1', why: 'a bank-wide computation', variables: () => ({}) }],
    allowed: { as: 'analyst', why: 'an analyst', variables: () => ({}) },
    allowedByRuleOnly: true,
  },
};

/** Analysts name persons by pseudonymous ids, so a real id of theirs is refused as bad input before any rule runs. */
const refusalCodes = (as: ViewerKey): RegExp => (as === 'analyst' ? /^(FORBIDDEN|BAD_USER_INPUT)$/ : /^FORBIDDEN$/);

function viewerOf(key: ViewerKey, id: Ids): Viewer {
  const [role, branch] = viewerKeys[key];
  return { staffId: id(key), role, branchId: branch === null ? null : id(branch) };
}

/** Neo4j values as plain JSON, so two snapshots compare with toEqual. */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toString();
  if ([isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration].some((is) => is(value))) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Every node of the bank, its properties and its relationships (either direction), and the WRITEs audited for its staff. */
async function snapshot(p: string): Promise<unknown> {
  const nodes = await api.cypher(
    `MATCH (n) WHERE n.id STARTS WITH $p
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            COLLECT { MATCH (n)-[r]-(m) RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)} AS rel
                      ORDER BY rel.type, rel.from, rel.to } AS rels
     ORDER BY id`,
    { p },
  );
  const [audit] = await api.cypher(`MATCH (e:AuditEvent {action: 'WRITE'}) WHERE e.staffId STARTS WITH $p RETURN count(e) AS writes`, { p });
  return plain({ nodes, audit });
}

function setAt(variables: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  const last = keys.pop()!;
  const holder = keys.reduce((object: any, key) => object[key], copy);
  holder[last] = value;
  return copy;
}

function getAt(variables: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce((object: any, key) => object?.[key], variables);
}

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('has a rule and a generated case for every mutation of the schema, and a case for every wrong viewer the rule names', async () => {
  const mutations = Object.keys((await createSchema()).getMutationType()!.getFields()).sort();
  expect(Object.keys(mutationRules).sort()).toEqual(mutations);
  expect(Object.keys(cases).sort()).toEqual(mutations);
  for (const name of mutations) {
    const kinds = [...new Set(cases[name].refused.map((c) => c.kind))].sort();
    expect({ name, kinds }).toEqual({ name, kinds: [...mutationRules[name].refuses].sort() });
  }
});

describe.each(Object.keys(mutationRules))('%s', (name) => {
  const entry = mutationRules[name];
  const { document, refused, allowed, allowedByRuleOnly } = cases[name] ?? { refused: [], allowed: null };
  let p: string;
  const id: Ids = (local) => `${p}${local}`;
  const send = (as: ViewerKey, variables: Record<string, unknown>) => api.graphql(document, variables, { as: viewerOf(as, id) });

  beforeAll(async () => {
    p = api.id(`${name}-`);
    const staff = Object.entries(viewerKeys).map(([key, [role, branch]]) => ({ key, role, branch }));
    await api.cypher(bank, { p, staff });
    if (cases[name]?.setup) await api.cypher(cases[name].setup!, { p });
  });

  it.each(refused.map((c) => [`${c.kind}: ${c.as}, ${c.why}`, c] as const))('refuses the wrong %s, leaving the graph as it was', async (_label, attempt) => {
    const variables = attempt.variables(id);
    const before = await snapshot(p);
    const answer = await send(attempt.as, variables);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual([expect.stringMatching(refusalCodes(attempt.as))]);
    expect(answer.data?.[name] ?? null).toBeNull();
    expect(JSON.stringify(answer)).not.toContain(SECRET);
    expect(await snapshot(p)).toEqual(before);

    // The uniform answer: the same mutation on an id that does not exist is refused in the same words.
    const field = answer.errors![0].extensions?.field as string | undefined;
    if (field && entry.targets?.includes(field)) {
      const known = String(getAt(variables, field));
      const unknown = id('nobody');
      const probe = await send(attempt.as, setAt(variables, field, unknown));
      expect(JSON.stringify(probe)).toBe(JSON.stringify(answer).split(known).join(unknown));
      expect(await snapshot(p)).toEqual(before);
    }
  });

  if (entry.targets) {
    it('names a target in a FORBIDDEN refusal, so an unknown id is shown to be answered alike', async () => {
      const errors = await Promise.all(refused.map(async (attempt) => (await send(attempt.as, attempt.variables(id))).errors?.[0]));
      const named = errors.filter((error) => error?.extensions?.code === 'FORBIDDEN').map((error) => error!.extensions!.field);
      expect(named.some((field) => entry.targets!.includes(field))).toBe(true);
    });
  }

  it(`allows ${allowed?.as} (${allowed?.why}), and the write is made`, async () => {
    const viewer = viewerOf(allowed!.as, id);
    if (allowedByRuleOnly) {
      // A rule of roles only: it reads nothing but the viewer.
      await expect(Promise.resolve(entry.check(allowed!.variables(id), { viewer } as Context))).resolves.toBeUndefined();
      return;
    }
    const before = await snapshot(p);
    const answer = await send(allowed!.as, allowed!.variables(id));
    expect(answer.errors).toBeUndefined();
    expect(answer.data![name].userErrors).toEqual([]);
    expect(await snapshot(p)).not.toEqual(before);
  });
});
