import { fromCents } from '../src/domain/money';
import { encodeCursor } from '../src/graphql/connection';
import { canonical, GraphQLResponse, post, timed } from './http-client';
import { neo4jGraphQLNestedPage } from './neo4j-graphql-schema';
import { nestedPersonFields } from './operations';
import { plainNestedPage } from './plain-schema';
import type { RequestProfile } from './profile';
import type { ServerHandle } from './server-handle';
import { sample, summarise, Summary } from './stats';
import { summariseWork, WorkSummary } from './measure-operations';
import type { ServerKind } from './server-protocol';

/**
 * The nested list query through three implementations over the same
 * database: a page of 100 persons in id order after a seeded id, each with
 * household, employers, holdings and manager (and the manager's branch).
 * Requests rotate between the servers input by input, so all three see the
 * same machine load, and each answer is reduced to one shape and compared.
 */
export interface NestedComparison {
  query: Record<ServerKind, string>;
  results: Record<ServerKind, { latencyMs: Summary; work: WorkSummary }>;
  /** Our p50 ÷ theirs: ≤ 1.0 means ours is at least as fast. */
  p50RatioToNeo4jGraphQL: number;
  /** Plain resolvers' p50 ÷ ours: how many times faster than the N+1 baseline. */
  speedupOverPlain: number;
  sameData: boolean;
  mismatch?: Record<ServerKind, string>;
}

type Row = Record<string, unknown>;
interface Edge { properties: Row; node: Row }
const edges = (connection: unknown): Edge[] => ((connection as { edges: Edge[] } | null)?.edges ?? []);

const apiPage = `query ($after: String) { persons(first: 100, after: $after) { edges { node { ${nestedPersonFields} } } } }`;

/** Each implementation's answer as [{ id, name, aum, household, employments, holdings, manager }]. */
const shapes: Record<ServerKind, (data: unknown) => unknown> = {
  api: (data) =>
    ((data as { persons: { edges: { node: Row }[] } }).persons.edges).map(({ node }) => ({
      id: node.id,
      name: node.name,
      aum: node.aum,
      household: node.household && { role: (node.household as Row).role, name: ((node.household as Row).household as Row).name },
      employments: node.employments,
      holdings: edges(node.holdings).map((edge) => edge.node),
      manager: node.manager,
    })),
  'neo4j-graphql': (data) =>
    ((data as { people: Row[] }).people).map((p) => {
      const [household] = edges(p.householdConnection);
      const [manager] = p.manager as Row[];
      const [branch] = (manager?.branch as Row[] | undefined) ?? [];
      return {
        id: p.id,
        name: p.name,
        aum: fromCents(p.aumCents as string),
        household: household ? { role: household.properties.role, name: household.node.name } : null,
        employments: edges(p.employersConnection).map((e) => ({ title: e.properties.title, organization: { name: e.node.name } })),
        holdings: edges(p.holdingsConnection).map((e) => ({ balance: fromCents(e.properties.balanceCents as string), product: { name: e.node.name } })),
        manager: manager ? { name: manager.name, branch: branch ? { name: branch.name } : null } : null,
      };
    }),
  plain: (data) => ((data as { persons: Row[] }).persons).map((p) => ({ ...p, household: p.household && { role: (p.household as Row).role, name: ((p.household as Row).household as Row).name } })),
};

const kinds: ServerKind[] = ['api', 'neo4j-graphql', 'plain'];
const round = (value: number): number => Math.round(value * 100) / 100;

export async function compareNestedPage(
  servers: Record<ServerKind, ServerHandle>,
  personIds: string[],
  settings: { samples: number; warmup: number; profiled: number; random: () => number; onRequest?: () => void },
): Promise<NestedComparison> {
  const queries: Record<ServerKind, string> = { api: apiPage, 'neo4j-graphql': neo4jGraphQLNestedPage, plain: plainNestedPage };
  const variables: Record<ServerKind, (after: string) => Row> = {
    api: (after) => ({ after: encodeCursor(after) }),
    'neo4j-graphql': (after) => ({ after }),
    plain: (after) => ({ after }),
  };
  const send = (kind: ServerKind, after: string): Promise<GraphQLResponse> => post(servers[kind].url, queries[kind], variables[kind](after));
  // Pages start early enough to hold 100 persons.
  const inputs = sample(personIds.slice(0, Math.max(1, personIds.length - 100)), settings.samples, settings.random);
  for (const after of inputs.slice(0, settings.warmup)) for (const kind of kinds) await send(kind, after);

  const latencies: Record<ServerKind, number[]> = { api: [], 'neo4j-graphql': [], plain: [] };
  const errors: Record<ServerKind, number> = { api: 0, 'neo4j-graphql': 0, plain: 0 };
  const before = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await servers[k].statements()]))) as Record<ServerKind, number>;
  let mismatch: NestedComparison['mismatch'];
  for (const [i, after] of inputs.entries()) {
    const answers = {} as Record<ServerKind, unknown>;
    for (let j = 0; j < kinds.length; j++) {
      const kind = kinds[(i + j) % kinds.length];
      const { result, ms } = await timed(() => send(kind, after));
      latencies[kind].push(ms);
      if (result.errors) errors[kind] += 1;
      answers[kind] = result.errors ? result.errors : shapes[kind](result.data);
    }
    if (i < 5 && !mismatch && new Set(kinds.map((k) => canonical(answers[k]))).size > 1) {
      mismatch = Object.fromEntries(kinds.map((k) => [k, canonical(answers[k]).slice(0, 800)])) as Record<ServerKind, string>;
    }
    settings.onRequest?.();
  }

  const results = {} as NestedComparison['results'];
  for (const kind of kinds) {
    const statements = (await servers[kind].statements()) - before[kind];
    const profiles: RequestProfile[] = [];
    for (const after of inputs.slice(0, settings.profiled)) profiles.push(await servers[kind].profile(() => send(kind, after)));
    results[kind] = { latencyMs: summarise(latencies[kind], statements, errors[kind]), work: summariseWork(profiles) };
  }
  return {
    query: queries,
    results,
    p50RatioToNeo4jGraphQL: round(results.api.latencyMs.p50 / results['neo4j-graphql'].latencyMs.p50),
    speedupOverPlain: round(results.plain.latencyMs.p50 / results.api.latencyMs.p50),
    sameData: mismatch === undefined,
    ...(mismatch ? { mismatch } : {}),
  };
}
