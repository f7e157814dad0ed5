import { Option, type Command } from 'commander';
import { USER_ROLES, type UserRole } from '../../../shared/domain/types';
import { requests } from '../../../shared/api/contract';
import { issuesOf } from '../../../shared/domain/document-fields';
import { ValidationError } from '../../storage/errors';
import { listUsers } from '../../users/users';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { runOperation } from '../operation';
import { printJson } from '../io';
import { withStation } from '../station-scope';

/** `scanbay users add --name N --role R --pin P [--badge CODE]` (prints the user, never the PIN or badge) and `users list`. */
export function register(program: Command): void {
  const users = program.command('users').description('station users (operators and supervisors)');
  withStorage(
    users
      .command('add')
      .description('add a user; prints it as JSON')
      .requiredOption('--name <name>', 'unique user name')
      .addOption(new Option('--role <role>', 'what the user may do').choices(USER_ROLES).makeOptionMandatory())
      .requiredOption('--pin <pin>', '4 to 12 digits')
      .option('--badge <code>', 'a badge code: scanning it signs the user in without a PIN'),
  ).action(async (opts: { name: string; role: UserRole; pin: string; badge?: string; dataDir?: string; database?: string }) => {
    // The operation's own schema, checked first so a bad value is named as in an import.
    const parsed = requests['users.add'].input.safeParse({ name: opts.name, role: opts.role, pin: opts.pin, ...(opts.badge === undefined ? {} : { badge: opts.badge }) });
    if (!parsed.success) throw new CliError(ValidationError.fromIssues(issuesOf(parsed.error)).message);
    await withStation(scopeOf(opts), async (station) => printJson((await runOperation(station, 'users.add', parsed.data)).user));
  });
  withStorage(users.command('list').description('print each user as one JSON line')).action(
    async (opts: { dataDir?: string; database?: string }) => {
      await withStation(scopeOf(opts), async (station) => {
        for (const user of await listUsers(station.database.db)) printJson(user);
      });
    },
  );
}
