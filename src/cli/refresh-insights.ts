import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadSettings } from '../config';
import { centralityStore, DEFAULT_BATCH_SIZE } from '../db/centralities';
import { Database } from '../db/database';
import { createDriver, waitForDatabase } from '../db/driver';
import { applyMigrations } from '../db/migrate';
import { type InsightRunRecord, refreshCentralities, RefreshPhase } from '../insights/refresh-insights';

/**
 * `node dist/src/cli/refresh-insights.js --uri bolt://127.0.0.1:7687`:
 * recomputes PageRank and betweenness over the whole people graph and stores
 * them on every person, like the refreshInsights mutation, with a progress
 * bar. Connection settings default to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD
 * and NEO4J_DATABASE.
 */

interface RefreshOptions {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batchSize: number;
  exactUpTo: number;
  /** Unset: betweenness's own default (defaultSamples in src/insights/betweenness.ts). */
  samples?: number;
  seed: number;
}

function wholeNumber(what: string, minimum: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < minimum) {
      throw new InvalidArgumentError(`${what} must be a whole number of at least ${minimum}; got "${value}".`);
    }
    return parsed;
  };
}

export function buildProgram(): Command {
  // Connection settings are filled in after parsing, so help never prints a password from the environment.
  return new Command('refresh-insights')
    .description('Recompute PageRank and betweenness over the people graph and store them on every person.')
    .option('--uri <uri>', 'Bolt URI of Neo4j, e.g. bolt://127.0.0.1:7687 (env NEO4J_URI)')
    .option('--user <user>', 'Neo4j user (env NEO4J_USER, else "neo4j")')
    .option('--password <password>', 'Neo4j password (env NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE, else "neo4j")')
    .option('--batch-size <n>', 'rows per read page and per write statement', wholeNumber('--batch-size', 1), DEFAULT_BATCH_SIZE)
    .option('--exact-up-to <n>', 'largest number of persons whose betweenness is computed exactly', wholeNumber('--exact-up-to', 0), 10_000)
    .option('--samples <k>', 'source pivots for sampled betweenness above that (default 1,000, fewer past ~1.25 million ties)', wholeNumber('--samples', 2))
    .option('--seed <s>', 'seed for choosing the pivots', wholeNumber('--seed', 0), 0)
    .showHelpAfterError('(run with --help for usage)');
}

/** Parses `argv`, migrates, refreshes; resolves with the run as stored. */
export async function runRefreshInsights(argv: readonly string[]): Promise<InsightRunRecord> {
  const settings = loadSettings();
  const program: Command = buildProgram();
  program.parse(argv as string[]);
  const options = program.opts<RefreshOptions>();
  const uri = options.uri ?? settings.NEO4J_URI;
  const database = options.database ?? settings.NEO4J_DATABASE;
  if (!uri) {
    program.error('No Neo4j to read: set NEO4J_URI (e.g. NEO4J_URI=bolt://127.0.0.1:7687) or pass --uri bolt://host:7687.', {
      exitCode: 2,
    });
  }

  const driver = createDriver({ uri, user: options.user ?? settings.NEO4J_USER, password: options.password ?? settings.NEO4J_PASSWORD });
  const bar = new cliProgress.SingleBar(
    { format: 'Refreshing [{bar}] {percentage}% | {value}/{total} {unit} | {phase}', hideCursor: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let run: InsightRunRecord;
  try {
    await waitForDatabase(driver, 30_000);
    await applyMigrations(driver, database);
    bar.start(1, 0, { phase: RefreshPhase.READING, unit: 'rows' });
    run = await refreshCentralities(centralityStore(new Database(driver, database), options.batchSize), {
      betweenness: { sampleThreshold: options.exactUpTo, samples: options.samples, seed: options.seed },
      onProgress: (phase, done, total) => {
        // PageRank reports against its iteration cap; it stops on convergence long before, so show iterations run.
        bar.setTotal(phase === RefreshPhase.PAGERANK ? done : total);
        bar.update(done, { phase, unit: unitOf(phase) });
      },
    });
  } finally {
    bar.stop();
    await driver.close();
  }
  console.log(summary(run));
  return run;
}

function unitOf(phase: RefreshPhase): string {
  switch (phase) {
    case RefreshPhase.READING:
      return 'rows';
    case RefreshPhase.PAGERANK:
      return 'iterations';
    case RefreshPhase.BETWEENNESS:
      return 'sources';
    case RefreshPhase.WRITING:
      return 'persons';
    default: {
      const unexpected: never = phase;
      throw new Error(`Unknown phase ${String(unexpected)}`);
    }
  }
}

function summary(run: InsightRunRecord): string {
  const betweenness = run.betweennessExact ? 'exact' : `sampled from ${run.betweennessSamples} sources`;
  return (
    `Stored PageRank (${run.pagerankIterations ?? 0} iterations) and betweenness (${betweenness}) for ` +
    `${run.persons.toLocaleString('en-US')} persons with ${run.ties.toLocaleString('en-US')} ties ` +
    `in ${(run.elapsedMs / 1000).toFixed(1)} s; the graph was read at ${run.computedAt.toISOString()}.`
  );
}

if (require.main === module) {
  runRefreshInsights(process.argv).catch((error: unknown) => {
    // The operator's problems get one clear line; anything else its stack.
    const message = error instanceof Error ? error.message : String(error);
    const known = /Invalid settings|not reachable|Migration|unavailable/.test(message);
    console.error(known ? `refresh-insights: ${message}` : error);
    process.exit(1);
  });
}
