import autocannon from 'autocannon';
import { authorizationHeader } from './http-client';
import type { InputPools } from './input-pools';
import type { Operation } from './operations';
import type { MemoryMiB, ServerHandle } from './server-handle';
import { sample } from './stats';

/**
 * Sustained load: autocannon with many keep-alive connections cycling
 * through a fixed mix of reads and insight queries (the same operations
 * and seeded inputs as the latency phase), then what the server process
 * holds in memory after it compared with before.
 */
export interface LoadResult {
  connections: number;
  seconds: number;
  mix: { requests: number; operations: number };
  requests: number;
  requestsPerSecond: { mean: number; p50: number; min: number };
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  /** Socket errors + timeouts + non-2xx responses + 200 responses carrying GraphQL errors: must be 0. */
  errors: number;
  errorBreakdown: { socket: number; timeouts: number; non2xx: number; graphql: number };
  statementsPerRequest: number;
  /**
   * idle: after a forced GC, before any concurrent request (the server has
   * only seen one request at a time). before: after a forced GC following a
   * short warm-up burst at the same concurrency, so the driver's connection
   * pool and the sockets are already at their working size. after: as the
   * load left it, and after a forced GC.
   */
  memory: { idle: MemoryMiB; before: MemoryMiB; after: MemoryMiB; afterGc: MemoryMiB; peakRss: number };
  warmupSeconds: number;
  /** RSS as the load left it ÷ before (the target is ≤ 1.5), and ÷ idle. */
  rssRatio: number;
  rssRatioToIdle: number;
  /** Heap still reachable after the load (after a GC) ÷ before: a leak shows here. */
  heapUsedRatio: number;
}

export interface LoadSettings {
  connections: number;
  seconds: number;
  inputsPerOperation: number;
  random: () => number;
  onTick?: (secondsDone: number) => void;
}

/** Interleaves the operations: one input of each in turn, so every stretch of the run has the whole mix. */
async function buildMix(operations: Operation[], pools: InputPools, settings: LoadSettings): Promise<autocannon.Request[]> {
  const bodies = await Promise.all(
    operations.map((operation) =>
      Promise.all(
        sample(pools[operation.pool], settings.inputsPerOperation, settings.random).map(async (input) => ({
          body: JSON.stringify({ query: operation.query, variables: operation.variables(input) }),
          authorization: await authorizationHeader(operation.viewer?.(input)),
        })),
      ),
    ),
  );
  const mix: autocannon.Request[] = [];
  for (let i = 0; i < settings.inputsPerOperation; i++) {
    for (const list of bodies) {
      if (list[i]) mix.push({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: list[i].authorization }, body: list[i].body });
    }
  }
  return mix;
}

const ratio = (after: number, before: number): number => Math.round((after / before) * 100) / 100;

export async function runLoad(server: ServerHandle, operations: Operation[], pools: InputPools, settings: LoadSettings): Promise<LoadResult> {
  let graphqlErrors = 0;
  const requests = (await buildMix(operations, pools, settings)).map((request) => ({
    ...request,
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
    },
  }));
  const idle = await server.memory(true);
  const warmupSeconds = Math.min(5, settings.seconds);
  await autocannon({ url: server.url, connections: settings.connections, duration: warmupSeconds, timeout: 30, requests });
  graphqlErrors = 0;
  const before = await server.memory(true);
  const statementsBefore = await server.statements();
  let peakRss = before.rss;
  let seconds = 0;
  const sampler = setInterval(() => {
    seconds += 1;
    settings.onTick?.(seconds);
    void server.memory(false).then((memory) => {
      peakRss = Math.max(peakRss, memory.rss);
    });
  }, 1000);
  const result = await autocannon({
    url: server.url,
    connections: settings.connections,
    duration: settings.seconds,
    timeout: 30,
    requests,
  });
  clearInterval(sampler);
  const statements = (await server.statements()) - statementsBefore;
  const after = await server.memory(false);
  const afterGc = await server.memory(true);
  peakRss = Math.max(peakRss, after.rss);

  const errorBreakdown = { socket: result.errors - result.timeouts, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlErrors };
  return {
    connections: settings.connections,
    seconds: settings.seconds,
    mix: { requests: requests.length, operations: operations.length },
    requests: result.requests.total,
    requestsPerSecond: { mean: result.requests.average, p50: result.requests.p50, min: result.requests.min },
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    errors: errorBreakdown.socket + errorBreakdown.timeouts + errorBreakdown.non2xx + errorBreakdown.graphql,
    errorBreakdown,
    statementsPerRequest: Math.round((statements / Math.max(1, result.requests.total)) * 100) / 100,
    memory: { idle, before, after, afterGc, peakRss },
    warmupSeconds,
    rssRatio: ratio(after.rss, before.rss),
    rssRatioToIdle: ratio(after.rss, idle.rss),
    heapUsedRatio: ratio(afterGc.heapUsed, before.heapUsed),
  };
}
