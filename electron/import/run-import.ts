import { basename } from 'node:path';
import type { Db } from '../storage/schema';
import { writeTransaction } from '../storage/transaction';
import { readCsvBatches, readCsvRows, type ColumnSpec, type ReadProgress } from './csv-rows';
import { RowErrors, type RowError } from './errors';
import type { ImportCounts, Importer } from './importers/context';
import { importOrders, orderColumns } from './importers/orders';
import { importProducts, productColumns } from './importers/products';
import { importPurchaseOrders, purchaseOrderColumns } from './importers/purchase-orders';
import { importSerials, serialColumns } from './importers/serials';

export const IMPORT_KINDS = ['products', 'purchase-orders', 'orders', 'serials'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Document imports run in one transaction; the serials import commits in chunks (importers/serials.ts). */
const importers: Record<Exclude<ImportKind, 'serials'>, { columns: ColumnSpec; run: Importer }> = {
  products: { columns: productColumns, run: importProducts },
  'purchase-orders': { columns: purchaseOrderColumns, run: importPurchaseOrders },
  orders: { columns: orderColumns, run: importOrders },
};

export function columnsOf(kind: ImportKind): ColumnSpec {
  return kind === 'serials' ? serialColumns : importers[kind].columns;
}

export interface ImportOptions {
  kind: ImportKind;
  path: string;
  dryRun?: boolean;
  defaultSerialLength?: number | null;
  at?: Date;
  onProgress?: (p: ReadProgress) => void;
  /** The station name, recorded in the import journal. */
  station?: string | null;
}

export interface ImportSummary extends ImportCounts {
  kind: ImportKind;
  file: string;
  dry_run: boolean;
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; summary: ImportSummary; errors: RowError[] };

/** Thrown inside the transaction to roll it back (dry run, or bad rows) while keeping the result. */
class Rollback {
  constructor(readonly outcome: ImportOutcome) {}
}

/**
 * Imports one CSV file all-or-nothing: every row is read and checked inside one write transaction,
 * which commits only when no row was bad (and this is not a dry run). File-level problems throw
 * ImportFileError.
 */
export async function runImport(db: Db, opts: ImportOptions): Promise<ImportOutcome> {
  if (opts.kind === 'serials') return runSerialImport(db, opts);
  const { columns, run } = importers[opts.kind];
  const dryRun = opts.dryRun ?? false;
  try {
    return await writeTransaction(db, async (trx) => {
      const errors = new RowErrors();
      const source = {
        rows: () => readCsvRows(opts.path, columns, errors, opts.onProgress),
        batches: () => readCsvBatches(opts.path, columns, errors, opts.onProgress),
      };
      const counts = await run(source, {
        trx,
        errors,
        fileName: basename(opts.path),
        defaultSerialLength: opts.defaultSerialLength ?? null,
        at: opts.at ?? new Date(),
      });
      const summary: ImportSummary = { kind: opts.kind, file: opts.path, dry_run: dryRun, ...counts };
      if (errors.count > 0) {
        const sorted = [...errors.list].sort((a, b) => a.row - b.row);
        throw new Rollback({ ok: false, summary, errors: sorted });
      }
      if (dryRun) throw new Rollback({ ok: true, summary });
      return { ok: true, summary } as const;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.outcome;
    throw err;
  }
}

/** Opening stock: checked with reads only, then committed in chunks (scans go on between them). */
async function runSerialImport(db: Db, opts: ImportOptions): Promise<ImportOutcome> {
  const dryRun = opts.dryRun ?? false;
  const source = { batches: (errors: RowErrors) => readCsvBatches(opts.path, serialColumns, errors, opts.onProgress) };
  const { counts, errors } = await importSerials(db, source, {
    fileName: basename(opts.path),
    defaultSerialLength: opts.defaultSerialLength ?? null,
    at: opts.at ?? new Date(),
    dryRun,
    station: opts.station ?? null,
  });
  const summary: ImportSummary = { kind: 'serials', file: opts.path, dry_run: dryRun, ...counts };
  if (errors.count > 0) return { ok: false, summary, errors: [...errors.list].sort((a, b) => a.row - b.row) };
  return { ok: true, summary };
}
