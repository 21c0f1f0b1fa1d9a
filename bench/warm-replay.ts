import 'reflect-metadata';
import fs from 'node:fs';
import { Command } from 'commander';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { applyMigrations } from '../src/db/migrate';
import { findPersonsByIds } from '../src/db/persons';
import { generateBank } from '../src/demo/generate-bank';
import { importBank } from '../src/demo/import-bank';
import { ensureLauncherBuilt, findFreePort, startEmbeddedNeo4j } from '../src/embedded/embedded-neo4j';
import { findWarmIntroductions } from '../src/insights/warm-introductions';
import { readInputPools } from './input-pools';
import { machineLoad } from './machine';
import { profileStatement } from './profile';
import { percentile, sample, seededRandom, summarise } from './stats';

/**
 * `node dist/bench/warm-replay.js --data-dir /tmp/bank-100k --out after.json [--compare before.json]`:
 * the bench's warmIntroductions inputs (same seed, same sample) run in process
 * against a kept bank (imported on first use), counting statements and rows
 * per request, so a change to the search can be judged by its work and its
 * answers (paths and scores compared with an earlier run) without the whole bench.
 */
const integer = (value: string): number => Number.parseInt(value, 10);
const options = new Command('warm-replay')
  .option('--data-dir <dir>', 'Neo4j data directory, kept between runs (an embedded Neo4j is started on it)')
  .option('--uri <uri>', 'a running Neo4j instead (user neo4j, password neo4j)')
  .requiredOption('--out <file>', 'where to write each request\'s answer and work')
  .option('--compare <file>', 'an earlier --out to compare answers with')
  .option('--persons <n>', 'persons in the bank, when it is imported', integer, 100_000)
  .option('--samples <n>', 'requests: 10 warm-up, then timed, then the profiled', integer, 230)
  .option('--profiled <n>', 'requests whose statements are also run under PROFILE (db hits)', integer, 20)
  .option('--seed <n>', 'seed of the bank and of the input sample', integer, 20261123)
  .parse()
  .opts<{ dataDir?: string; uri?: string; out: string; compare?: string; persons: number; samples: number; profiled: number; seed: number }>();

interface Answer {
  input: string;
  ms: number;
  statements: number;
  rows: number;
  dbHits: number | null;
  /** Per statement: persons asked for (ids), the last round's filter (reaching), rows returned. */
  trips: string[];
  truncated: boolean;
  paths: string[];
}

const AS_OF = new Date('2026-11-23T12:00:00Z');

async function main(): Promise<void> {
  if (!options.uri && !options.dataDir) throw new Error('Give --data-dir or --uri.');
  if (!options.uri) ensureLauncherBuilt((message) => console.log(message));
  const neo4j = options.uri
    ? null
    : await startEmbeddedNeo4j({ port: await findFreePort(), dataDir: options.dataDir ?? '', heapSize: '2g', pageCacheSize: '1g' });
  const driver = createDriver({ uri: options.uri ?? neo4j!.uri, user: 'neo4j', password: 'neo4j' });
  try {
    await applyMigrations(driver, 'neo4j');
    const { records } = await driver.executeQuery('MATCH (p:Person) RETURN count(p) AS n', {}, { database: 'neo4j' });
    if (Number(records[0].get('n')) === 0) {
      console.log(`importing ${options.persons} persons …`);
      await importBank(driver, 'neo4j', generateBank({ persons: options.persons, seed: options.seed }));
    }
    const pools = await readInputPools(driver);
    const inputs = sample(pools.introductionTargets, options.samples, seededRandom(options.seed));
    const db = new Database(driver, 'neo4j');
    let rows = 0;
    let trips: string[] = [];
    let profiling = false;
    let dbHits = 0;
    const read = db.read.bind(db);
    db.read = async (query, params, map) => {
      const result = await read(query, params, map);
      rows += result.length;
      const size = (value: unknown) => (Array.isArray(value) ? value.length : value === true ? 'ACTIVE' : '-');
      let hits = '';
      if (profiling) {
        const profile = await profileStatement(driver, { query, params });
        dbHits += profile.dbHits;
        hits = ` (${profile.dbHits} hits)`;
      }
      trips.push(`${size(params.ids)}/${size(params.reaching ?? params.reachingActive)}→${result.length}${hits}`);
      return result;
    };
    const loadStart = machineLoad();
    const answers: Answer[] = [];
    for (const [i, input] of inputs.entries()) {
      profiling = i >= inputs.length - options.profiled;
      dbHits = 0;
      const [prospectId, staffId] = input.split('|');
      const [statements0, rows0, started] = [db.roundTrips, rows, performance.now()];
      trips = [];
      const [prospect] = await findPersonsByIds(db, [prospectId]);
      // As the API's default page asks: its 5 paths, and one more to tell whether another page follows.
      const slice = { offset: 0, take: 6 };
      const found = await findWarmIntroductions(db, { prospect, fromStaffId: staffId, maxHops: 4, slice, asOf: AS_OF }, async (ids) =>
        new Map((await findPersonsByIds(db, [...new Set(ids)])).map((person) => [person.id, person] as const)),
      );
      const ms = performance.now() - started;
      if (!found) throw new Error(`replay input ${input} names an unknown member of staff`);
      const paths = found.paths.slice(0, 5).map((path) => `${path.score} ${[path.introducer.id, ...path.steps.map((step) => step.to.id)].join('>')}`);
      answers.push({ input, ms, statements: db.roundTrips - statements0, rows: rows - rows0, dbHits: profiling ? dbHits : null, trips, truncated: found.truncated, paths });
    }
    const measured = answers.slice(10, answers.length - options.profiled);
    const latency = summarise(measured.map((a) => a.ms), 0, 0);
    const perRequest = (pick: (a: Answer) => number) => measured.map(pick);
    console.log(`load ${loadStart} → ${machineLoad()}`);
    console.log(`ms p50 ${latency.p50} p95 ${latency.p95} p99 ${latency.p99}`);
    const statements = perRequest((a) => a.statements);
    console.log(`statements mean ${(statements.reduce((s, n) => s + n, 0) / statements.length).toFixed(2)}`);
    const rowCounts = perRequest((a) => a.rows).sort((a, b) => a - b);
    console.log(`rows p50 ${percentile(rowCounts, 0.5)} p95 ${percentile(rowCounts, 0.95)} max ${Math.max(...rowCounts)} mean ${Math.round(rowCounts.reduce((s, n) => s + n, 0) / rowCounts.length)}`);
    const hits = answers.flatMap((a) => (a.dbHits === null ? [] : [a.dbHits]));
    console.log(`db hits mean of the last ${hits.length} (profiled, not timed): ${Math.round(hits.reduce((s, n) => s + n, 0) / Math.max(1, hits.length))}`);
    console.log(`truncated ${answers.filter((a) => a.truncated).length} of ${answers.length}`);
    fs.writeFileSync(options.out, JSON.stringify(answers, null, 1));
    if (options.compare) {
      const before = JSON.parse(fs.readFileSync(options.compare, 'utf8')) as Answer[];
      const differing = answers.filter((a, i) => JSON.stringify(a.paths) !== JSON.stringify(before[i]?.paths));
      console.log(`answers differing from ${options.compare}: ${differing.length} of ${answers.length}`);
      for (const a of differing.slice(0, 5)) {
        const b = before[answers.indexOf(a)];
        console.log(a.input, '\n  before', b?.truncated, b?.paths, '\n  after ', a.truncated, a.paths);
      }
    }
  } finally {
    await driver.close();
    await neo4j?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
