import type { Driver } from 'neo4j-driver';
import { canonical, post, timed } from './http-client';
import type { InputPools } from './input-pools';
import type { Operation } from './operations';
import { profileStatement } from './profile';
import { rawReads, runRawAutoCommit, runRawRead } from './raw-reads';
import type { ServerHandle } from './server-handle';
import { sample, summarise, Summary } from './stats';

/** One read through the API and as raw Cypher, over the same inputs, interleaved. */
export interface RawComparison {
  api: Summary;
  /** executeQuery, the driver's documented way to run one query: a managed transaction (BEGIN, RUN, COMMIT). */
  raw: Summary;
  /** The same statement as an auto-commit `session.run` (RUN only), as the API's reads are sent since bench/FIXES.md §8. */
  rawAutoCommit: Summary;
  /** API p50 ÷ raw p50: what the API layer costs over the driver alone. */
  p50Ratio: number;
  p95Ratio: number;
  /** API p50 ÷ auto-commit raw p50: the layer alone, both sides sending the statement the same way. */
  p50RatioToAutoCommit: number;
  /** Mean db hits per request (PROFILE): all the API's statements vs the one raw statement. */
  apiDbHits: number;
  rawDbHits: number;
  /** Whether both returned the same data for every checked input (lists compared as sets). */
  sameData: boolean;
  mismatch?: { input: string; api: string; raw: string };
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * For each read with a raw Cypher twin (raw-reads.ts): requests alternate
 * API first and API last input by input, so both see the same
 * machine load, and the first inputs' answers are compared field by field.
 */
export async function compareWithRawCypher(
  server: ServerHandle,
  driver: Driver,
  operations: Operation[],
  pools: InputPools,
  settings: { samples: number; warmup: number; profiled: number; random: () => number; onRequest?: () => void },
): Promise<Record<string, RawComparison>> {
  const results: Record<string, RawComparison> = {};
  for (const operation of operations) {
    const read = rawReads[operation.name];
    if (!read) continue;
    const inputs = sample(pools[operation.pool], settings.samples, settings.random);
    if (inputs.length === 0) continue;
    const viaApi = (input: string) => post(server.url, operation.query, operation.variables(input), operation.viewer?.(input));
    const viaDriver = (input: string) => runRawRead(driver, read, input);
    const viaAutoCommit = (input: string) => runRawAutoCommit(driver, read, input);
    for (const input of inputs.slice(0, settings.warmup)) {
      await viaApi(input);
      await viaDriver(input);
      await viaAutoCommit(input);
    }

    const apiMs: number[] = [];
    const rawMs: number[] = [];
    const autoCommitMs: number[] = [];
    let apiErrors = 0;
    let mismatch: RawComparison['mismatch'];
    const statementsBefore = await server.statements();
    for (const [i, input] of inputs.entries()) {
      const measureApi = async () => {
        const { result, ms } = await timed(() => viaApi(input));
        apiMs.push(ms);
        if (result.errors) apiErrors += 1;
        return result.data;
      };
      const measureRaw = async () => {
        const { result, ms } = await timed(() => viaDriver(input));
        rawMs.push(ms);
        return result;
      };
      const measureAutoCommit = async () => {
        autoCommitMs.push((await timed(() => viaAutoCommit(input))).ms);
      };
      let apiAnswer: unknown;
      let rawData: unknown;
      if (i % 2 === 0) {
        apiAnswer = await measureApi();
        rawData = await measureRaw();
        await measureAutoCommit();
      } else {
        await measureAutoCommit();
        rawData = await measureRaw();
        apiAnswer = await measureApi();
      }
      if (i < 20 && !mismatch && canonical(apiAnswer) !== canonical(rawData)) {
        mismatch = { input, api: canonical(apiAnswer).slice(0, 600), raw: canonical(rawData).slice(0, 600) };
      }
      settings.onRequest?.();
    }
    const apiStatements = (await server.statements()) - statementsBefore;

    let apiDbHits = 0;
    let rawDbHits = 0;
    const profiledInputs = inputs.slice(0, settings.profiled);
    for (const input of profiledInputs) {
      apiDbHits += (await server.profile(() => viaApi(input))).dbHits;
      rawDbHits += (await profileStatement(driver, { query: read.query, params: read.params(input) })).dbHits;
    }
    const api = summarise(apiMs, apiStatements, apiErrors);
    const raw = summarise(rawMs, inputs.length, 0);
    const rawAutoCommit = summarise(autoCommitMs, inputs.length, 0);
    results[operation.name] = {
      api,
      raw,
      rawAutoCommit,
      p50Ratio: round(api.p50 / raw.p50),
      p95Ratio: round(api.p95 / raw.p95),
      p50RatioToAutoCommit: round(api.p50 / rawAutoCommit.p50),
      apiDbHits: Math.round(apiDbHits / Math.max(1, profiledInputs.length)),
      rawDbHits: Math.round(rawDbHits / Math.max(1, profiledInputs.length)),
      sameData: mismatch === undefined,
      ...(mismatch ? { mismatch } : {}),
    };
  }
  return results;
}
