import 'reflect-metadata';
import { signToken } from '../auth/tokens';
import { loadSettings, tokenSettingsOf, usesDevelopmentSecret } from '../config';
import { StaffRole } from '../domain/model';
import { MissingToolError } from '../embedded/embedded-neo4j';
import { createLogger } from '../logger';
import { startService } from '../service';

/** `npm start`; SIGTERM or Ctrl-C drains requests, then stops Neo4j cleanly. */
async function main(): Promise<void> {
  const settings = loadSettings();
  const logger = createLogger(settings.LOG_LEVEL);
  const service = await startService(settings, logger);
  logger.info(`API ready at ${service.url}`);
  if (usesDevelopmentSecret(settings)) {
    // The development secret is public, so anyone could make this token: say so, and save the local user a step.
    const token = await signToken({ staffId: 'local-admin', role: StaffRole.ADMIN, branchId: null }, tokenSettingsOf(settings));
    logger.warn('JWT_SECRET is unset: tokens are checked with the public development secret; never expose this server.');
    logger.info(`Development ADMIN token (8 h; more roles: npm run token -- --help):\n${token}`);
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests, then closing the database');
    try {
      // Waits for requests in flight (Apollo's drain plugin; open connections are cut after 10 s), then closes the driver.
      await service.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
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
