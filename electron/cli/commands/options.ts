import type { Command } from 'commander';
import { StationError } from '../../../shared/api/errors';
import { isOptionKey } from '../../../shared/options/registry';
import { parseCliValue } from '../../../shared/options/validate';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { withStation } from '../station-scope';

/** `scanbay options list|get KEY|set KEY VALUE`. */
export function register(program: Command): void {
  const options = program.command('options').description('read and change station options (dotted keys)');
  withStorage(options.command('list').description('print every option as one JSON object')).action(
    async (opts: { dataDir?: string; database?: string }) => withStation(scopeOf(opts), async (s) => printJson(s.options.values())),
  );
  withStorage(options.command('get').argument('<key>', 'dotted option key').description('print one option value as JSON')).action(
    async (key: string, opts: { dataDir?: string; database?: string }) => {
      if (!isOptionKey(key)) throw new CliError(`unknown option "${key}" (see \`scanbay options list\`)`);
      await withStation(scopeOf(opts), async (s) => printJson(s.options.get(key)));
    },
  );
  withStorage(
    options
      .command('set')
      .argument('<key>', 'dotted option key')
      .argument('<value>', 'new value: parsed as JSON, else taken as a string')
      .description('change one option'),
  ).action(async (key: string, value: string, opts: { dataDir?: string; database?: string }) => {
    await withStation(scopeOf(opts), async (s) => {
      try {
        const values = await s.options.set({ [key]: parseCliValue(value) });
        printJson({ [key]: values[key as keyof typeof values] });
      } catch (err) {
        if (err instanceof StationError) throw new CliError(err.message);
        throw err;
      }
    });
  });
}
