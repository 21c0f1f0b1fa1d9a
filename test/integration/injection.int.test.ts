import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { createSchema } from '../../src/graphql/schema';
import { hostileStrings, injectionTraces } from '../helpers/hostile-inputs';
import { startTestApi, TestApi } from '../helpers/test-api';

/**
 * Cypher injection through every String and ID input of the schema: each
 * argument and input field (found by walking the schema, so a new input is
 * attacked as soon as it exists) gets hostile strings in an otherwise valid
 * request against this suite's own graph. The answer must be data or a
 * known error; a write that succeeds must store the string verbatim; and
 * nothing else may change: no node deleted, nothing created outside the
 * suite's ids, no Pwned label, no property touched by the string.
 */
const HOSTILE_PER_INPUT = 4;
const allowedCodes = new Set(['BAD_USER_INPUT', 'FORBIDDEN']);

interface Attack {
  /** e.g. `Mutation.upsertPerson(input.name)`. */
  label: string;
  operation: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  value: string;
}

let api: TestApi;
let schema: GraphQLSchema;
const marker = `ZZINJ${Date.now().toString(36)}`;

beforeAll(async () => {
  schema = await createSchema();
  api = await startTestApi();
  await api.cypher(
    `CREATE (br:Branch {id: $prefix + 'br', name: '注入支行', createdAt: datetime(), updatedAt: datetime()})
     CREATE (s:Staff {id: $prefix + 's', name: '甲经理', role: 'RELATIONSHIP_MANAGER', createdAt: datetime(), updatedAt: datetime()})-[:BASED_AT]->(br)
     CREATE (a:Person {id: $prefix + 'a', name: '甲', status: 'ACTIVE', tier: 'GOLD', aumCents: 100000, riskProfile: 'R3', introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (b:Person {id: $prefix + 'b', name: '乙', status: 'PROSPECT', aumCents: 0, introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()})
     CREATE (o:Organization {id: $prefix + 'o', name: '丙公司', isClient: true, createdAt: datetime(), updatedAt: datetime()})
     CREATE (h:Household {id: $prefix + 'h', name: '甲家', createdAt: datetime(), updatedAt: datetime()})
     CREATE (pr:Product {id: $prefix + 'pr', name: '稳健理财', category: 'WEALTH_MANAGEMENT', riskLevel: 'R2', createdAt: datetime(), updatedAt: datetime()})
     CREATE (a)-[:MANAGED_BY {since: datetime()}]->(s), (a)-[:MEMBER_OF {role: 'HEAD'}]->(h), (a)-[:WORKS_AT {title: '总监', keyPerson: true}]->(o)
     CREATE (a)-[:KNOWS {kind: 'FRIEND', strength: 0.7}]->(b)
     FOREACH (i IN range(0, 15) | CREATE (:Person {id: $prefix + 'q' + toString(i), name: '丁' + toString(i), status: 'PROSPECT', aumCents: 0,
                                                   introductionsOptOut: false, createdAt: datetime(), updatedAt: datetime()}))
     CREATE (a)-[:REFERRED]->(:Referral {id: $prefix + 'r', status: 'NEW', channel: 'CLIENT_INTRODUCTION', attributed: false,
                                          rewardStatus: 'NOT_ELIGIBLE', createdAt: datetime(), updatedAt: datetime()})-[:REFERS]->(b)`,
    { prefix: api.prefix },
  );
});
afterAll(() => api.close());

let referee = 0;
/** Which of the suite's nodes an id argument names, by the argument's name or the type it looks up. */
function existingId(name: string, context: string): string {
  // A new referral needs a prospect without an open one from the same referrer.
  if (name === 'refereeId') return api.id(`q${referee++ % 16}`);
  const byName: Record<string, string> = {
    personId: 'a', clientId: 'a', rootId: 'a', referrerId: 'a', prospectId: 'b', relativeId: 'b', acquaintanceId: 'b',
    staffId: 's', fromStaffId: 's', assignedStaffId: 's', managerId: 's', branchId: 'br', organizationId: 'o', householdId: 'h', productId: 'pr',
  };
  const byType: Record<string, string> = { Person: 'a', Organization: 'o', Household: 'h', Branch: 'br', Staff: 's', Product: 'pr', Referral: 'r' };
  return api.id(byName[name] ?? byType[context] ?? (/Referral/.test(context) ? 'r' : 'a'));
}

let fresh = 0;
/** A valid value for an input the attack does not target: required parts only, fresh ids for what is created. */
function validValue(type: GraphQLInputType, name: string, context: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name, context);
  if (isListType(type)) return [validValue(type.ofType, name, context)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const creates = /^(Upsert|Create|Record)/.test(type.name);
    return Object.fromEntries(
      fields
        .filter((field) => isNonNullType(field.type) || (creates && field.name === 'id'))
        .map((field) => [field.name, field.defaultValue ?? validValue(field.type, field.name, type.name)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return /^(Upsert|Create|Record)/.test(context) && name === 'id' ? api.id(`new${(fresh += 1)}`) : existingId(name, context);
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return false;
    case 'Decimal':
      return '1.00';
    case 'LocalDate':
      return '2000-01-01';
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    default:
      return 'x';
  }
}

/** Paths to every String or ID inside an input type, e.g. [['name'], ['filter', 'search']]. */
function stringPaths(type: GraphQLInputType, seen = new Set<string>()): string[][] {
  const named = getNamedType(type);
  if (named.name === 'String' || named.name === 'ID') return [[]];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) =>
    stringPaths(field.type, new Set([...seen, named.name])).map((path) => [field.name, ...path]),
  );
}

/** The value of `arg` with `value` at `path` (inside lists too), everything else valid. */
function argumentWith(arg: GraphQLArgument, path: string[], value: string, context: string): unknown {
  const build = (type: GraphQLInputType, rest: string[], name: string, parent: string): unknown => {
    if (isNonNullType(type)) return build(type.ofType, rest, name, parent);
    if (isListType(type)) return [build(type.ofType, rest, name, parent)];
    if (rest.length === 0) return value;
    const named = getNamedType(type);
    if (!isInputObjectType(named)) throw new Error(`no input field ${rest.join('.')} in ${named.name}`);
    const base = validValue(named, name, parent) as Record<string, unknown>;
    const field = named.getFields()[rest[0]];
    return { ...base, [rest[0]]: build(field.type, rest.slice(1), field.name, named.name) };
  };
  return build(arg.type, path, arg.name, context);
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  return isObjectType(named) && named.getFields().userErrors ? '{ __typename userErrors { code } }' : '{ __typename }';
}

/** Every String/ID argument and input field, on root fields and on fields of types a root field finds by id. */
function attacks(): Attack[] {
  const hostile = hostileStrings(marker);
  let turn = 0;
  const attacksOn = (operation: Attack['operation'], parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, wrap: (inner: string) => string) =>
    field.args.flatMap((arg) =>
      stringPaths(arg.type).map((path) => ({ arg, path })),
    ).flatMap(({ arg, path }) =>
      Array.from({ length: HOSTILE_PER_INPUT }, () => {
        const value = hostile[turn++ % hostile.length];
        const variables = Object.fromEntries(
          field.args
            .filter((other) => other === arg || isNonNullType(other.type))
            .map((other) => [other.name, other === arg ? argumentWith(arg, path, value, field.name) : (other.defaultValue ?? validValue(other.type, other.name, getNamedType(field.type).name))]),
        );
        const definitions = Object.keys(variables).map((name) => `$${name}: ${String(field.args.find((a) => a.name === name)!.type)}`);
        const call = `${field.name}(${Object.keys(variables).map((name) => `${name}: $${name}`).join(', ')}) ${selectionFor(field)}`;
        return {
          label: `${parent.name}.${field.name}(${[arg.name, ...path].join('.')})`,
          operation,
          query: `${operation} (${definitions.join(', ')}) { ${wrap(call)} }`,
          variables,
          value,
        };
      }),
    );
  const query = schema.getQueryType()!;
  const lookups = Object.values(query.getFields()).filter((f) => f.args.length === 1 && f.args[0].name === 'id' && isObjectType(getNamedType(f.type)));
  const nested = lookups.flatMap((lookup) => {
    const type = getNamedType(lookup.type) as GraphQLObjectType;
    const id = existingId('id', type.name);
    return Object.values(type.getFields()).flatMap((field) => attacksOn('query', type, field, (call) => `${lookup.name}(id: "${id}") { ${call} }`));
  });
  return [
    ...Object.values(query.getFields()).flatMap((field) => attacksOn('query', query, field, (call) => call)),
    ...Object.values(schema.getMutationType()!.getFields()).flatMap((field) => attacksOn('mutation', schema.getMutationType()!, field, (call) => call)),
    ...nested,
  ];
}

describe('Cypher injection through every string input', () => {
  it('treats hostile strings as data everywhere and changes nothing else', async () => {
    const all = attacks();
    const inputs = new Set(all.map((attack) => attack.label));
    expect(inputs.size).toBeGreaterThan(40);
    const outcomes = new Map<string, Set<string>>();
    const problems: string[] = [];
    for (const attack of all) {
      const result = await api.graphql(attack.query, attack.variables);
      const codes = (result.errors ?? []).map((error) => String(error.extensions?.code));
      const payload = result.data ? (Object.values(result.data)[0] as Record<string, unknown> | null) : null;
      const userErrors = (payload?.userErrors as { code: string }[] | undefined) ?? [];
      if (result.status >= 500 || codes.some((code) => !allowedCodes.has(code))) {
        problems.push(`${attack.label}: HTTP ${result.status} ${JSON.stringify(result.errors)}`);
      }
      let outcome = codes[0] ?? (userErrors.length ? `userError ${userErrors[0].code}` : 'data');
      if (attack.operation === 'mutation' && outcome === 'data') {
        const [row] = await api.cypher(
          `CALL { MATCH (n) WHERE n.id STARTS WITH $prefix AND any(k IN keys(n) WHERE n[k] = $value) RETURN count(n) AS nodes }
           CALL { MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix AND any(k IN keys(r) WHERE r[k] = $value) RETURN count(r) AS rels }
           RETURN nodes + rels AS holders`,
          { prefix: api.prefix, value: attack.value },
        );
        outcome = Number(row.holders) > 0 ? 'stored verbatim' : 'accepted';
        if (outcome === 'accepted' && !/Id$|^id$/.test(attack.label.split('.').pop()!.replace(')', ''))) {
          problems.push(`${attack.label}: the write succeeded but ${JSON.stringify(attack.value.slice(0, 40))} is stored nowhere`);
        }
      }
      outcomes.set(attack.label, (outcomes.get(attack.label) ?? new Set()).add(outcome));
    }
    console.log(
      `${all.length} attacks on ${inputs.size} inputs:\n` + [...outcomes].map(([label, seen]) => `  ${label}: ${[...seen].join(', ')}`).join('\n'),
    );

    expect(problems).toEqual([]);
    const [base] = await api.cypher(
      `UNWIND $ids AS id OPTIONAL MATCH (n {id: id}) WITH collect(n.id) AS found
       MATCH (a:Person {id: $a})
       RETURN found, COUNT { (a)-[:MEMBER_OF]->() } AS member, COUNT { (a)-[:WORKS_AT]->() } AS works, COUNT { (a)-[:KNOWS]-() } AS knows`,
      { ids: ['br', 's', 'a', 'b', 'o', 'h', 'pr', 'r'].map((local) => api.id(local)), a: api.id('a') },
    );
    expect(base.found).toHaveLength(8);
    expect([base.member, base.works, base.knows].map(Number).every((n) => n >= 1)).toBe(true);
    // The audit trail records what was asked for, hostile ids included, as data.
    expect(await injectionTraces(api, marker, api.prefix, ['AuditEvent'])).toEqual({ pwned: 0, marked: 0, labels: [] });
  }, 600_000);
});
