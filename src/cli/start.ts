import 'reflect-metadata';
import { loadSettings } from '../config';
import { MissingToolError } from '../embedded/embedded-neo4j';
import { createLogger } from '../logger';
import { startService } from '../service';

/** `npm start`; SIGTERM or Ctrl-C drains requests, then stops Neo4j cleanly. */
async function main(): Promise<void> {
  const settings = loadSettings();
  const logger = createLogger(settings.LOG_LEVEL);
  const service = await startService(settings, logger);
  logger.info(`API ready at ${service.url}`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests, then closing the database');
    await service.stop();
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
