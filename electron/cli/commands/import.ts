import { existsSync, statSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { ImportFileError, formatRowError } from '../../import/errors';
import { progressReporter } from '../../import/progress';
import { IMPORT_KINDS, runImport, type ImportKind } from '../../import/run-import';
import { StorageError } from '../../storage/errors';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { withStation } from '../station-scope';

/** At most this many row errors are printed; the count of the rest follows. */
const MAX_REPORTED = 1000;

function defaultSerialLength(values: Record<string, unknown>): number | null {
  const v = values['serials.defaultLength'];
  return typeof v === 'number' ? v : null;
}

/**
 * `scanbay import products|purchase-orders|orders|serials FILE.csv [--dry-run]`: all or nothing.
 * Success: one JSON summary line on stdout. Bad rows: `row N, column C: reason` lines on stderr,
 * exit code 1, nothing written. Columns: docs/import.md.
 */
export function register(program: Command): void {
  withStorage(
    program
      .command('import')
      .description('import a CSV file (columns: docs/import.md); all rows or none')
      .addArgument(new Argument('<kind>', 'what the file holds').choices(IMPORT_KINDS))
      .argument('<file>', 'CSV file, UTF-8, header row with the column names')
      .option('--dry-run', 'check every row, write nothing'),
  ).action(async (kind: ImportKind, file: string, opts: { dryRun?: boolean; dataDir?: string; database?: string }) => {
    if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`no such file: ${file}`);
    await withStation(scopeOf(opts), async (station) => {
      const onProgress = progressReporter(file, (line) => process.stderr.write(`${line}\n`));
      let outcome;
      try {
        outcome = await runImport(station.database.db, {
          kind,
          path: file,
          dryRun: opts.dryRun ?? false,
          defaultSerialLength: defaultSerialLength(station.options.values() as Record<string, unknown>),
          station: station.options.get('general.stationName'),
          ...(onProgress ? { onProgress } : {}),
        });
      } catch (err) {
        if (err instanceof ImportFileError || err instanceof StorageError) {
          throw new CliError(`${err.message}; nothing was imported`);
        }
        throw err;
      }
      if (!outcome.ok) {
        const shown = outcome.errors.slice(0, MAX_REPORTED);
        process.stderr.write(shown.map((e) => `${formatRowError(e)}\n`).join(''));
        if (outcome.errors.length > shown.length) {
          process.stderr.write(`… and ${outcome.errors.length - shown.length} more row errors\n`);
        }
        const n = new Set(outcome.errors.map((e) => e.row)).size;
        throw new CliError(`${n} bad row${n === 1 ? '' : 's'} in ${file}; nothing was imported`, 1);
      }
      printJson(outcome.summary);
    });
  });
}
