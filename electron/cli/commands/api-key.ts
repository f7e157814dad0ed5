import type { Command } from 'commander';
import { apiAuthFor } from '../../rest/rest-options';
import { RestError } from '../../rest/errors';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { withStation } from '../station-scope';

/** `scanbay api-key create --name NAME` → {"key","secret","token","channel_key"} (secrets shown once). */
export function register(program: Command): void {
  const apiKey = program.command('api-key').description('manage REST API keys');
  withStorage(
    apiKey
      .command('create')
      .description('create an API key with a static token and a channel; prints them once as JSON')
      .requiredOption('--name <name>', 'a name for the key (unique)'),
  ).action(async (opts: { name: string; dataDir?: string; database?: string }) => {
    const name = opts.name.trim();
    if (name === '' || name.length > 100) throw new CliError('--name must be 1 to 100 characters');
    await withStation(scopeOf(opts), async (s) => {
      try {
        printJson(await apiAuthFor(s).createKey(name));
      } catch (err) {
        if (err instanceof RestError) throw new CliError(err.message);
        throw err;
      }
    });
  });
  withStorage(
    apiKey.command('revoke').description('revoke an API key with all its tokens and channels').requiredOption('--key <key>', 'the key id (sbk_…)'),
  ).action(async (opts: { key: string; dataDir?: string; database?: string }) => {
    await withStation(scopeOf(opts), async (s) => {
      if (!(await apiAuthFor(s).revokeKey(opts.key))) throw new CliError(`no active API key ${opts.key}`);
      printJson({ key: opts.key, revoked: true });
    });
  });
}
