import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadSettings } from '../config';
import { createDriver, waitForDatabase } from '../db/driver';
import { applyMigrations } from '../db/migrate';
import { generateBank, type GeneratedBank } from '../demo/generate-bank';
import { importBank, type ImportStats } from '../demo/import-bank';

/**
 * `node dist/src/cli/generate.js --persons 100000 --uri bolt://127.0.0.1:7687`:
 * generates the seeded demo bank and imports it into a running Neo4j,
 * applying the schema migrations first. Connection settings default to
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; size and seed to
 * DEMO_PERSONS and DEMO_SEED (2,000 and 20261123).
 */

interface GenerateOptions {
  persons: number;
  seed: number;
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batchSize: number;
}

function positiveInteger(what: string): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1) {
      throw new InvalidArgumentError(`${what} must be a whole number of at least 1, e.g. 2000; got "${value}".`);
    }
    return parsed;
  };
}

function integer(value: string): number {
  const parsed = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(parsed)) {
    throw new InvalidArgumentError(`the seed must be a whole number, e.g. 20261123; got "${value}".`);
  }
  return parsed;
}

export function buildProgram(defaults: { persons: number; seed: number }): Command {
  // Connection settings are filled in after parsing, so help never prints a password from the environment.
  return new Command('generate')
    .description(
      'Generate the seeded demo bank and import it into Neo4j (migrations are applied first). Rows merge by id, ' +
        'so a re-run of the same seed and size changes nothing; load a different seed or size into an empty database.',
    )
    .option('--persons <n>', 'number of persons (env DEMO_PERSONS)', positiveInteger('--persons'), defaults.persons)
    .option('--seed <s>', 'seed: the same seed and size give the same bank (env DEMO_SEED)', integer, defaults.seed)
    .option('--uri <uri>', 'Bolt URI of Neo4j, e.g. bolt://127.0.0.1:7687 (env NEO4J_URI)')
    .option('--user <user>', 'Neo4j user (env NEO4J_USER, else "neo4j")')
    .option('--password <password>', 'Neo4j password (env NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE, else "neo4j")')
    .option('--batch-size <n>', 'rows per import statement', positiveInteger('--batch-size'), 5000)
    .showHelpAfterError('(run with --help for usage)');
}

/** Parses `argv`, generates, migrates and imports; resolves with the import's statistics. */
export async function runGenerate(argv: readonly string[]): Promise<ImportStats> {
  const settings = loadSettings();
  const program: Command = buildProgram({ persons: settings.DEMO_PERSONS, seed: settings.DEMO_SEED });
  program.parse(argv as string[]);
  const options = program.opts<GenerateOptions>();
  const uri = options.uri ?? settings.NEO4J_URI;
  const user = options.user ?? settings.NEO4J_USER;
  const password = options.password ?? settings.NEO4J_PASSWORD;
  const database = options.database ?? settings.NEO4J_DATABASE;
  if (!uri) {
    program.error('No Neo4j to write to: set NEO4J_URI (e.g. NEO4J_URI=bolt://127.0.0.1:7687) or pass --uri bolt://host:7687.', {
      exitCode: 2,
    });
  }

  const generatedAt = performance.now();
  const bank = generateBank({ persons: options.persons, seed: options.seed });
  const generationMs = performance.now() - generatedAt;
  console.log(`Generated the demo bank (seed ${options.seed}) in ${seconds(generationMs)}: ${describe(bank)}.`);

  const driver = createDriver({ uri, user, password });
  try {
    await waitForDatabase(driver, 30_000);
    const migrations = await applyMigrations(driver, database);
    console.log(`Applied ${migrations} schema statements to ${uri} (database "${database}").`);

    const bar = new cliProgress.SingleBar(
      {
        format: 'Importing [{bar}] {percentage}% | {value}/{total} rows | {phase}',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    // The bar draws only on a terminal; a log (CI, a pipe) gets one line per phase instead.
    const interactive = process.stderr.isTTY === true;
    let lastPhase = '';
    bar.start(1, 0, { phase: 'starting' });
    let stats: ImportStats;
    try {
      stats = await importBank(
        driver,
        database,
        bank,
        (done, total, phase) => {
          bar.setTotal(total);
          bar.update(done, { phase });
          if (!interactive && phase !== lastPhase) console.log(`Importing ${phase} (${count(done)}/${count(total)} rows done)`);
          lastPhase = phase;
        },
        { batchSize: options.batchSize },
      );
    } finally {
      bar.stop();
    }
    console.log(summary(bank, stats));
    return stats;
  } finally {
    await driver.close();
  }
}

function describe(bank: GeneratedBank): string {
  return [
    `${count(bank.persons.length)} persons`,
    `${count(bank.households.length)} households`,
    `${count(bank.organizations.length)} organizations`,
    `${count(bank.staff.length)} staff in ${bank.branches.length} branches`,
    `${count(bank.familyTies.length + bank.acquaintances.length)} family and acquaintance ties`,
    `${count(bank.holdings.length)} holdings`,
    `${count(bank.referrals.length)} referrals`,
  ].join(', ');
}

function summary(bank: GeneratedBank, stats: ImportStats): string {
  const perSecond = (value: number): string => count(Math.round(value / Math.max(stats.elapsedMs / 1000, 0.001)));
  const slowest = [...stats.phases].sort((a, b) => b.elapsedMs - a.elapsedMs).slice(0, 3);
  return [
    `Imported ${count(stats.nodes)} nodes and ${count(stats.relationships)} relationships in ${seconds(stats.elapsedMs)} ` +
      `(${count(stats.nodesCreated)} nodes and ${count(stats.relationshipsCreated)} relationships new, ${count(stats.batches)} batches): ` +
      `${perSecond(bank.persons.length)} persons/s, ${perSecond(stats.relationships)} relationships/s.`,
    `Slowest phases: ${slowest.map((p) => `${p.phase} ${seconds(p.elapsedMs)}`).join(', ')}.`,
  ].join('\n');
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

if (require.main === module) {
  runGenerate(process.argv).catch((error: unknown) => {
    // The operator's problems get one clear line; anything else its stack.
    const message = error instanceof Error ? error.message : String(error);
    const known = /Invalid settings|not reachable|Migration|Importing|unique constraint/.test(message);
    console.error(known ? `generate: ${message}` : error);
    process.exit(1);
  });
}
