import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * A Relay front end can be built on this schema: relay-compiler accepts the
 * fragments of test/clients/relay (@refetchable on Person, Organization and
 * Household; @connection pagination fragments for usePaginationFragment on
 * Person.acquaintances, Organization.employees and Household.members), and
 * the operations it compiles, sent as Relay would send them, work against the
 * running server: a refetch through node(id:) answers what the root field
 * answers, and paging by the connection metadata Relay generates walks each
 * list whole, forwards and, where the field takes last/before, backwards.
 */
const run = promisify(execFile);
const projectRoot = path.resolve(__dirname, '../..');
const fixtures = path.join(projectRoot, 'test/clients/relay');

/** What relay-compiler writes for an operation (language "javascript", CommonJS). */
interface RequestArtifact {
  kind: 'Request';
  params: { name: string; operationKind: string; text: string };
}
/** What it writes for a refetchable fragment: the query to refetch it by, and for @connection how to page. */
interface FragmentArtifact {
  kind: 'Fragment';
  metadata: {
    refetch: {
      fragmentPathInResult: string[];
      operation: RequestArtifact;
      connection?: {
        path: string[];
        forward: { count: string; cursor: string } | null;
        backward: { count: string; cursor: string } | null;
      };
    };
  };
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: Record<string, any> }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

let api: TestApi;
let workDir = '';
const ids: Record<string, string> = {};

/** The people of one list, as the fixtures select them: record order is the server's. */
const acquaintances: [string, string, number][] = [
  ['k1', 'FRIEND', 0.9],
  ['k2', 'BUSINESS', 0.6],
  ['k3', 'ALUMNI', 0.6],
  ['k4', 'NEIGHBOUR', 0.4],
  ['k5', 'ELDER', 0.2],
];
const employees: [string, string, boolean][] = [
  ['e1', '董事长', true],
  ['e2', '财务总监', true],
  ['e3', '工程师', false],
  ['e4', '工程师', false],
  ['e5', '销售', false],
];
const members: [string, string][] = [
  ['m1', 'HEAD'],
  ['m2', 'SPOUSE'],
  ['m3', 'CHILD'],
  ['m4', 'CHILD'],
  ['m5', 'PARENT'],
];

beforeAll(async () => {
  api = await startTestApi();
  for (const local of ['hub', 'org', 'home', 'rm', 'fund', ...acquaintances.map(([l]) => l), ...employees.map(([l]) => l), ...members.map(([l]) => l)]) {
    ids[local] = api.id(local);
  }
  await seed();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-client-'));
  fs.mkdirSync(path.join(workDir, 'src'));
  fs.mkdirSync(path.join(workDir, '__generated__'));
  for (const file of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, file), path.join(workDir, 'src', file));
  fs.copyFileSync(path.join(projectRoot, 'schema/schema.graphql'), path.join(workDir, 'schema.graphql'));
  fs.writeFileSync(
    path.join(workDir, 'relay.config.json'),
    JSON.stringify({ src: './src', schema: './schema.graphql', artifactDirectory: './__generated__', language: 'javascript', eagerEsModules: false }),
  );
});
afterAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  await api.close();
});

type Write = [field: string, inputType: string, input: Record<string, unknown>];

/**
 * Writes through the public mutations, many in one request: GraphQL runs a
 * mutation's fields one after another. Within the server's alias limit (30).
 */
async function write(writes: Write[]) {
  const variables = Object.fromEntries(writes.map(([, , input], n) => [`i${n}`, input]));
  const definitions = writes.map(([, type], n) => `$i${n}: ${type}!`).join(', ');
  const fields = writes.map(([field], n) => `m${n}: ${field}(input: $i${n}) { userErrors { field message } }`).join('\n');
  const result = await api.graphql(`mutation Seed(${definitions}) { ${fields} }`, variables);
  expect(result.errors).toBeUndefined();
  expect(Object.values(result.data!).flatMap((payload: any) => payload.userErrors)).toEqual([]);
}

async function seed() {
  const others = [...acquaintances, ...employees, ...members].map(([local]) => local);
  await write([
    ['upsertStaff', 'UpsertStaffInput', { id: ids.rm, name: '陈经理', role: 'RELATIONSHIP_MANAGER' }],
    ['upsertOrganization', 'UpsertOrganizationInput', { id: ids.org, name: '远航物流', industry: '物流', isClient: true, employeeCount: 120, registeredCapital: '5000000.00' }],
    ['upsertHousehold', 'UpsertHouseholdInput', { id: ids.home, name: '王伟家庭', address: '上海市浦东新区' }],
    ['upsertPerson', 'UpsertPersonInput', { id: ids.hub, name: '王伟', status: 'ACTIVE', tier: 'GOLD' }],
    ['upsertProduct', 'UpsertProductInput', { id: ids.fund, name: '稳健基金', category: 'FUND', riskLevel: 'R2' }],
    ['assignManager', 'AssignManagerInput', { clientId: ids.hub, staffId: ids.rm }],
    ...others.map((local): Write => ['upsertPerson', 'UpsertPersonInput', { id: ids[local], name: `客户${local}` }]),
  ]);
  await write([
    ...acquaintances.map(([local, kind, strength]): Write => [
      'relateAcquaintance',
      'RelateAcquaintanceInput',
      { personId: ids.hub, acquaintanceId: ids[local], kind, strength },
    ]),
    ...employees.map(([local, title, keyPerson]): Write => [
      'setEmployment',
      'SetEmploymentInput',
      { personId: ids[local], organizationId: ids.org, title, keyPerson },
    ]),
    ['addHouseholdMember', 'AddHouseholdMemberInput', { householdId: ids.home, personId: ids.hub, role: 'OTHER' }],
    // AUM comes from open asset holdings only.
    ['recordHolding', 'RecordHoldingInput', { holderId: ids.hub, productId: ids.fund, balance: '1250000.00' }],
    ...members.map(([local, role]): Write => ['addHouseholdMember', 'AddHouseholdMemberInput', { householdId: ids.home, personId: ids[local], role }]),
  ]);
}

let compiled: Promise<void> | null = null;
/** relay-compiler once per suite (its own binary, shipped in the npm package), into the temporary directory. */
async function compile() {
  compiled ??= run(process.execPath, [require.resolve('relay-compiler/cli.js'), '--output', 'quiet-with-errors', 'relay.config.json'], { cwd: workDir }).then(
    () => undefined,
  );
  await compiled;
}

function artifact<T>(name: string): T {
  return require(path.join(workDir, '__generated__', `${name}.graphql.js`)) as T;
}

/** Sends a compiled operation's text as Relay's network layer does: the text, its name and the variables. */
async function send(operation: RequestArtifact, variables: Record<string, unknown>) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await api.authHeader() },
    body: JSON.stringify({ query: operation.params.text, operationName: operation.params.name, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect([response.status, body.errors]).toEqual([200, undefined]);
  return body.data!;
}

const at = (value: any, keys: string[]) => keys.reduce((object, key) => object?.[key], value);

describe('relay-compiler', () => {
  it('compiles the fixtures against schema/schema.graphql', async () => {
    await compile();
    const written = fs.readdirSync(path.join(workDir, '__generated__')).sort();
    for (const name of ['PersonProfileRefetchQuery', 'OrganizationProfileRefetchQuery', 'HouseholdProfileRefetchQuery']) {
      expect(written).toContain(`${name}.graphql.js`);
    }
    for (const name of ['PersonAcquaintancesPaginationQuery', 'OrganizationEmployeesPaginationQuery', 'HouseholdMembersPaginationQuery']) {
      expect(written).toContain(`${name}.graphql.js`);
    }
  });
});

describe('refetching through node(id:)', () => {
  /** [fragment, root query, root field and type name, record]. */
  const cases: [string, string, string, string, string][] = [
    ['PersonProfile_person', 'PersonProfileQuery', 'person', 'Person', 'hub'],
    ['OrganizationProfile_organization', 'OrganizationProfileQuery', 'organization', 'Organization', 'org'],
    ['HouseholdProfile_household', 'HouseholdProfileQuery', 'household', 'Household', 'home'],
  ];

  it.each(cases)('%s: the refetch query answers what %s answers', async (fragmentName, queryName, rootField, typename, local) => {
    await compile();
    const fragment = artifact<FragmentArtifact>(fragmentName);
    const refetch = fragment.metadata.refetch;
    expect(refetch.fragmentPathInResult).toEqual(['node']);
    const [byNode, byRoot] = await Promise.all([
      send(refetch.operation, { id: ids[local] }),
      send(artifact<RequestArtifact>(queryName), { id: ids[local] }),
    ]);
    const { __typename, ...refetched } = at(byNode, refetch.fragmentPathInResult);
    expect(__typename).toBe(typename);
    expect(refetched).toEqual(byRoot[rootField]);
    expect(refetched.id).toBe(ids[local]);
  });

  it('fills every field of the person fragment from the seeded graph', async () => {
    await compile();
    const data = await send(artifact<FragmentArtifact>('PersonProfile_person').metadata.refetch.operation, { id: ids.hub });
    expect(data.node).toMatchObject({
      name: '王伟',
      status: 'ACTIVE',
      tier: 'GOLD',
      aum: '1250000.00',
      household: { role: 'OTHER', household: { id: ids.home, name: '王伟家庭' } },
      manager: { id: ids.rm, name: '陈经理' },
    });
  });
});

describe('usePaginationFragment paging', () => {
  /**
   * [fragment, root query, root field, record, whether the field also takes last/before,
   * the person ids the whole list gives, in its documented order].
   */
  const cases: [string, string, string, string, boolean, () => string[]][] = [
    // Strongest ties first, then by id.
    ['PersonAcquaintances_person', 'PersonAcquaintancesQuery', 'person', 'hub', true, () => acquaintances.map(([l]) => ids[l])],
    ['OrganizationEmployees_organization', 'OrganizationEmployeesQuery', 'organization', 'org', false, () => employees.map(([l]) => ids[l]).sort()],
    ['HouseholdMembers_household', 'HouseholdMembersQuery', 'household', 'home', true, () => ['hub', ...members.map(([l]) => l)].map((l) => ids[l]).sort()],
  ];
  const personIds = (edges: Page['edges']) => edges.map((edge) => edge.node.person.id);

  it.each(cases)('%s: the first page from %s, then loadNext to the end', async (fragmentName, queryName, rootField, local, bothWays, expected) => {
    await compile();
    const { operation, connection } = artifact<FragmentArtifact>(fragmentName).metadata.refetch;
    const forward = connection!.forward!;
    const backward = connection!.backward;
    expect(backward !== null).toBe(bothWays);
    const first: Page = at((await send(artifact<RequestArtifact>(queryName), { id: ids[local] }))[rootField], connection!.path);
    expect(first.edges.length).toBeLessThan(expected().length);
    expect(first.pageInfo.hasNextPage).toBe(true);

    const edges = [...first.edges];
    let page = first;
    let requests = 0;
    while (page.pageInfo.hasNextPage && requests < 10) {
      // What loadNext(2) sends: the other direction's variables are cleared.
      const variables: Record<string, unknown> = { id: ids[local], [forward.count]: 2, [forward.cursor]: page.pageInfo.endCursor };
      if (backward) Object.assign(variables, { [backward.count]: null, [backward.cursor]: null });
      page = at(at(await send(operation, variables), ['node']), connection!.path);
      requests += 1;
      expect(page.totalCount).toBe(expected().length);
      edges.push(...page.edges);
    }
    expect(personIds(edges)).toEqual(expected());
    expect(new Set(edges.map((edge) => edge.cursor)).size).toBe(edges.length);
    expect(requests).toBe(Math.ceil((expected().length - first.edges.length) / 2));
  });

  it.each(cases.filter(([, , , , bothWays]) => bothWays))(
    '%s: from the last page, loadPrevious back to the start',
    async (fragmentName, _queryName, _rootField, local, _bothWays, expected) => {
      await compile();
      const { operation, connection } = artifact<FragmentArtifact>(fragmentName).metadata.refetch;
      const forward = connection!.forward!;
      const backward = connection!.backward!;
      const read = async (count: number, cursor: string | null): Promise<Page> =>
        at(
          at(await send(operation, { id: ids[local], [backward.count]: count, [backward.cursor]: cursor, [forward.count]: null, [forward.cursor]: null }), ['node']),
          connection!.path,
        );
      let page = await read(2, null);
      const edges = [...page.edges];
      let requests = 1;
      while (page.pageInfo.hasPreviousPage && requests < 10) {
        page = await read(2, page.pageInfo.startCursor);
        requests += 1;
        edges.unshift(...page.edges);
      }
      expect(personIds(edges)).toEqual(expected());
      expect(requests).toBe(Math.ceil(expected().length / 2));
    },
  );
});
