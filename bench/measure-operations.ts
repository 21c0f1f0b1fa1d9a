import { post, timed, totalCountIn } from './http-client';
import type { InputPools } from './input-pools';
import type { Operation, OperationGroup } from './operations';
import type { RequestProfile } from './profile';
import type { ServerHandle } from './server-handle';
import { sample, summarise, Summary } from './stats';

/** Database work of an operation, from PROFILE over the first few sampled inputs. */
export interface WorkSummary {
  requestsProfiled: number;
  /** Mean total db hits per request. */
  dbHits: number;
  /** Most rows any operator produced, over the profiled requests. */
  maxRows: number;
  /** Mean wall time per request with a statement in flight, and of the whole request: the rest is HTTP, GraphQL and our code. */
  dbWallMs: number;
  requestMs: number;
  /** Statements of the first profiled request, grouped by the named queries they are made of (or their first words). */
  statements: { statement: string; count: number; dbHits: number; rows: number }[];
  /** Label or index scans seen in any profiled plan (a cost that grows with the graph). */
  scans: string[];
}

export interface OperationResult {
  group: OperationGroup;
  latencyMs: Summary;
  /** Mean totalCount of the responses, for connections: the rows the filter matched. */
  matchedRows?: number;
  work: WorkSummary;
}

const mean = (values: number[]): number => Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)) * 100) / 100;

function groupStatements(profile: RequestProfile | undefined): WorkSummary['statements'] {
  const groups = new Map<string, WorkSummary['statements'][number]>();
  for (const s of profile?.statements ?? []) {
    const key = s.names[0] === 'generated' ? `generated: ${s.text}` : s.names.join(' + ');
    const group = groups.get(key) ?? { statement: key, count: 0, dbHits: 0, rows: 0 };
    group.count += 1;
    group.dbHits += s.dbHits;
    group.rows += s.rows;
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function summariseWork(profiles: RequestProfile[]): WorkSummary {
  return {
    requestsProfiled: profiles.length,
    dbHits: Math.round(mean(profiles.map((p) => p.dbHits))),
    maxRows: profiles.reduce((max, p) => Math.max(max, p.maxRows), 0),
    dbWallMs: mean(profiles.map((p) => p.dbWallMs)),
    requestMs: mean(profiles.map((p) => p.requestMs ?? Number.NaN)),
    statements: groupStatements(profiles[0]),
    scans: [...new Set(profiles.flatMap((p) => p.statements.flatMap((s) => s.scans)))],
  };
}

export interface MeasureSettings {
  samples: number;
  warmup: number;
  profiled: number;
  random: () => number;
  onRequest?: () => void;
}

/**
 * Measures one operation against a server: `warmup` unmeasured requests,
 * then `samples` requests one at a time over a seeded sample of inputs
 * (latency, statements per request, errors), then PROFILE of the
 * statements of the first `profiled` inputs.
 */
export async function measureOperation(server: ServerHandle, operation: Operation, pools: InputPools, settings: MeasureSettings): Promise<OperationResult | null> {
  const inputs = sample(pools[operation.pool], settings.samples, settings.random);
  if (inputs.length === 0) return null;
  const send = (input: string) => post(server.url, operation.query, operation.variables(input), operation.viewer?.(input));
  for (const input of inputs.slice(0, settings.warmup)) await send(input);

  const latencies: number[] = [];
  const matched: number[] = [];
  let errors = 0;
  const statementsBefore = await server.statements();
  for (const input of inputs) {
    const { result, ms } = await timed(() => send(input));
    latencies.push(ms);
    if (result.errors) errors += 1;
    const total = totalCountIn(result.data);
    if (total !== null) matched.push(total);
    settings.onRequest?.();
  }
  const statements = (await server.statements()) - statementsBefore;

  const profiles: RequestProfile[] = [];
  for (const input of inputs.slice(0, settings.profiled)) profiles.push(await server.profile(() => send(input)));
  return {
    group: operation.group,
    latencyMs: summarise(latencies, statements, errors),
    ...(matched.length > 0 ? { matchedRows: Math.round(matched.reduce((a, b) => a + b, 0) / matched.length) } : {}),
    work: summariseWork(profiles),
  };
}

/**
 * Sends the operations round-robin, one request at a time, for `seconds`:
 * Neo4j's JVM compiles its hot paths and the query plans settle over the
 * first minutes after an import, and without this the first operations
 * measured paid for it (p50 two to three times the same requests' later figures).
 */
export async function warmUp(server: ServerHandle, operations: Operation[], pools: InputPools, seconds: number, random: () => number, onTick?: () => void): Promise<number> {
  const inputs = operations.map((operation) => sample(pools[operation.pool], 50, random));
  const deadline = performance.now() + seconds * 1000;
  let nextTick = performance.now() + 1000;
  let requests = 0;
  for (let i = 0; performance.now() < deadline; i += 1) {
    const operation = operations[i % operations.length];
    const pool = inputs[i % operations.length];
    const input = pool[Math.floor(i / operations.length) % pool.length];
    if (pool.length > 0) await post(server.url, operation.query, operation.variables(input), operation.viewer?.(input));
    requests += 1;
    if (performance.now() >= nextTick) {
      onTick?.();
      nextTick += 1000;
    }
  }
  return requests;
}
