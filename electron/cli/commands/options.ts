import type { Command } from 'commander';
import { StationError } from '../../../shared/api/errors';
import { isOptionKey } from '../../../shared/options/registry';
import { maskOptionValues } from '../../../shared/options/secret';
import { optionScope, warehouseOptionKeys } from '../../../shared/options/scope';
import { parseCliValue } from '../../../shared/options/validate';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { withStation } from '../station-scope';

/** Which options this station shares with the others of its database, in words (stderr of `options list`). */
function scopeNote(shared: boolean, database: string): string {
  if (!shared) return 'scanbay: every option is this station\'s own (SQLite); with a shared PostgreSQL database receiving.*, shipping.*, returns.*, serials.*, transfers.* and pools.* (but the label printer) are the warehouse\'s';
  const warehouse = warehouseOptionKeys();
  return `scanbay: warehouse-wide, shared by every station of ${database}: ${warehouse.join(', ')}; every other option is this station's own`;
}

/** `scanbay options list|get KEY|set KEY VALUE`. */
export function register(program: Command): void {
  const options = program.command('options').description('read and change station options (dotted keys)');
  withStorage(
    options
      .command('list')
      .option('--scopes', 'print each option as {"value","scope"}: warehouse (shared by the stations of a PostgreSQL database) or station')
      .description('print every option as one JSON object (stderr says which are shared by the warehouse)'),
  ).action(async (opts: { dataDir?: string; database?: string; scopes?: boolean }) =>
    withStation(scopeOf(opts), async (s) => {
      const values = s.options.publicValues();
      if (opts.scopes) {
        printJson(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, scope: s.options.shared ? optionScope(k) : 'station' }])));
      } else {
        printJson(values);
      }
      process.stderr.write(`${scopeNote(s.options.shared, s.store.location.display)}\n`);
    }),
  );
  withStorage(options.command('get').argument('<key>', 'dotted option key').description('print one option value as JSON')).action(
    async (key: string, opts: { dataDir?: string; database?: string }) => {
      if (!isOptionKey(key)) throw new CliError(`unknown option "${key}" (see \`scanbay options list\`)`);
      await withStation(scopeOf(opts), async (s) => printJson(s.options.publicValues()[key]));
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
        printJson(maskOptionValues({ [key]: values[key as keyof typeof values] }));
      } catch (err) {
        if (err instanceof StationError) throw new CliError(err.message);
        throw err;
      }
    });
  });
}
