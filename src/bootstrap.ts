import type { Driver } from 'neo4j-driver';
import type { Settings } from './config';
import { Database } from './db/database';
import { createDriver, waitForDatabase } from './db/driver';
import { applyMigrations } from './db/migrate';
import { EmbeddedNeo4j, ensureLauncherBuilt, startEmbeddedNeo4j } from './embedded/embedded-neo4j';
import type { Logger } from './logger';

export interface DatabaseHandle {
  uri: string;
  driver: Driver;
  db: Database;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise builds (if needed) and starts
 * the embedded Neo4j. Waits for Bolt and applies the migrations either way.
 */
export async function openDatabase(settings: Settings, logger: Logger): Promise<DatabaseHandle> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = settings.NEO4J_URI;
  if (!uri) {
    ensureLauncherBuilt((message) => logger.info(message));
    const startedAt = Date.now();
    embedded = await startEmbeddedNeo4j({
      port: settings.NEO4J_BOLT_PORT,
      dataDir: settings.NEO4J_DATA_DIR,
      heapSize: settings.NEO4J_HEAP_SIZE,
      pageCacheSize: settings.NEO4J_PAGECACHE_SIZE,
      onOutput: (line) => logger.debug({ neo4j: line }, 'embedded neo4j'),
    });
    uri = embedded.uri;
    logger.info({ uri, dataDir: settings.NEO4J_DATA_DIR, ms: Date.now() - startedAt }, 'embedded Neo4j started');
  }
  const driver = createDriver({ uri, user: settings.NEO4J_USER, password: settings.NEO4J_PASSWORD });
  try {
    await waitForDatabase(driver);
    const statements = await applyMigrations(driver, settings.NEO4J_DATABASE);
    logger.info({ statements }, 'migrations applied');
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  const started = embedded;
  const db = new Database(driver, settings.NEO4J_DATABASE);
  return {
    uri,
    driver,
    db,
    embedded,
    close: async () => {
      await db.close();
      await started?.stop();
    },
  };
}
