import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * Query depth, alias and cost limits, checked once the operation is known
 * and before any resolver runs. Cost (graphql-query-complexity):
 *   cost(field) = base + multiplier × cost(selections)
 * base = INSIGHT_COST for the graph searches, else 1; multiplier = `first`
 * (clamped to 1–100, DEFAULT_PAGE_SIZE when omitted or null) for fields that take it,
 * UNBOUNDED_LIST for other lists (a person's employments …), 1 for the
 * edges of a connection (its `first` already counted them) and for objects.
 */
export interface QueryLimits {
  maxCost: number;
  maxDepth: number;
}

/** The root searches that walk the graph several hops out, or all of it. */
const INSIGHT_FIELDS = new Set([
  'warmIntroductions',
  'churnImpact',
  'referralTree',
  'influenceCentres',
  'crossSellOpportunities',
  'attentionList',
  'refreshInsights',
]);
const INSIGHT_COST = 5000;
/** Lists without `first` are short by nature: a person's employments, the steps of a path, the factors of a score. */
const UNBOUNDED_LIST = 10;
/** Aliased fields in one selection set: each alias of a root field is another lookup or search. */
const MAX_ALIASES = 30;
/** Lexical tokens a document may hold: validation compares fields pairwise, so its size is bounded first. */
export const MAX_TOKENS = 10_000;
/** graphql-query-complexity's own bound on fields visited (fragments expanded), against fragment bombs. */
const MAX_QUERY_NODES = 10_000;

/**
 * Clients send the same few operations over and over with other ids, and
 * checking one cost about 0.1 ms of a 2–4 ms read (bench/FIXES.md §8;
 * bench/query-limits-check.ts measures it). Depth and aliases depend on
 * the text alone; the cost on the text and on the variables it reads: those
 * given to `first` and to @include/@skip. So an operation found within the
 * limits is remembered by its text and the values of exactly those
 * variables, each as sent: `null` (the default page) and left out (the
 * variable's default value, perhaps 100) are different keys.
 */
const OPERATIONS_KEPT = 1_000;

export interface LimitsRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** Any key that is the same exactly when the document text is (Apollo's sha256 of it). */
  queryHash: string;
}

/** checkQuery, remembering the operations found within the limits. */
export function rememberedLimitsCheck(limits: QueryLimits): (request: LimitsRequest) => void {
  const withinLimits = new LRUCache<string, true>({ max: OPERATIONS_KEPT });
  const costVariablesOf = new LRUCache<string, string[]>({ max: OPERATIONS_KEPT });
  return ({ schema, document, operation, operationName, variables, queryHash }) => {
    const text = `${queryHash}\n${operationName ?? ''}`;
    let names = costVariablesOf.get(text);
    if (!names) costVariablesOf.set(text, (names = costVariables(document)));
    // [] for a variable left out, [value] for one sent, null included.
    const key = `${text}\n${JSON.stringify(names.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : [])))}`;
    if (withinLimits.has(key)) return;
    if (checkQuery(schema, document, operation, operationName, variables, limits)) withinLimits.set(key, true);
  };
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const check = rememberedLimitsCheck(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema, queryHash }) {
          if (!operation) return;
          check({ schema, document, operation, operationName: operationName ?? undefined, variables: request.variables ?? {}, queryHash });
        },
      };
    },
  };
}

/** The page sizes a list field takes: `first` reading forwards, `last` backwards. */
const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** Names of the variables the cost reads, anywhere in the document: given to `first` or `last`, or to @include / @skip. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const add = (value: { kind: Kind; name?: { value: string } } | undefined) => {
    if (value?.kind === Kind.VARIABLE) names.add(value.name!.value);
  };
  visit(document, {
    Field: (field) => field.arguments?.filter((argument) => PAGE_ARGUMENTS.has(argument.name.value)).forEach((argument) => add(argument.value)),
    Directive: (directive) => {
      if (directive.name.value === 'include' || directive.name.value === 'skip') {
        add(directive.arguments?.find((argument) => argument.name.value === 'if')?.value);
      }
    },
  });
  return [...names].sort();
}

/**
 * Throws QUERY_TOO_DEEP, TOO_MANY_ALIASES or QUERY_TOO_COMPLEX (HTTP 400) for
 * an operation over the limits. Returns whether the cost could be computed:
 * false when the variables do not fit their types (execution refuses them).
 */
export function checkQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): boolean {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const depth = depthOf(operation.selectionSet, fragments, new Map());
  if (depth > limits.maxDepth) {
    throw limitError(ErrorCode.QUERY_TOO_DEEP, `Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`);
  }
  const aliases = mostAliases([operation, ...fragments.values()], fragments);
  if (aliases > MAX_ALIASES) {
    throw limitError(ErrorCode.TOO_MANY_ALIASES, `One selection asks for ${aliases} fields under aliases; the limit is ${MAX_ALIASES}.`);
  }
  const cost = costOf(schema, document, operationName, variables);
  if (cost !== null && cost > limits.maxCost) {
    throw limitError(ErrorCode.QUERY_TOO_COMPLEX, `Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer nested lists.`);
  }
  return cost !== null;
}

function limitError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Fields nested in fields: `{ person { name } }` is 2. Each fragment is
 * measured once (memo). Introspection (`__schema`, `__type`) is left out:
 * graphql-js's MaxIntrospectionDepthRule already bounds it, and the standard
 * introspection query is 15 deep.
 */
function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, number>): number {
  let deepest = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, memo));
    } else {
      const name = selection.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // validation has refused fragment cycles; this only stops a loop
        memo.set(name, depthOf(fragments.get(name)?.selectionSet, fragments, memo));
      }
      deepest = Math.max(deepest, memo.get(name)!);
    }
  }
  return deepest;
}

/**
 * The most aliased fields in any one selection set, fragments merged in,
 * whichever fields they are: 30 aliases of each of six fields are 180. A
 * response name used twice is one field (GraphQL merges them), and a field
 * under its own name is not aliased.
 */
function mostAliases(roots: (OperationDefinitionNode | FragmentDefinitionNode)[], fragments: Map<string, FragmentDefinitionNode>): number {
  const flattened = new Map<string, Set<string>>();
  const collect = (set: SelectionSetNode, into = new Set<string>()): Set<string> => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias && selection.alias.value !== selection.name.value) into.add(selection.alias.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, into);
      } else {
        const name = selection.name.value;
        if (!flattened.has(name)) {
          flattened.set(name, new Set()); // validation has refused fragment cycles; this only stops a loop
          const fragment = fragments.get(name);
          if (fragment) flattened.set(name, collect(fragment.selectionSet));
        }
        for (const key of flattened.get(name)!) into.add(key);
      }
    }
    return into;
  };
  let most = 0;
  const visitSet = (set: SelectionSetNode): void => {
    most = Math.max(most, collect(set).size);
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) visitSet(selection.selectionSet);
    }
  };
  roots.forEach((root) => visitSet(root.selectionSet));
  return most;
}

function costOf(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null {
  try {
    return getComplexity({ schema, query, operationName, variables, estimators: [estimateField], maxQueryNodes: MAX_QUERY_NODES });
  } catch (error) {
    if (error instanceof GraphQLError && error.message.includes('maximum allowed number of nodes')) {
      throw limitError(ErrorCode.QUERY_TOO_COMPLEX, `Query selects more than ${MAX_QUERY_NODES} fields once fragments are expanded.`);
    }
    // Variables that do not fit their types: execution refuses them as BAD_USER_INPUT before any resolver runs.
    return null;
  }
}

function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity; // introspection
  // Only the root searches cost that much: Person.referralTree under a page is batched into one statement.
  const base = (type.name === 'Query' || type.name === 'Mutation') && INSIGHT_FIELDS.has(field.name) ? INSIGHT_COST : 1;
  return base + multiplier(type.name, field, args) * childComplexity;
}

function multiplier(parentType: string, field: ComplexityEstimatorArgs['field'], args: Record<string, unknown>): number {
  if (field.args.some((arg) => PAGE_ARGUMENTS.has(arg.name))) {
    const given = [args.first, args.last].find((size) => typeof size === 'number') as number | undefined;
    // Out-of-range values are refused by pageWindow() naming the field; here they only must not inflate the cost.
    return Math.min(Math.max(given ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return parentType.endsWith('Connection') ? 1 : UNBOUNDED_LIST;
}
