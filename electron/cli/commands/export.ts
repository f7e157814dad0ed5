import { Argument, Option, type Command } from 'commander';
import { EXPORT_FORMATS, EXPORT_KINDS, isDay, type ExportFilter, type ExportFormat, type ExportKind } from '../../../shared/workflows/lifecycle-report';
import { streamedRows } from '../../export/row-sources';
import { ExportCancelled, ExportError, runExport } from '../../export/run-export';
import { reportContext } from '../../workflows/reports/report-context';
import { scopeOf, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { withStation } from '../station-scope';

interface ExportFlags {
  format?: ExportFormat;
  out: string;
  from?: string;
  to?: string;
  vendor?: string;
  sku?: string;
  dataDir?: string;
  database?: string;
}

function filterOf(opts: ExportFlags): ExportFilter {
  for (const flag of ['from', 'to'] as const) {
    const v = opts[flag];
    if (v !== undefined && !isDay(v)) throw new CliError(`--${flag} must be a date written YYYY-MM-DD, not ${v}`, 2);
  }
  if (opts.from && opts.to && opts.from > opts.to) throw new CliError(`--from ${opts.from} is after --to ${opts.to}`, 2);
  const f: ExportFilter = {};
  if (opts.from) f.from = opts.from;
  if (opts.to) f.to = opts.to;
  if (opts.vendor) f.vendor = opts.vendor;
  if (opts.sku) f.sku = opts.sku;
  return f;
}

/**
 * `scanbay export arrivals|serials|report --format csv|xlsx --out FILE [--from DATE] [--to DATE]
 * [--vendor V] [--sku S]`: streams the rows to FILE (written under a temporary name and renamed at
 * the end: a failure or Ctrl+C leaves no partial file). Prints one JSON line `{kind, format, out, rows}`.
 */
export function register(program: Command): void {
  withStorage(
    program
      .command('export')
      .description('export arrivals with serials, product serial numbers or the product serial report (CSV or XLSX)')
      .addArgument(new Argument('<kind>', 'what to export').choices(EXPORT_KINDS))
      .addOption(new Option('--format <format>', 'file format (default: from the file name, else csv)').choices(EXPORT_FORMATS))
      .requiredOption('--out <file>', 'file to write')
      .option('--from <date>', 'from this day (YYYY-MM-DD): arrivals received, serials entered, report ordered or sold')
      .option('--to <date>', 'up to and including this day (YYYY-MM-DD)')
      .option('--vendor <vendor>', 'only serials received from this vendor (code)')
      .option('--sku <sku>', 'only serials of this product'),
  ).action(async (kind: ExportKind, opts: ExportFlags) => {
    const filter = filterOf(opts);
    const format: ExportFormat = opts.format ?? (/\.xlsx$/i.test(opts.out) ? 'xlsx' : 'csv');
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await withStation(scopeOf(opts), async (station) => {
        const progress = process.stderr.isTTY ? (rows: number, total: number) => process.stderr.write(`\rexport: ${rows} of ${total} rows`) : undefined;
        const { db } = station.database;
        // This process does nothing else: read the export as one streamed statement.
        const source = streamedRows(station.database);
        const result = await runExport(db, { kind, format, out: opts.out, filter, ctx: await reportContext(station), signal: abort.signal, source, ...(progress ? { onProgress: progress } : {}) });
        if (progress) process.stderr.write('\n');
        printJson({ kind, format, out: result.path, rows: result.rows });
      });
    } catch (err) {
      if (err instanceof ExportCancelled) throw new CliError(err.message, 130);
      if (err instanceof ExportError) throw new CliError(`${err.message}; no file was written`);
      throw err;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
