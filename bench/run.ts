import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import cliProgress from 'cli-progress';
import { Command } from 'commander';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { applyMigrations } from '../src/db/migrate';
import { generateBank } from '../src/demo/generate-bank';
import { importBank } from '../src/demo/import-bank';
import { ensureLauncherBuilt, findFreePort, startEmbeddedNeo4j } from '../src/embedded/embedded-neo4j';
import { createSchema } from '../src/graphql/schema';
import { createLogger } from '../src/logger';
import { projectRoot } from '../src/paths';
import { createServer } from '../src/server';
import { Operation, operations, readInputPools } from './operations';
import { sample, seededRandom, summarise, Summary } from './stats';

/**
 * `npm run bench -- --persons 10000`: a fresh embedded Neo4j in a temporary
 * directory, the generated bank imported through the project's importer,
 * refreshInsights, then every read and insight query through the HTTP
 * GraphQL endpoint over a seeded sample of inputs. Prints and writes
 * bench/results/<persons>.json.
 */
const program = new Command('bench')
  .option('--persons <n>', 'persons in the generated bank', (v) => Number.parseInt(v, 10), 10_000)
  .option('--samples <n>', 'measured requests per operation', (v) => Number.parseInt(v, 10), 200)
  .option('--seed <n>', 'seed of the bank and of the input sample', (v) => Number.parseInt(v, 10), 20261123)
  .option('--heap <size>', 'Neo4j heap', '2g')
  .option('--pagecache <size>', 'Neo4j page cache', '1g')
  .option('--only <text>', 'measure only operations whose name contains this text');

interface Options {
  persons: number;
  samples: number;
  seed: number;
  heap: string;
  pagecache: string;
  only?: string;
}

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error).split('\n')[0].trim();
  }
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { errors?: unknown[] };
}

async function measure(url: string, db: Database, operation: Operation, inputs: string[]): Promise<Summary> {
  for (const input of inputs.slice(0, 10)) await post(url, operation.query, operation.variables(input));
  const latencies: number[] = [];
  let errors = 0;
  const tripsBefore = db.roundTrips;
  for (const input of inputs) {
    const started = performance.now();
    const result = await post(url, operation.query, operation.variables(input));
    latencies.push(performance.now() - started);
    if (result.errors) errors += 1;
  }
  return summarise(latencies, db.roundTrips - tripsBefore, errors);
}

async function main(): Promise<void> {
  const options = program.parse().opts<Options>();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-api-bench-'));
  ensureLauncherBuilt((message) => console.log(message));
  const neo4j = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, heapSize: options.heap, pageCacheSize: options.pagecache });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'neo4j' });
  try {
    await applyMigrations(driver, 'neo4j');
    const generationStart = performance.now();
    const bank = generateBank({ persons: options.persons, seed: options.seed });
    const generationMs = performance.now() - generationStart;

    const bar = new cliProgress.SingleBar({ format: '{phase} [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic);
    bar.start(1, 0, { phase: 'import' });
    const stats = await importBank(driver, 'neo4j', bank, (done, total, phase) => {
      bar.setTotal(total);
      bar.update(done, { phase: `import ${phase}` });
    });
    bar.stop();
    const importSeconds = stats.elapsedMs / 1000;

    const db = new Database(driver, 'neo4j');
    const server = await createServer(await createSchema(), db, createLogger('silent'));
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;

    const refreshStart = performance.now();
    const refresh = await post(url, 'mutation { refreshInsights { __typename } }', {});
    const refreshSeconds = (performance.now() - refreshStart) / 1000;
    if (refresh.errors) console.error('refreshInsights failed:', JSON.stringify(refresh.errors));

    const pools = await readInputPools(driver);
    const random = seededRandom(options.seed);
    const selected = operations.filter((operation) => !options.only || operation.name.includes(options.only));
    const results: Record<string, Summary> = {};
    const progress = new cliProgress.SingleBar({ format: 'measuring [{bar}] {value}/{total} {operation}' }, cliProgress.Presets.shades_classic);
    progress.start(selected.length, 0, { operation: '' });
    for (const operation of selected) {
      progress.update({ operation: operation.name });
      const inputs = sample(pools[operation.pool], options.samples, random);
      if (inputs.length > 0) results[operation.name] = await measure(url, db, operation, inputs);
      progress.increment();
    }
    progress.stop();
    await server.stop();

    const report = {
      persons: options.persons,
      seed: options.seed,
      samplesPerOperation: options.samples,
      commandLine: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        java: versionOf('java', ['-version']),
        neo4j: '5.26 (embedded, see neo4j-launcher/pom.xml)',
        neo4jHeap: options.heap,
        neo4jPageCache: options.pagecache,
      },
      generation: { seconds: Math.round(generationMs) / 1000 },
      import: {
        seconds: importSeconds,
        nodes: stats.nodes,
        relationships: stats.relationships,
        personsPerSecond: Math.round(options.persons / importSeconds),
        relationshipsPerSecond: Math.round(stats.relationships / importSeconds),
      },
      refreshInsightsSeconds: Math.round(refreshSeconds * 100) / 100,
      latencyMs: results,
    };
    fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
    const file = path.join(projectRoot, 'bench', 'results', `${options.persons}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\n${options.persons} persons: import ${importSeconds.toFixed(1)} s (${report.import.personsPerSecond} persons/s, ` +
      `${report.import.relationshipsPerSecond} relationships/s), refreshInsights ${report.refreshInsightsSeconds} s`);
    console.table(Object.fromEntries(Object.entries(results).map(([name, s]) => [name, { p50: s.p50, p95: s.p95, p99: s.p99, trips: s.roundTripsPerRequest, errors: s.errors }])));
    console.log(`written to ${path.relative(projectRoot, file)}`);
  } finally {
    await driver.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
