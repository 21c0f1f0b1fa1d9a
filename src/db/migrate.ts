import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypherDir } from '../paths';

const migrationsDir = path.join(cypherDir, 'migrations');

/** Statements of every migration file, in file-name order; `;` ends a statement. */
export function migrationStatements(): { file: string; statement: string }[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      fs
        .readFileSync(path.join(migrationsDir, file), 'utf8')
        .split(';')
        .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter((statement) => statement.length > 0)
        .map((statement) => ({ file, statement })),
    );
}

/**
 * Applies every migration. Each statement is idempotent (IF NOT EXISTS), so
 * running them all at every start is safe and needs no bookkeeping. Each
 * runs in its own managed transaction (schema commands cannot share one with
 * data writes), which retries transient errors: instances starting together
 * can deadlock on the schema lock.
 */
export async function applyMigrations(driver: Driver, database: string): Promise<number> {
  const statements = migrationStatements();
  const session = driver.session({ database });
  try {
    for (const { file, statement } of statements) {
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (error) {
        throw new Error(`Migration ${file} failed on: ${statement}\n${(error as Error).message}`);
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}
