import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/db/driver';
import { applyMigrations } from '../src/db/migrate';
import { generateBank } from '../src/demo/generate-bank';
import { importBank } from '../src/demo/import-bank';
import { ensureLauncherBuilt, findFreePort, startEmbeddedNeo4j } from '../src/embedded/embedded-neo4j';
import { projectRoot } from '../src/paths';
import { post } from './http-client';
import { readInputPools } from './input-pools';
import { runLoad } from './load';
import { describeMachine, Machine, machineLoad } from './machine';
import { measureOperation, OperationResult, warmUp } from './measure-operations';
import { compareNestedPage } from './nested-comparison';
import { operations } from './operations';
import { phaseProgress } from './progress';
import { compareWithRawCypher } from './raw-comparison';
import { rawReads } from './raw-reads';
import { BenchReport, writeReport } from './report';
import { writeResultsMarkdown } from './results-markdown';
import { ServerHandle } from './server-handle';
import type { ServerKind } from './server-protocol';
import { seededRandom } from './stats';
import { checkTargets } from './targets';

/**
 * `npm run bench -- --persons 10000`: a fresh embedded Neo4j in a temporary
 * directory; the generated bank imported through the project's importer;
 * refreshInsights; every read and insight query through HTTP; the reads as
 * raw Cypher; the nested page through @neo4j/graphql and plain resolvers;
 * a sustained load. Writes bench/results/<persons>.json and bench/RESULTS.md.
 */
const integer = (value: string): number => Number.parseInt(value, 10);
const phaseNames = ['operations', 'raw', 'nested', 'load'] as const;
type Phase = (typeof phaseNames)[number];
const phaseList = (value: string): Phase[] => {
  const phases = value.split(',').map((name) => name.trim());
  const unknown = phases.filter((name) => !(phaseNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--phases: unknown ${unknown.join(', ')} (known: ${phaseNames.join(', ')})`);
  return phases as Phase[];
};
const program = new Command('bench')
  .option('--persons <n>', 'persons in the generated bank', integer, 10_000)
  .option('--samples <n>', 'measured requests per operation (seeded inputs)', integer, 200)
  .option('--profiled <n>', 'requests per operation whose statements are run under PROFILE', integer, 5)
  .option('--seed <n>', 'seed of the bank and of the input sample', integer, 20261123)
  .option('--heap <size>', 'Neo4j heap', '2g')
  .option('--pagecache <size>', 'Neo4j page cache', '1g')
  .option('--warmup-seconds <n>', 'requests round all operations before any is measured (JVM and plans warm-up); 0 skips it', integer, 60)
  .option('--load-seconds <n>', 'duration of the sustained load; 0 skips it', integer, 60)
  .option('--connections <n>', 'connections of the sustained load', integer, 50)
  .option('--only <text>', 'measure only operations whose name contains this text, or one of several separated by | (a quick check; skips the comparisons)')
  .option('--phases <list>', `phases after import and refreshInsights, comma-separated (${phaseNames.join(',')}); fewer than all writes nothing`, phaseList, [...phaseNames])
  .option('--import-only', 'stop after the import: generation and import figures only (e.g. at 1,000,000 persons)');

interface Options {
  persons: number;
  samples: number;
  profiled: number;
  seed: number;
  heap: string;
  pagecache: string;
  warmupSeconds: number;
  loadSeconds: number;
  connections: number;
  only?: string;
  phases: Phase[];
  importOnly?: boolean;
}

const seconds = (ms: number): number => Math.round(ms) / 1000;

/** Generates and imports the bank; the generated rows are dropped when this returns. */
async function importGeneratedBank(driver: Driver, options: Options): Promise<Pick<BenchReport, 'generation' | 'import'>> {
  const generationStart = performance.now();
  const bank = generateBank({ persons: options.persons, seed: options.seed });
  const generationMs = performance.now() - generationStart;
  const progress = phaseProgress('import', 1);
  // The database is new (a fresh temporary directory), so the import may CREATE instead of MERGE.
  const stats = await importBank(driver, 'neo4j', bank, (done, total, phase) => progress.update(done, total, phase), { fresh: true });
  progress.stop();
  const importSeconds = stats.elapsedMs / 1000;
  return {
    generation: { seconds: seconds(generationMs) },
    import: {
      seconds: importSeconds,
      nodes: stats.nodes,
      relationships: stats.relationships,
      personsPerSecond: Math.round(options.persons / importSeconds),
      relationshipsPerSecond: Math.round(stats.relationships / importSeconds),
      phases: stats.phases.map(({ phase, rows, elapsedMs }) => ({ phase, rows, elapsedMs })),
    },
  };
}

function reportHeader(options: Options, machine: Machine, machineLoadAt: Record<string, string>) {
  return {
    persons: options.persons,
    seed: options.seed,
    samplesPerOperation: options.samples,
    commandLine: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine,
    machineLoad: machineLoadAt,
  };
}

/** refreshInsights through the API, in a server process of its own so its memory does not count in the load's baseline. */
async function refreshInsights(neo4jUri: string): Promise<BenchReport['refreshInsights']> {
  const server = await ServerHandle.start('api', neo4jUri);
  try {
    console.log('refreshInsights …');
    const started = performance.now();
    const response = await post(server.url, 'mutation { refreshInsights { run { persons ties pagerankIterations betweennessExact betweennessSamples elapsedMs } userErrors { message } } }', {});
    const elapsed = seconds(performance.now() - started);
    const run = (response.data as { refreshInsights?: { run: Record<string, unknown> | null } } | undefined)?.refreshInsights?.run ?? null;
    if (response.errors) console.error('refreshInsights failed:', JSON.stringify(response.errors));
    return { seconds: elapsed, run, ...(response.errors ? { errors: response.errors } : {}) };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const options = program.parse().opts<Options>();
  const machineLoadAt: Record<string, string> = { start: machineLoad() };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-api-bench-'));
  ensureLauncherBuilt((message) => console.log(message));
  const neo4j = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, heapSize: options.heap, pageCacheSize: options.pagecache });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'neo4j' });
  const servers: Partial<Record<ServerKind, ServerHandle>> = {};
  try {
    await applyMigrations(driver, 'neo4j');
    const machine = await describeMachine(driver, options.heap, options.pagecache);
    const imported = await importGeneratedBank(driver, options);
    console.log(`imported ${options.persons} persons in ${imported.import.seconds} s (${imported.import.personsPerSecond} persons/s)`);
    if (options.importOnly) {
      machineLoadAt.end = machineLoad();
      const report: BenchReport = {
        ...reportHeader(options, machine, machineLoadAt),
        ...imported,
        refreshInsights: { seconds: null, run: null },
        operations: {},
        rawCypher: {},
        nestedPage: null,
        load: null,
      };
      for (const file of [writeReport(report), writeResultsMarkdown()]) console.log(`written ${path.relative(projectRoot, file)}`);
      return;
    }
    machineLoadAt.refreshInsights = machineLoad();
    const refresh = await refreshInsights(neo4j.uri);

    for (const kind of ['api', 'neo4j-graphql', 'plain'] as const) servers[kind] = await ServerHandle.start(kind, neo4j.uri);
    const api = servers.api!;
    const pools = await readInputPools(driver);
    const random = seededRandom(options.seed);
    const warmup = Math.min(10, options.samples);
    const runs = (phase: Phase): boolean => options.phases.includes(phase);
    const selected = runs('operations') ? operations.filter((operation) => !options.only || options.only.split('|').some((part) => operation.name.includes(part))) : [];

    if (options.warmupSeconds > 0) {
      machineLoadAt.warmup = machineLoad();
      const warmupProgress = phaseProgress('warm-up', options.warmupSeconds);
      // Its own random stream: the measured samples stay those of a run without warm-up.
      await warmUp(api, operations, pools, options.warmupSeconds, seededRandom(options.seed + 1), () => warmupProgress.tick());
      warmupProgress.stop();
    }

    machineLoadAt.operations = machineLoad();
    const measured: Record<string, OperationResult> = {};
    const progress = phaseProgress('operations', selected.length * options.samples);
    for (const operation of selected) {
      const result = await measureOperation(api, operation, pools, { samples: options.samples, warmup, profiled: options.profiled, random, onRequest: () => progress.tick(operation.name) });
      if (result) measured[operation.name] = result;
    }
    progress.stop();

    const comparisons = !options.only;
    machineLoadAt.rawCypher = machineLoad();
    let rawCypher = {};
    if (comparisons && runs('raw')) {
      const rawProgress = phaseProgress('API vs raw Cypher', Object.keys(rawReads).length * options.samples);
      rawCypher = await compareWithRawCypher(api, driver, operations, pools, { samples: options.samples, warmup, profiled: options.profiled, random, onRequest: () => rawProgress.tick() });
      rawProgress.stop();
    }

    machineLoadAt.nestedPage = machineLoad();
    let nestedPage = null;
    if (comparisons && runs('nested')) {
      const nestedProgress = phaseProgress('nested page ×3', options.samples);
      nestedPage = await compareNestedPage(servers as Record<ServerKind, ServerHandle>, pools.persons, { samples: options.samples, warmup, profiled: Math.min(3, options.profiled), random, onRequest: () => nestedProgress.tick() });
      nestedProgress.stop();
    }
    await servers['neo4j-graphql']?.stop();
    await servers.plain?.stop();
    delete servers['neo4j-graphql'];
    delete servers.plain;

    machineLoadAt.load = machineLoad();
    let load = null;
    if (comparisons && runs('load') && options.loadSeconds > 0) {
      const loadProgress = phaseProgress(`load ×${options.connections}`, options.loadSeconds);
      load = await runLoad(api, operations, pools, { connections: options.connections, seconds: options.loadSeconds, inputsPerOperation: 20, random, onTick: () => loadProgress.tick() });
      loadProgress.stop();
    }
    machineLoadAt.end = machineLoad();

    const report: BenchReport = {
      ...reportHeader(options, machine, machineLoadAt),
      ...imported,
      refreshInsights: refresh,
      operations: measured,
      rawCypher,
      nestedPage,
      load,
    };
    // A partial run (--only, --phases) prints its figures but never overwrites a full run's results.
    const partial = options.only || options.phases.length < phaseNames.length;
    const written = partial ? [] : [writeReport(report), writeResultsMarkdown()];

    console.log(`\n${options.persons} persons: import ${imported.import.seconds} s, refreshInsights ${refresh.seconds} s`);
    if (selected.length > 0) console.table(Object.fromEntries(Object.entries(measured).map(([name, r]) => [name, { p50: r.latencyMs.p50, p95: r.latencyMs.p95, p99: r.latencyMs.p99, trips: r.latencyMs.roundTripsPerRequest, dbHits: r.work.dbHits, errors: r.latencyMs.errors }])));
    if (nestedPage) {
      console.table(Object.fromEntries(Object.entries(nestedPage.results).map(([kind, r]) => [kind, { p50: r.latencyMs.p50, p95: r.latencyMs.p95, statements: r.latencyMs.roundTripsPerRequest, dbHits: r.work.dbHits, dbWallMs: r.work.dbWallMs, requestMs: r.work.requestMs }])));
      console.log(`nested page: ours ÷ @neo4j/graphql ${nestedPage.p50RatioToNeo4jGraphQL}, plain ÷ ours ${nestedPage.speedupOverPlain}×, same data: ${nestedPage.sameData}; load ${JSON.stringify(machineLoadAt)}`);
    }
    console.table(checkTargets(report).map((c) => ({ target: c.target, measured: c.measured, met: c.met })));
    for (const file of written) console.log(`written ${path.relative(projectRoot, file)}`);
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await driver.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
