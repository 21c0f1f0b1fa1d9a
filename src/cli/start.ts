import 'reflect-metadata';
import { signToken } from '../auth/tokens';
import { loadSettings, logFormatOf, tokenSettingsOf, usesDevelopmentSecret } from '../config';
import { findStaffMember } from '../db/staff';
import { DEMO_ADMIN_ID } from '../demo/branches-and-staff';
import { StaffRole } from '../domain/model';
import { MissingToolError } from '../embedded/embedded-neo4j';
import { createLogger } from '../logger';
import { startService } from '../service';

/** `npm start`; SIGTERM or Ctrl-C drains requests, then stops Neo4j cleanly. */
async function main(): Promise<void> {
  const settings = loadSettings();
  const logger = createLogger(settings.LOG_LEVEL, logFormatOf(settings));
  const service = await startService(settings, logger);
  logger.info(`API ready at ${service.url}, relationship explorer at ${service.explorerUrl}`);
  if (usesDevelopmentSecret(settings)) {
    // The development secret is public, so anyone could make this token: say so, and save the local user a step.
    logger.warn('JWT_SECRET is unset: tokens are checked with the public development secret; never expose this server.');
    // Tokens must name an active member of staff: the demo bank's administrator.
    const admin = await findStaffMember(service.database.db, DEMO_ADMIN_ID);
    if (admin?.active && admin.role === StaffRole.ADMIN) {
      const token = await signToken({ staffId: admin.id, role: admin.role, branchId: admin.branchId }, tokenSettingsOf(settings));
      logger.info(`Development ADMIN token for ${admin.id} ${admin.name} (8 h; other staff: npm run token -- --help):\n${token}`);
    } else {
      logger.info(`No development token: the graph has no active ADMIN ${DEMO_ADMIN_ID} (the demo bank's); npm run token -- --staff <id> makes one for your staff.`);
    }
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
