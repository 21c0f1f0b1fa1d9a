import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { BenchReport, readReports } from './report';
import { checkGrowth, checkTargets } from './targets';

/**
 * bench/RESULTS.md, generated from every bench/results/<persons>.json
 * present, so the figures of each size sit side by side and show how each
 * query's cost grows with the graph. `npm run bench:report` rebuilds it.
 */
type Cell = string | number | null | undefined;

function table(header: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => `| ${cells.map((c) => (c === null || c === undefined ? '—' : String(c))).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const size = (n: number): string => n.toLocaleString('en');
const met = (value: boolean | null): string => (value === null ? 'n/a at this size' : value ? 'met' : '**missed**');
const growth = (from: number | undefined, to: number | undefined): string =>
  from === undefined || to === undefined || from === 0 ? '—' : `×${(to / from).toFixed(1)}`;

function runsSection(reports: BenchReport[]): string {
  return table(
    ['persons', 'date', 'command', 'machine', 'load (uptime) at start → load phase'],
    reports.map((r) => [
      size(r.persons),
      r.date.slice(0, 16).replace('T', ' '),
      `\`${r.commandLine}\``,
      `${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; Node ${r.machine.node}; ${r.machine.java}; ${r.machine.neo4j}; heap ${r.machine.neo4jHeap}, page cache ${r.machine.neo4jPageCache}`,
      Object.entries(r.machineLoad).map(([phase, load]) => `${phase}: ${load.replace(/^.*load average/, 'load average')}`).join('<br>'),
    ]),
  );
}

function importSection(reports: BenchReport[]): string {
  return table(
    ['persons', 'nodes', 'relationships', 'generate s', 'import s', 'persons/s', 'relationships/s', 'refreshInsights s', 'betweenness'],
    reports.map((r) => [
      size(r.persons),
      size(r.import.nodes),
      size(r.import.relationships),
      r.generation.seconds,
      r.import.seconds,
      r.import.personsPerSecond,
      r.import.relationshipsPerSecond,
      r.refreshInsights.seconds,
      r.refreshInsights.seconds === null
        ? 'not run (--import-only)'
        : r.refreshInsights.run
          ? r.refreshInsights.run.betweennessExact
            ? 'exact'
            : `sampled, ${String(r.refreshInsights.run.betweennessSamples)} pivots`
          : 'failed',
    ]),
  );
}

/** Rows per second of each import phase at each size: where the import's time goes. */
function importPhasesSection(reports: BenchReport[]): string {
  const phases = [...new Set(reports.flatMap((r) => r.import.phases.map((p) => p.phase)))];
  return table(
    ['phase', ...reports.map((r) => `rows @${size(r.persons)}`), ...reports.map((r) => `s @${size(r.persons)}`), ...reports.map((r) => `rows/s @${size(r.persons)}`)],
    phases.map((phase) => {
      const of = (r: BenchReport) => r.import.phases.find((p) => p.phase === phase);
      return [
        phase,
        ...reports.map((r) => of(r)?.rows),
        ...reports.map((r) => (of(r) ? (of(r)!.elapsedMs / 1000).toFixed(1) : null)),
        ...reports.map((r) => (of(r) ? Math.round((of(r)!.rows / of(r)!.elapsedMs) * 1000) : null)),
      ];
    }),
  );
}

/** Operation by operation, one column group per size: latency, statements, db hits. */
function growthSection(reports: BenchReport[]): string {
  const names = [...new Set(reports.flatMap((r) => Object.keys(r.operations)))];
  const first = reports[0];
  const last = reports[reports.length - 1];
  return table(
    ['operation', ...reports.map((r) => `${size(r.persons)}: p50 / p95 / p99 ms`), 'round trips', ...reports.map((r) => `db hits @${size(r.persons)}`), 'db hits growth'],
    names.map((name) => [
      name,
      ...reports.map((r) => {
        const s = r.operations[name]?.latencyMs;
        return s ? `${s.p50} / ${s.p95} / ${s.p99}${s.errors ? ` (${s.errors} errors)` : ''}` : null;
      }),
      [...new Set(reports.map((r) => r.operations[name]?.latencyMs.roundTripsPerRequest))].filter((x) => x !== undefined).join(' / '),
      ...reports.map((r) => r.operations[name]?.work.dbHits),
      growth(first.operations[name]?.work.dbHits, last.operations[name]?.work.dbHits),
    ]),
  );
}

function connectionsSection(reports: BenchReport[]): string {
  const names = [...new Set(reports.flatMap((r) => Object.entries(r.operations).filter(([, o]) => o.group === 'connection').map(([n]) => n)))];
  return table(
    ['connection', ...reports.flatMap((r) => [`matched rows @${size(r.persons)}`, `db hits @${size(r.persons)}`, `hits per matched row @${size(r.persons)}`]), 'scans in the plan'],
    names.map((name) => [
      name,
      ...reports.flatMap((r) => {
        const o = r.operations[name];
        if (!o) return [null, null, null];
        return [o.matchedRows, o.work.dbHits, o.matchedRows ? (o.work.dbHits / o.matchedRows).toFixed(1) : null];
      }),
      [...new Set(reports.flatMap((r) => r.operations[name]?.work.scans ?? []))].join(', ') || 'none',
    ]),
  );
}

/** For the largest run: how much of a request waits on Neo4j, and which statements do the work. */
function timeSection(r: BenchReport): string {
  return table(
    ['operation', 'request ms', 'waiting on Neo4j ms', 'statements (count × named query: db hits)'],
    Object.entries(r.operations).map(([name, o]) => [
      name,
      o.work.requestMs,
      o.work.dbWallMs,
      o.work.statements.map((s) => `${s.count > 1 ? `${s.count} × ` : ''}${s.statement}: ${s.dbHits}`).join('<br>'),
    ]),
  );
}

function rawSection(r: BenchReport): string {
  return (
    table(
      ['read', 'API p50 / p95 ms', 'raw Cypher p50 / p95 ms', 'p50 ratio', 'p95 ratio', 'raw auto-commit p50 ms', 'p50 ratio to auto-commit', 'API round trips', 'db hits API / raw', 'same data'],
      Object.entries(r.rawCypher).map(([name, c]) => [
        name,
        `${c.api.p50} / ${c.api.p95}`,
        `${c.raw.p50} / ${c.raw.p95}`,
        c.p50Ratio,
        c.p95Ratio,
        c.rawAutoCommit?.p50 ?? '—',
        c.p50RatioToAutoCommit ?? '—',
        c.api.roundTripsPerRequest,
        `${c.apiDbHits} / ${c.rawDbHits}`,
        c.sameData ? 'yes' : 'NO',
      ]),
    ) +
    '\n\n"raw Cypher" is `driver.executeQuery`, the driver\'s documented way to run one query (a managed transaction: BEGIN, RUN, COMMIT); the target ratio is to it. "raw auto-commit" sends the same statement with `session.run` (RUN only), the way the API sends its reads since FIXES.md §8, so its ratio is the GraphQL layer alone: HTTP, parsing, authentication, resolvers and JSON.'
  );
}

function nestedSection(r: BenchReport): string {
  const n = r.nestedPage;
  if (!n) return '_not measured_';
  const labels = { api: 'ours (DataLoader)', 'neo4j-graphql': '@neo4j/graphql', plain: 'plain resolvers (N+1)' } as const;
  return `${table(
    ['implementation', 'p50 ms', 'p95 ms', 'p99 ms', 'statements / request', 'db hits / request', 'waiting on Neo4j ms (of request ms)', 'errors'],
    (Object.keys(labels) as (keyof typeof labels)[]).map((k) => {
      const { latencyMs: s, work } = n.results[k];
      return [labels[k], s.p50, s.p95, s.p99, s.roundTripsPerRequest, work.dbHits, `${work.dbWallMs} (${work.requestMs})`, s.errors];
    }),
  )}\n\nThe page: 100 persons in id order after a seeded id (no filter), each with household (role, name), employers (title, name), holdings (balance, product name) and manager (name, branch name); the three answers are reduced to one shape and compared. Ours ÷ @neo4j/graphql (p50): **${n.p50RatioToNeo4jGraphQL}**; plain ÷ ours (p50): **${n.speedupOverPlain}×**; same data from all three: ${n.sameData ? 'yes' : '**no**'}.`;
}

function loadSection(reports: BenchReport[]): string {
  const runs = reports.filter((r) => r.load);
  const note =
    'Memory is the server process\'s own (the API runs in a child process; the load generator is the bench process). "idle" is after a forced GC before any concurrent request; "before" is after a forced GC following a short warm-up burst at the same concurrency (driver pool and sockets at working size); "after" is as the load left it, "after GC" after a forced full GC.';
  return `${note}\n\n${table(
    ['persons', 'connections × s', 'requests', 'req/s (mean)', 'latency p50 / p97.5 / p99 ms', 'errors', 'RSS idle / before → after (peak) MiB', 'heap used before → after GC MiB', 'statements / request'],
    runs.map(({ persons, load: l }) => [
      size(persons),
      `${l!.connections} × ${l!.seconds}`,
      l!.requests,
      l!.requestsPerSecond.mean,
      `${l!.latencyMs.p50} / ${l!.latencyMs.p97_5} / ${l!.latencyMs.p99}`,
      l!.errors,
      `${l!.memory.idle.rss} / ${l!.memory.before.rss} → ${l!.memory.after.rss} (${l!.memory.peakRss})`,
      `${l!.memory.before.heapUsed} → ${l!.memory.afterGc.heapUsed}`,
      l!.statementsPerRequest,
    ]),
  )}`;
}

export function renderResults(reports: BenchReport[]): string {
  // --import-only runs have import figures and nothing else.
  const measured = reports.filter((r) => Object.keys(r.operations).length > 0);
  const largest = measured[measured.length - 1];
  const growthChecks = checkGrowth(reports);
  const sections = [
    '# Benchmark results',
    '_Generated by `npm run bench` (or `npm run bench:report`) from bench/results/*.json; do not edit by hand._',
    'The fixes these runs led to, with before and after figures, are in [FIXES.md](FIXES.md) (hand-written); the runs before them are kept in bench/results/before/.',
    'Each run starts a fresh embedded Neo4j, imports the generated bank through src/demo/import-bank.ts, runs refreshInsights, then measures every read and insight query over HTTP one request at a time (seeded inputs), the same reads as raw Cypher, the nested page through three implementations, and a sustained mixed load. "db hits" come from PROFILE of the statements one request sends (mean over the first profiled inputs); unlike the clock they do not move with the machine\'s load. Round trips are statements sent to Neo4j per request. Requests go one at a time over a kept-alive node:http connection. The machine is shared with other people\'s test runs, so read latencies beside the load column of the run.',
    '## Runs',
    runsSection(reports),
    '## Import and refreshInsights',
    importSection(reports),
    '### Import phases',
    importPhasesSection(reports),
    ...(largest
      ? [
          '## Every operation through the API, and how its cost grows with the graph',
          growthSection(measured),
          '## totalCount and filtered connections: cost per matched row',
          connectionsSection(measured),
          `## Where the time and the database work go, ${size(largest.persons)} persons (first profiled request)`,
          timeSection(largest),
        ]
      : []),
    ...measured.flatMap((r) => [`## API over raw Cypher, ${size(r.persons)} persons`, rawSection(r)]),
    ...measured.flatMap((r) => [`## Nested page of 100 persons, ${size(r.persons)} persons`, nestedSection(r)]),
    '## Sustained load',
    loadSection(reports),
    ...reports.flatMap((r) => [
      `## Targets, ${size(r.persons)} persons`,
      table(['target', 'measured', ''], checkTargets(r).map((c) => [c.target, c.measured, met(c.met)])),
    ]),
    ...(growthChecks.length > 0
      ? ['## Targets across sizes: neighbourhood queries at 1,000,000 persons', table(['target', 'measured', ''], growthChecks.map((c) => [c.target, c.measured, met(c.met)]))]
      : []),
  ];
  return `${sections.join('\n\n')}\n`;
}

export function writeResultsMarkdown(): string {
  const file = path.join(projectRoot, 'bench', 'RESULTS.md');
  fs.writeFileSync(file, renderResults(readReports()));
  return file;
}

if (require.main === module) {
  console.log(`written ${path.relative(projectRoot, writeResultsMarkdown())}`);
}
