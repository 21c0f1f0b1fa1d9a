import { Command, Option } from 'commander';
import { decodeJwt } from 'jose';
import { signToken } from '../auth/tokens';
import { loadSettings, Settings, tokenSettingsOf, usesDevelopmentSecret } from '../config';
import { Database } from '../db/database';
import { createDriver } from '../db/driver';
import { findStaffMember } from '../db/staff';
import { StaffRole } from '../domain/model';
import type { StaffRecord } from '../domain/records';

/**
 * `npm run token -- --staff S0004 [--role RELATIONSHIP_MANAGER] [--branch B001] [--expires 8h]`:
 * prints a bearer token signed with JWT_SECRET (or the development secret
 * when it is unset), for local use and for trying roles. The server only
 * accepts tokens whose role and branch are the staff member's, so both come
 * from their record in the graph (NEO4J_URI, or the embedded Neo4j of a
 * running `npm start`); --role and --branch, when given, must agree with
 * it. With RS256 the identity provider signs tokens, so this command refuses.
 */
async function main(): Promise<void> {
  const program: Command = new Command('token')
    .description('Prints a signed bearer token for a member of staff, with the role and branch of their record.')
    .requiredOption('--staff <id>', 'staff id (the `sub` claim)')
    .addOption(new Option('--role <role>', 'their role; checked against their record').choices(Object.values(StaffRole)))
    .option('--branch <id>', 'their branch; checked against their record')
    .option('--expires <duration>', 'lifetime, e.g. 30m, 8h (at most JWT_MAX_LIFETIME_MINUTES)', '8h')
    .parse();
  const options = program.opts<{ staff: string; role?: StaffRole; branch?: string; expires: string }>();
  const settings = loadSettings();
  if (settings.JWT_ALGORITHM !== 'HS256') program.error('JWT_ALGORITHM is RS256: tokens come from your identity provider.');
  const staff = await lookUp(settings, options.staff);
  if (!staff) program.error(`No member of staff "${options.staff}" in the graph.`);
  if (!staff.active) program.error(`${staff.id} is deactivated: the server refuses their tokens.`);
  if (options.role && options.role !== staff.role) program.error(`${staff.id} is ${staff.role}, not ${options.role}.`);
  if (options.branch !== undefined && options.branch !== staff.branchId) {
    program.error(`${staff.id} is based at ${staff.branchId ?? 'no branch'}, not ${options.branch}.`);
  }
  const token = await signToken({ staffId: staff.id, role: staff.role, branchId: staff.branchId }, tokenSettingsOf(settings), options.expires);
  const { exp, iat } = decodeJwt(token);
  if (exp! - iat! > settings.JWT_MAX_LIFETIME_MINUTES * 60) {
    program.error(`--expires ${options.expires} is longer than the server accepts (JWT_MAX_LIFETIME_MINUTES=${settings.JWT_MAX_LIFETIME_MINUTES}).`);
  }
  if (usesDevelopmentSecret(settings)) console.error('Signed with the development secret (JWT_SECRET is unset): local use only.');
  console.log(token);
}

async function lookUp(settings: Settings, staffId: string): Promise<StaffRecord | null> {
  const uri = settings.NEO4J_URI ?? `bolt://127.0.0.1:${settings.NEO4J_BOLT_PORT}`;
  const db = new Database(createDriver({ uri, user: settings.NEO4J_USER, password: settings.NEO4J_PASSWORD }), settings.NEO4J_DATABASE);
  try {
    return await findStaffMember(db, staffId);
  } catch (error) {
    throw new Error(`cannot look ${staffId} up in Neo4j at ${uri} (is npm start running?): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Cannot make a token: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
