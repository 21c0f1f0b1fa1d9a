import 'reflect-metadata';
import { openDatabase } from '../bootstrap';
import { loadSettings } from '../config';
import { loadDemoBankIfEmpty } from '../demo/load-demo-bank';
import { MissingToolError } from '../embedded/embedded-neo4j';
import { createSchema } from '../graphql/schema';
import { createLogger } from '../logger';
import { createServer } from '../server';

/**
 * `npm start`: the database (embedded unless NEO4J_URI is set), the demo
 * bank on an empty graph (unless DEMO_DATA=false), then the API.
 */
async function main(): Promise<void> {
  const settings = loadSettings();
  const logger = createLogger(settings.LOG_LEVEL);
  const database = await openDatabase(settings, logger);
  if (settings.DEMO_DATA) {
    await loadDemoBankIfEmpty(database.driver, settings.NEO4J_DATABASE, settings.DEMO_PERSONS, settings.DEMO_SEED, logger);
  }
  const server = await createServer(await createSchema(), database.db, logger);
  await new Promise<void>((resolve) => server.httpServer.listen(settings.PORT, resolve));
  logger.info(`API ready at http://localhost:${settings.PORT}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests, then closing the database');
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Start-up problems are the operator's: a clear line, no stack for known ones.
  const known = error instanceof MissingToolError || (error instanceof Error && error.message.startsWith('Invalid settings'));
  console.error(known ? `Cannot start: ${(error as Error).message}` : error);
  process.exit(1);
});
