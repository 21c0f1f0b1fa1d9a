import { Command, Option } from 'commander';
import { signToken } from '../auth/tokens';
import { loadSettings, tokenSettingsOf, usesDevelopmentSecret } from '../config';
import { StaffRole } from '../domain/model';

/**
 * `npm run token -- --staff S0001 --role RELATIONSHIP_MANAGER [--branch B01] [--expires 8h]`:
 * prints a bearer token signed with JWT_SECRET (or the development secret
 * when it is unset), for local use and for trying roles. With RS256 the
 * identity provider signs tokens, so this command refuses.
 */
function main(): Promise<void> {
  const program = new Command('token')
    .description('Prints a signed bearer token for a member of staff.')
    .requiredOption('--staff <id>', 'staff id (the `sub` claim)')
    .addOption(new Option('--role <role>', 'role').choices(Object.values(StaffRole)).makeOptionMandatory())
    .option('--branch <id>', "the staff member's branch (needed for BRANCH_HEAD)")
    .option('--expires <duration>', 'lifetime, e.g. 30m, 8h, 7d', '8h')
    .parse();
  const options = program.opts<{ staff: string; role: StaffRole; branch?: string; expires: string }>();
  if (options.role === StaffRole.BRANCH_HEAD && !options.branch) program.error('A BRANCH_HEAD token needs --branch <id>.');
  const settings = loadSettings();
  if (settings.JWT_ALGORITHM !== 'HS256') program.error('JWT_ALGORITHM is RS256: tokens come from your identity provider.');
  if (usesDevelopmentSecret(settings)) console.error('Signed with the development secret (JWT_SECRET is unset): local use only.');
  const viewer = { staffId: options.staff, role: options.role, branchId: options.branch ?? null };
  return signToken(viewer, tokenSettingsOf(settings), options.expires).then((token) => console.log(token));
}

main().catch((error: unknown) => {
  console.error(`Cannot make a token: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
