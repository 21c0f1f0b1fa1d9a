import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, GraphQLError, Kind, OperationDefinitionNode, parse } from 'graphql';
import { operations } from '../../../bench/operations';
import { loadSettings, serverLimitsOf } from '../../../src/config';
import { checkQuery, QueryLimits, rememberedLimitsCheck } from '../../../src/graphql/query-limits';
import { projectRoot, schemaFile } from '../../../src/paths';

const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
const { queryMaxCost, queryMaxDepth } = serverLimitsOf(loadSettings({}));
const defaults: QueryLimits = { maxCost: queryMaxCost, maxDepth: queryMaxDepth };

/** The limit error checkQuery throws for the document's one operation, or null when it passes. */
function refusal(query: string, variables: Record<string, unknown> = {}, limits = defaults): string | null {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  try {
    checkQuery(schema, document, operation, undefined, variables, limits);
    return null;
  } catch (error) {
    return `${(error as GraphQLError).extensions.code}: ${(error as GraphQLError).message}`;
  }
}

/** Every operation of every ```graphql block in README. */
function readmeOperations(): string[] {
  const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap(([, block]) =>
    parse(block).definitions.map((definition) => parse(block).loc!.source.body.slice(definition.loc!.start, definition.loc!.end)),
  );
}

/** Pages nested through each person's employers: every level multiplies by `first`. */
const nestedPages = (...sizes: number[]): string =>
  sizes.reduceRight((inner, first) => `employees(first: ${first}) { edges { node { person { employments { organization { ${inner} } } } } } }`, 'name');

describe('query limits', () => {
  it('let every README and bench query through with the default limits', () => {
    const queries = [...readmeOperations(), ...operations.map((operation) => operation.query)];
    expect(queries.length).toBeGreaterThan(30);
    expect(queries.map((query) => refusal(query, { id: 'x' })).filter(Boolean)).toEqual([]);
  });

  it('cost the nested page of 100 persons of the bench at well under the limit', () => {
    const page = operations.find((operation) => operation.name === 'persons of a branch, page of 100 (nested)')!.query;
    expect(refusal(page, { id: 'x' }, { ...defaults, maxCost: 1 })).toMatch(/^QUERY_TOO_COMPLEX: Query cost 14501 /);
  });

  it('let the standard introspection query through', () => {
    expect(refusal(getIntrospectionQuery())).toBeNull();
  });

  it('refuse pages of 100 nested three deep by their cost, and by their depth too', () => {
    const query = `{ organization(id: "x") { ${nestedPages(100, 100, 100)} } }`;
    expect(refusal(query, {}, { ...defaults, maxDepth: 100 })).toBe('QUERY_TOO_COMPLEX: Query cost 2402402402 exceeds the limit of 100000; ask for smaller pages or fewer nested lists.');
    expect(refusal(query)).toMatch(/^QUERY_TOO_DEEP/);
    expect(refusal(`{ organization(id: "x") { ${nestedPages(100)} } }`)).toBeNull();
  });

  it('read `first` from variables, and count an out-of-range `first` as 100 so the page check can name it', () => {
    const query = 'query ($n: Int) { persons(first: 100) { edges { node { employments { organization { employees(first: $n) { edges { node { title } } } } } } } } }';
    expect(refusal(query, { n: 1 })).toBeNull();
    expect(refusal(query, { n: 100 })).toMatch(/^QUERY_TOO_COMPLEX/);
    expect(refusal('{ persons(first: 1000000000) { totalCount } }')).toBeNull();
  });

  it('charge insight queries a fixed cost each', () => {
    const insight = '{ influenceCentres(metric: PAGERANK, first: 1) { metric } }';
    expect(refusal(insight, {}, { ...defaults, maxCost: 5001 })).toBeNull();
    expect(refusal(insight, {}, { ...defaults, maxCost: 5000 })).toMatch(/^QUERY_TOO_COMPLEX: Query cost 5001 /);
  });

  it('count a ranked list by its `first` once, its edges not again, wherever the connection sits', () => {
    // node { one field } 2, edges 1 + 2 = 3, totalCount 1: a page costs first × 4 (3 without the count), and
    // 1 more per page where the connection is a field of the answer (entries, opportunities).
    const ranked = [
      ['{ attentionList(staffId: "s", first: 100) { edges { node { rank } } totalCount } }', 5400],
      ['{ influenceCentres(metric: PAGERANK, first: 100, after: "x") { entries { edges { node { rank } } totalCount } } }', 5500],
      ['{ warmIntroductions(prospectId: "p", first: 20) { edges { node { score } } totalCount } }', 5080],
      ['{ crossSellOpportunities(personId: "p") { opportunities { edges { node { score } } } } }', 5020],
    ] as const;
    for (const [query, cost] of ranked) {
      expect([refusal(query, {}, { ...defaults, maxCost: cost }), refusal(query, {}, { ...defaults, maxCost: cost - 1 })]).toEqual([
        null,
        expect.stringMatching(new RegExp(`^QUERY_TOO_COMPLEX: Query cost ${cost} `)),
      ]);
    }
  });

  it('refuse selections nested deeper than the limit, through fragments too', () => {
    // Each referral chain adds two levels: chain, then its root.
    const chains = (n: number) => `{ person(id: "x") { ${'referralChain { root { ... on Person { '.repeat(n)}id${' } } }'.repeat(n)} } }`;
    expect(refusal(chains(7))).toBeNull();
    expect(refusal(chains(8))).toBe('QUERY_TOO_DEEP: Query depth 18 exceeds the limit of 16.');
    const fragments = Array.from({ length: 8 }, (_, i) => `fragment f${i} on Person { referralChain { root { ...f${i + 1} } } }`).join(' ');
    expect(refusal(`{ person(id: "x") { ...f0 } } ${fragments} fragment f8 on Person { id }`)).toBe('QUERY_TOO_DEEP: Query depth 18 exceeds the limit of 16.');
  });

  it('refuse more than 30 aliased fields in one selection, whichever fields, also when spread through fragments', () => {
    const aliases = (n: number, field = 'person', from = 0) =>
      Array.from({ length: n }, (_, i) => `${field}${from + i}: ${field}(id: "${i}") { id }`).join(' ');
    const sixFields = ['person', 'staff', 'household', 'organization', 'product', 'referral'];
    expect(refusal(`{ ${aliases(30)} }`)).toBeNull();
    expect(refusal(`{ ${aliases(31)} }`)).toBe('TOO_MANY_ALIASES: One selection asks for 31 fields under aliases; the limit is 30.');
    expect(refusal(`{ ${sixFields.map((field) => aliases(5, field)).join(' ')} }`)).toBeNull();
    expect(refusal(`{ ${sixFields.map((field) => aliases(30, field)).join(' ')} }`)).toBe(
      'TOO_MANY_ALIASES: One selection asks for 180 fields under aliases; the limit is 30.',
    );
    expect(refusal(`{ ...f ...g } fragment f on Query { ${aliases(16)} } fragment g on Query { ${aliases(16, 'staff')} ... on Query { ${aliases(1, 'product')} } }`)).toMatch(
      /^TOO_MANY_ALIASES: One selection asks for 33 fields under aliases/,
    );
    // In a nested selection too, and the same response name twice is one field.
    expect(refusal(`{ person(id: "x") { ${Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')} } }`)).toMatch(/^TOO_MANY_ALIASES: One selection asks for 31/);
    expect(refusal(`{ ${aliases(30)} ${aliases(30)} }`)).toBeNull();
    expect(refusal(`{ ${Array.from({ length: 100 }, () => 'person(id: "x") { id }').join(' ')} }`)).toBeNull();
  });

  describe('remembered within the limits', () => {
    const [document, operation] = (() => {
      const doc = parse(
        'query ($n: Int = 1) { persons(first: $n) { edges { node { employments { organization { employees(first: $n) { edges { node { person { ' +
          'family { edges { node { relative { name } } } } holdings { edges { node { product { name } } } } ' +
          'acquaintances { edges { node { person { name } } } } } } } } } } } } } }',
      );
      return [doc, doc.definitions[0] as OperationDefinitionNode] as const;
    })();
    const outcome = (check: ReturnType<typeof rememberedLimitsCheck>, variables: Record<string, unknown>, queryHash = 'pages'): string => {
      try {
        check({ schema, document, operation, operationName: undefined, variables, queryHash });
        return 'passed';
      } catch (error) {
        return `${(error as GraphQLError).extensions.code}: ${(error as GraphQLError).message}`;
      }
    };

    it('tell a variable sent as null (the default page, 20) from one left out (its default, 1)', () => {
      const check = rememberedLimitsCheck(defaults);
      expect(outcome(check, {})).toBe('passed');
      expect(outcome(check, { n: null })).toMatch(/^QUERY_TOO_COMPLEX: Query cost 984461 exceeds/);
      expect(outcome(check, {})).toBe('passed');
    });

    it('still refuse a query at a high cost after its text has passed with other values', () => {
      const check = rememberedLimitsCheck(defaults);
      expect(outcome(check, { n: 100 })).toMatch(/^QUERY_TOO_COMPLEX/);
      expect(outcome(check, {})).toBe('passed');
      expect(outcome(check, { n: 1 })).toBe('passed');
      expect(outcome(check, { n: 100 })).toMatch(/^QUERY_TOO_COMPLEX/);
      expect(outcome(check, { n: null })).toMatch(/^QUERY_TOO_COMPLEX/);
    });

    it('key on the variables of @include and @skip too', () => {
      const included = parse('query ($big: Boolean!, $id: ID!) { person(id: $id) { id } ...@include(if: $big) { ' +
        'persons(first: 100) { edges { node { employments { organization { employees(first: 100) { totalCount } } } } } } } }');
      const check = rememberedLimitsCheck(defaults);
      const run = (variables: Record<string, unknown>) => {
        try {
          check({ schema, document: included, operation: included.definitions[0] as OperationDefinitionNode, operationName: undefined, variables, queryHash: 'included' });
          return 'passed';
        } catch (error) {
          return String((error as GraphQLError).extensions.code);
        }
      };
      expect(run({ big: false, id: 'a' })).toBe('passed');
      expect(run({ big: true, id: 'a' })).toBe('QUERY_TOO_COMPLEX');
      expect(run({ big: false, id: 'b' })).toBe('passed');
    });
  });

  it('refuse a fragment bomb by the number of fields it expands to', () => {
    const levels = Array.from({ length: 16 }, (_, i) => `fragment f${i} on Person { ...f${i + 1} ...f${i + 1} }`).join(' ');
    expect(refusal(`{ person(id: "x") { ...f0 } } ${levels} fragment f16 on Person { id }`)).toMatch(/^QUERY_TOO_COMPLEX: Query selects more than 10000 fields/);
  });
});
