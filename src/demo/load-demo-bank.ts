import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger';
import { generateBank } from './generate-bank';
import { importBank } from './import-bank';

/**
 * Loads the seeded demo bank, but only into an empty graph: a graph that
 * holds anything is the user's, and is never touched.
 */
export async function loadDemoBankIfEmpty(
  driver: Driver,
  database: string,
  persons: number,
  seed: number,
  logger: Logger,
): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS hasData LIMIT 1', {}, { database });
  if (records[0].get('hasData')) {
    logger.info('graph already holds data: demo bank not loaded');
    return false;
  }
  const startedAt = Date.now();
  // The graph was just found empty, so the import may CREATE instead of MERGE.
  const stats = await importBank(driver, database, generateBank({ persons, seed }), undefined, { fresh: true });
  logger.info({ persons, seed, ms: Date.now() - startedAt, stats }, 'demo bank loaded');
  return true;
}
