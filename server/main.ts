import { Command, InvalidArgumentError } from 'commander';
import { ROLES, CLEARANCES, type Role, type Clearance } from './platform/access/principal.js';
import { createUser } from './platform/accounts/users-service.js';
import { findUserByEmail } from './platform/accounts/users-store.js';
import { appendAudit } from './platform/audit/audit-log.js';
import { verifyAuditChain } from './platform/audit/verify.js';
import { createApiToken } from './platform/auth/tokens.js';
import { AppError } from './platform/http/errors.js';
import { translate } from './platform/i18n/messages.js';
import { migrate } from './platform/db/migrate.js';
import { openDatabase } from './platform/db/database.js';
import { loadConfig } from './platform/config/config.js';
import { seedCoalition } from './domains/members/seed.js';
import { describeError, fail, openContext } from './cli/context.js';
import { buildWebIfNeeded, serve } from './cli/serve.js';
import { registerListCommands } from './cli/lists.js';
import { registerScreenCommand } from './cli/screen.js';

const program = new Command('tahaluf').description('Tahaluf: the coalition platform').showHelpAfterError();

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (value: string): T => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`${what} must be one of: ${values.join(', ')}`);
    return value as T;
  };
}

program
  .command('serve')
  .description('Migrate, seed and serve the web app and API (PORT, DATABASE_URL, DATA_DIR from the environment)')
  .option('--build-web-if-needed', 'build the web app first when its bundle is missing or stale', false)
  .action(async (opts: { buildWebIfNeeded: boolean }) => serve({ buildWeb: opts.buildWebIfNeeded }));

program
  .command('build-web')
  .description('Build the web app into dist/web when it is missing or older than its sources')
  .action(() => buildWebIfNeeded());

program
  .command('migrate')
  .description('Apply database migrations that have not been applied yet')
  .action(async () => {
    const config = loadConfig();
    const db = await openDatabase(config);
    const { applied } = await migrate(db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    await db.close();
  });

program
  .command('seed')
  .description('Insert the coalition reference data that is missing (safe to run again)')
  .action(async () => {
    const { db } = await openContext();
    const { inserted } = await seedCoalition(db);
    console.log(inserted ? `seeded ${inserted} records` : 'nothing to seed: all reference data is present');
    await db.close();
  });

const user = program.command('user').description('Manage accounts');
user
  .command('add')
  .description('Create an account and print its one-time password')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--state <code>', 'ISO 3166-1 alpha-2 code of the member state, or SECRETARIAT')
  .requiredOption('--role <role...>', `one or more of: ${ROLES.join(', ')}`)
  .requiredOption('--clearance <level>', `one of: ${CLEARANCES.join(', ')}`, oneOf(CLEARANCES, '--clearance'))
  .option('--name <name>', 'display name (defaults to the email)')
  .option('--language <lang>', 'ar, en or fr', oneOf(['ar', 'en', 'fr'] as const, '--language'), 'ar')
  .action(async (opts: { email: string; state: string; role: string[]; clearance: Clearance; name?: string; language: 'ar' | 'en' | 'fr' }) => {
    for (const role of opts.role) oneOf(ROLES, '--role')(role);
    const { db } = await openContext();
    try {
      const { user: created, oneTimePassword } = await createUser(db, 'system', {
        email: opts.email,
        displayName: opts.name ?? opts.email,
        state: opts.state.toUpperCase(),
        roles: opts.role as Role[],
        clearance: opts.clearance,
        language: opts.language,
      });
      console.log(`created ${created.email} (${created.state_code}, ${created.roles.join(', ')}, ${created.clearance})`);
      console.log(`one-time password: ${oneTimePassword}`);
      console.log('It must be changed at first sign-in.');
    } finally {
      await db.close();
    }
  });

const token = program.command('token').description('Manage API tokens for machine clients');
token
  .command('create')
  .description('Create an API token for a user and print it (shown once)')
  .requiredOption('--user <email>', 'the user the token acts as')
  .option('--name <name>', 'what the token is for', 'cli')
  .option('--expires-days <n>', 'days until it expires (default: never)', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 3650) throw new InvalidArgumentError('--expires-days must be a whole number from 1 to 3650');
    return n;
  })
  .action(async (opts: { user: string; name: string; expiresDays?: number }) => {
    const { db } = await openContext();
    try {
      const owner = await findUserByEmail(db, opts.user);
      if (!owner) fail(`no user with email ${opts.user}`);
      const created = await db.transaction(async (tx) => {
        const result = await createApiToken(tx, owner.id, opts.name, opts.expiresDays ?? null);
        await appendAudit(tx, { actor: { email: 'cli' }, action: 'token.created', targetType: 'apiToken', targetId: result.row.id, details: { user: owner.email } });
        return result;
      });
      console.log(`token: ${created.token}`);
      console.log(created.row.expires_at ? `expires: ${new Date(created.row.expires_at).toISOString()}` : 'expires: never');
    } finally {
      await db.close();
    }
  });

const audit = program.command('audit').description('The hash-chained audit log');
audit
  .command('verify')
  .description('Check every entry against its hash and its link to the one before')
  .action(async () => {
    const { db } = await openContext();
    const result = await verifyAuditChain(db);
    await db.close();
    if (result.ok) {
      console.log(`audit log intact: ${result.entries} entries verified`);
    } else {
      console.error(`audit log BROKEN at entry ${result.brokenId}: ${result.reason} (${result.entries} entries before it verified)`);
      process.exit(1);
    }
  });

registerListCommands(program);
registerScreenCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) fail(`${translate(error.key, 'en')}${error.fields ? ` (${error.fields.map((f) => `${f.path}: ${f.message}`).join('; ')})` : ''}`);
  fail(describeError(error));
});
