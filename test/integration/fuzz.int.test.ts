import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { schemaFile } from '../../src/paths';
import { fingerprint, GraphFingerprint, hostileStrings, injectionTraces } from '../helpers/hostile-inputs';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Seeded fuzzing over HTTP: thousands of malformed and hostile documents,
 * variables and bodies built from the schema's own names. Every answer must
 * be data or GraphQL errors with a known code — never a 5xx, an internal
 * error or a stack trace — and the graph must be unchanged. Mutations are
 * sent with an argument no field has, so none may run: the fuzz checks
 * that nothing gets past parsing and validation; injection.int.test.ts
 * runs real mutations with hostile strings.
 */
const SEED = 20261123;
const RUNS = 2000;
const CONCURRENCY = 8;
const marker = `ZZFUZZ${randomUUID().slice(0, 6)}`;

const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
const namedTypes = Object.values(schema.getTypeMap()).filter((type) => !isIntrospectionType(type));
const objectFields = namedTypes.filter(isObjectType).flatMap((type) => Object.values(type.getFields()));
const fieldNames = [...new Set(objectFields.map((field) => field.name))];
const argNames = [...new Set(objectFields.flatMap((field) => field.args.map((arg) => arg.name)))];
const inputFieldNames = [...new Set(namedTypes.filter(isInputObjectType).flatMap((type) => Object.keys(type.getFields())))];
const enumValues = [...new Set(namedTypes.filter(isEnumType).flatMap((type) => type.getValues().map((value) => value.name)))];
const typeNames = namedTypes.map((type) => type.name);
const queryFields = Object.keys(schema.getQueryType()!.getFields());
const mutationFields = Object.keys(schema.getMutationType()!.getFields());

/** Codes a client may see; INTERNAL_SERVER_ERROR would be a bug the fuzz found. */
const allowedCodes = new Set(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES']);
const stackTrace = /stacktrace|\.ts:\d+|\.js:\d+|at [\w.<>]+ \(/;

type Value = string | number | boolean | null | { enum: string } | Value[] | { [key: string]: Value };

function arbitraries(ids: string[]) {
  const text = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...hostileStrings(marker)) },
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => `${marker}${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\ud800', 'x'.repeat(200_000)) },
  );
  const number = fc.oneof(
    fc.integer(),
    fc.constantFrom(0, -1, 1, 6, 7, 100, 101, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 1e308, -1e308, 0.5, 1e-300),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const { value } = fc.letrec<{ value: Value }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      text,
      number,
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(...enumValues).map((name) => ({ enum: name })),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...inputFieldNames), tie('value'), { maxKeys: 5 }),
    ),
  }));
  const args = fc.dictionary(fc.constantFrom(...argNames, 'input', 'first', 'id'), fc.oneof(value, fc.constantFrom('$v', '$id', '$first', '$input')), {
    maxKeys: 3,
  });
  const { selections } = fc.letrec<{ selections: string; selection: string }>((tie) => ({
    selections: fc.array(tie('selection'), { minLength: 1, maxLength: 4 }).map((items) => `{ ${items.join(' ')} }`),
    selection: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(...fieldNames, '__typename'),
      fc
        .tuple(fc.option(fc.constantFrom('a', 'b', 'x1')), fc.constantFrom(...fieldNames), fc.option(args), tie('selections'))
        .map(([alias, name, fieldArgs, inner]) => `${alias ? `${alias}: ` : ''}${name}${fieldArgs ? printArgs(fieldArgs) : ''} ${inner}`),
      fc.tuple(fc.constantFrom(...typeNames), tie('selections')).map(([type, inner]) => `... on ${type} ${inner}`),
    ),
  }));
  const deep = fc
    .tuple(fc.integer({ min: 8, max: 80 }), fc.array(fc.constantFrom(...fieldNames), { minLength: 1, maxLength: 5 }))
    .map(([depth, chain]) => `${Array.from({ length: depth }, (_, i) => `${chain[i % chain.length]} {`).join(' ')} id ${'}'.repeat(depth)}`);
  const variableDefinitions = fc
    .array(fc.tuple(fc.constantFrom('v', 'id', 'first', 'input'), fc.constantFrom(...typeNames, 'Int', 'String', 'ID'), fc.constantFrom('', '!', '[]', '[]!')), {
      maxLength: 3,
    })
    .map((defs) => (defs.length ? `(${defs.map(([name, type, wrap]) => `$${name}: ${wrap.startsWith('[') ? `[${type}]${wrap.slice(2)}` : `${type}${wrap}`}`).join(', ')})` : ''));
  /** Arguments of the field's own names and types (hostile strings where strings go), now and then any value. */
  const typedValue = (type: GraphQLInputType): fc.Arbitrary<Value> => {
    if (isNonNullType(type)) return typedValue(type.ofType);
    if (isListType(type)) return fc.array(typedValue(type.ofType), { maxLength: 3 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => ({ enum: v.name })));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, typedValue(f.type)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      }) as fc.Arbitrary<Value>;
    }
    if (type.name === 'Int' || type.name === 'Float') return number;
    if (type.name === 'Boolean') return fc.boolean();
    return text;
  };
  const typedArgs = (fieldArgs: readonly GraphQLArgument[]) =>
    fc
      .tuple(
        ...fieldArgs.map((arg) => {
          const given = fc.oneof({ weight: 5, arbitrary: typedValue(arg.type) }, { weight: 1, arbitrary: value });
          return isNonNullType(arg.type) ? given : fc.option(given, { freq: 2 });
        }),
      )
      .map((values) => Object.fromEntries(fieldArgs.flatMap((arg, i) => (values[i] === null && !isNonNullType(arg.type) ? [] : [[arg.name, values[i]]]))));
  const typedSelections = new Map<string, fc.Arbitrary<string>>();
  /** A selection set of real fields of `type`, `depth` levels down. */
  const selectionOf = (type: GraphQLNamedType, depth: number): fc.Arbitrary<string> => {
    const key = `${type.name}:${depth}`;
    if (!typedSelections.has(key)) {
      let arbitrary: fc.Arbitrary<string>;
      if (isAbstractType(type)) {
        const possible = schema.getPossibleTypes(type);
        arbitrary = fc.constantFrom(...possible).chain((member) => selectionOf(member, depth).map((inner) => `{ __typename ... on ${member.name} ${inner} }`));
      } else if (!isObjectType(type) || depth === 0) {
        arbitrary = fc.constant('{ __typename }');
      } else {
        const field = fc.constantFrom(...Object.values(type.getFields())).chain((f) => {
          const named = getNamedType(f.type);
          const inner = isLeafType(named) ? fc.constant('') : selectionOf(named, depth - 1);
          return fc.tuple(typedArgs(f.args), inner).map(([fieldArgs, sub]) => `${f.name}${printArgs(fieldArgs)} ${sub}`);
        });
        arbitrary = fc.array(field, { minLength: 1, maxLength: 3 }).map((items) => `{ ${items.join(' ')} }`);
      }
      typedSelections.set(key, arbitrary);
    }
    return typedSelections.get(key)!;
  };
  const typedOperation = (kind: 'query' | 'mutation', extra: string) => {
    const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    const field = fc.constantFrom(...Object.values(root.getFields())).chain((f) => {
      const named = getNamedType(f.type);
      const inner = isLeafType(named) ? fc.constant('') : fc.integer({ min: 1, max: 4 }).chain((depth) => selectionOf(named, depth));
      return fc.tuple(typedArgs(f.args), inner).map(([fieldArgs, sub]) => `${f.name}${printArgs(fieldArgs, extra)} ${sub}`);
    });
    return fc.array(field, { minLength: 1, maxLength: 3 }).map((fields) => `${kind} { ${fields.join(' ')} }`);
  };
  const rootField = (names: string[], extra: string) =>
    fc
      .tuple(fc.option(fc.constantFrom('a', 'b')), fc.constantFrom(...names), fc.option(args), fc.option(fc.oneof(selections, deep.map((d) => `{ ${d} }`))))
      .map(([alias, name, fieldArgs, inner]) => `${alias ? `${alias}: ` : ''}${name}${printArgs({ ...(fieldArgs ?? {}) }, extra)} ${inner ?? ''}`);
  const operation = fc.oneof(
    { weight: 8, arbitrary: typedOperation('query', '') },
    // `fuzz` is no argument of any mutation: validation must refuse every one of these.
    { weight: 2, arbitrary: typedOperation('mutation', 'fuzz: 1') },
    fc.tuple(variableDefinitions, fc.array(rootField(queryFields, ''), { minLength: 1, maxLength: 3 })).map(([vars, fields]) => `query ${vars} { ${fields.join(' ')} }`),
    fc.tuple(variableDefinitions, fc.array(rootField(mutationFields, 'fuzz: 1'), { minLength: 1, maxLength: 2 })).map(([vars, fields]) => `mutation ${vars} { ${fields.join(' ')} }`),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...fieldNames, ...typeNames, ...enumValues),
          fc.constantFrom('{', '}', '(', ')', ':', '$v', '...', 'on', 'query', 'mutation', 'fragment', '@include(if: true)', '@skip', '!', '[', ']', '=', '"', '#', '\\', '"""'),
          value.map((v) => printValue(v)),
        ),
        { maxLength: 60 },
      )
      .map((tokens) => tokens.join(' ')),
    fc.integer({ min: 25, max: 400 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: person(id: "${ids[i % ids.length]}") { id name }`).join(' ')} }`),
    fc.integer({ min: 8, max: 20 }).map((n) =>
      `{ person(id: "${ids[0]}") { ...f0 } } ${Array.from({ length: n }, (_, i) => `fragment f${i} on Person { ...f${i + 1} ...f${i + 1} }`).join(' ')} fragment f${n} on Person { id }`,
    ),
  );
  const variables = fc.option(fc.dictionary(fc.constantFrom('v', 'id', 'first', 'input', 'x'), value, { maxKeys: 4 }));
  return { operation, variables };
}

function printArgs(args: Record<string, Value | string>, extra = ''): string {
  const printed = Object.entries(args).map(([name, v]) => `${name}: ${typeof v === 'string' && v.startsWith('$') ? v : printValue(v as Value)}`);
  if (extra) printed.push(extra);
  return printed.length ? `(${printed.join(', ')})` : '';
}

function printValue(value: Value): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (Array.isArray(value)) return `[${value.map(printValue).join(', ')}]`;
  if ('enum' in value && typeof value.enum === 'string' && Object.keys(value).length === 1) return value.enum;
  return `{${Object.entries(value).map(([key, v]) => `${key}: ${printValue(v)}`).join(', ')}}`;
}

/** Bodies no GraphQL client sends. */
const oddBodies: [string, string][] = [
  ['application/json', '[{"query":"{ __typename }"},{"query":"{ __typename }"}]'],
  ['application/json', '{"query": 1}'],
  ['application/json', JSON.stringify({ query: '{ __typename }', variables: { v: 'y'.repeat(1_100_000) } })],
  ['application/json', '{"query": null}'],
  ['application/json', '{"query": "{ __typename }", "variables": "x"}'],
  ['application/json', '{"query": "{ __typename }", "variables": [1]}'],
  ['application/json', '{"query": "{ __typename }", "operationName": 5}'],
  ['application/json', '{"query": "query a { __typename } query b { __typename }"}'],
  ['application/json', '{"query": "query a { __typename }", "operationName": "b"}'],
  ['application/json', '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}'],
  ['application/json', '{"query": "subscription { x }"}'],
  ['application/json', '{"query": "{ __typename }"'],
  ['application/json', '"just a string"'],
  ['application/json', 'null'],
  ['application/json', `{"query": "{ person(id: \\"${'\\u0000'.repeat(10)}\\") { id } }"}`],
  ['text/plain', '{"query": "{ __typename }"}'],
  ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
  ['application/graphql', '{ __typename }'],
];

let api: TestApi;
let before: GraphFingerprint;
beforeAll(async () => {
  api = await startTestApi();
  await api.cypher(
    `CREATE (a:Person {id: $prefix + 'a', name: '甲', status: 'ACTIVE', tier: 'GOLD', aumCents: 500000, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (b:Person {id: $prefix + 'b', name: '乙', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (o:Organization {id: $prefix + 'o', name: '丙公司', isClient: true, createdAt: datetime(), updatedAt: datetime()})
     CREATE (h:Household {id: $prefix + 'h', name: '甲家', createdAt: datetime(), updatedAt: datetime()})
     CREATE (s:Staff {id: $prefix + 's', name: '丁经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})
     CREATE (a)-[:MEMBER_OF {role: 'HEAD'}]->(h), (a)-[:WORKS_AT {title: '总监', keyPerson: true}]->(o), (b)-[:WORKS_AT {keyPerson: false}]->(o)
     CREATE (a)-[:KNOWS {kind: 'FRIEND', strength: 0.6}]->(b), (a)-[:MANAGED_BY {since: datetime()}]->(s)
     CREATE (a)-[:REFERRED]->(:Referral {id: $prefix + 'r', status: 'NEW', channel: 'CLIENT_INTRODUCTION', attributed: false,
                                          rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})-[:REFERS]->(b)`,
    { prefix: api.prefix },
  );
  before = await fingerprint(api);
});
afterAll(() => api.close());

/** How the answers fell, e.g. `data` or `BAD_USER_INPUT`: printed, to show the fuzz reaches resolvers. */
const tally = new Map<string, number>();

async function send(contentType: string, body: string): Promise<string | null> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'apollo-require-preflight': 'true', authorization: await api.authHeader() },
    body,
  });
  const text = await response.text();
  const problem = (why: string) => `${why}: HTTP ${response.status} ${text.slice(0, 300)} ← ${body.slice(0, 300)}`;
  if (response.status >= 500) return problem('server error');
  if (stackTrace.test(text)) return problem('stack trace');
  let answer: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  try {
    answer = JSON.parse(text);
  } catch {
    return problem('not JSON');
  }
  const kind = answer.errors ? `${answer.data ? 'data + ' : ''}${answer.errors[0]?.extensions?.code}` : 'data';
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
  if (answer.errors === undefined) return answer.data === undefined ? problem('neither data nor errors') : null;
  const unknown = answer.errors.filter((error) => !allowedCodes.has(String(error.extensions?.code)));
  return unknown.length > 0 ? problem(`code ${unknown[0].extensions?.code}`) : null;
}

async function inBatches<T>(items: T[], run: (item: T) => Promise<string | null>): Promise<string[]> {
  const problems: string[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    const answers = await Promise.all(items.slice(start, start + CONCURRENCY).map(run));
    problems.push(...answers.filter((answer): answer is string => answer !== null));
  }
  return problems;
}

describe('fuzzing the API', () => {
  it(`answers ${RUNS} seeded malformed and hostile requests with data or known errors, and changes nothing`, async () => {
    const ids = ['a', 'b', 'o', 'h', 's', 'r'].map((local) => api.id(local));
    const { operation, variables } = arbitraries(ids);
    const cases = fc.sample(fc.tuple(operation, variables), { seed: SEED, numRuns: RUNS });
    const startedAt = Date.now();
    const problems = await inBatches(cases, ([query, vars]) => send('application/json', JSON.stringify({ query, variables: vars })));
    problems.push(...(await inBatches(oddBodies, ([type, body]) => send(type, body))));
    console.log(`fuzz: ${cases.length + oddBodies.length} requests in ${Date.now() - startedAt} ms, seed ${SEED}; answers: ${JSON.stringify(Object.fromEntries(tally))}`);

    expect(problems.slice(0, 10)).toEqual([]);
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect(await fingerprint(api)).toEqual(before);
    expect(await injectionTraces(api, marker)).toEqual({ pwned: 0, marked: 0, labels: [] });
  }, 300_000);
});
