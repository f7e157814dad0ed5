import type { InsertObject } from 'kysely';
import { BulkInserter } from '../../storage/bulk-insert';
import { settleAfterBulkChunk } from '../../storage/dialect';
import { beginImport, finishImport, noteImportProgress, rollbackImport } from '../../storage/repos/import-journal';
import { defaultWarehouse, findOrCreateBin, findOrCreateWarehouse, getWarehouseByCode } from '../../storage/repos/places';
import { eventRowValues } from '../../storage/repos/serials';
import { handleInfo } from '../../storage/handle-info';
import { getSerialKeyPolicy } from '../../storage/repos/settings';
import type { StockChange } from '../../storage/repos/stock';
import type { DB, Db } from '../../storage/schema';
import { iso } from '../../storage/time';
import { writeTransaction } from '../../storage/transaction';
import type { ColumnSpec, CsvRow } from '../csv-rows';
import { msg } from '../../../shared/i18n/message';
import { RowErrors } from '../errors';
import type { ImportCounts } from './context';
import { SerialRowChecker, type StagedSerial } from './serial-rows';

/**
 * Opening stock: one serial per row, put in stock where the row says — the bulk path of a station
 * adopting ScanBay, run so that it never holds the database for long (scans go on meanwhile):
 * 1. Check: every row is read and checked (product, serial rules, repeats, serials the station
 *    holds already) with reads only; any bad row ends the import here, nothing written.
 * 2. Stage: missing warehouses and bins are created, then the file is read again and written a
 *    chunk of COMMIT_CHUNK rows per transaction (serials and their ledger events) under a journal
 *    entry (repos/import-journal.ts). Staged rows are read by no one (storage/staged-rows.ts).
 * 3. Commit, in one short transaction: the stock totals and the journal's `done` — the whole import
 *    appears at once. If a chunk fails (a serial received by a scan meanwhile, the file changed),
 *    the staged rows are rolled back; a process killed half way is rolled back by the next one to
 *    open the station. So the import is seen whole, or not at all.
 */

export const serialColumns: ColumnSpec = {
  required: ['sku', 'serial'],
  optional: ['warehouse', 'bin', 'lot', 'expiry', 'unit_cost'],
};

/** Rows per commit transaction: a few tens of milliseconds of write lock each. */
export const COMMIT_CHUNK = 1000;
const MAX_PAUSE_MS = 50;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface SerialImportOptions {
  fileName: string;
  defaultSerialLength: number | null;
  at: Date;
  dryRun: boolean;
  station: string | null;
}

export type SerialImportOutcome = { counts: ImportCounts; errors: RowErrors };

/** The file's rows in batches; rows the reader itself refuses (cell count, size) go to `errors`. */
export interface SerialSource {
  batches(errors: RowErrors): AsyncIterable<CsvRow[]>;
}

/** Raised inside a commit chunk: the import stops and is rolled back, with this row error. */
class ChunkRefused extends Error {
  constructor(readonly errors: RowErrors) {
    super('the import was refused while it was being written');
  }
}

export async function importSerials(db: Db, source: SerialSource, opts: SerialImportOptions): Promise<SerialImportOutcome> {
  const policy = await getSerialKeyPolicy(db);
  const errors = new RowErrors();
  const checker = new SerialRowChecker(db, errors, policy, opts.defaultSerialLength);
  let rows = 0;
  let good = 0;
  let pending: StagedSerial[] = [];
  const settle = async () => {
    good += (await checker.withoutTaken(pending)).length;
    pending = [];
  };
  for await (const batch of source.batches(errors)) {
    for (const r of batch) {
      rows++;
      const checked = checker.check(r);
      const staged = checked instanceof Promise ? await checked : checked;
      if (staged) pending.push(staged);
      if (pending.length >= 500) await settle();
    }
  }
  await settle();
  if (errors.count > 0 || opts.dryRun) return { counts: { rows, serials: errors.count > 0 ? 0 : good }, errors };
  return commit(db, source, opts, checker.places, rows);
}

/** Phase 2: the places first, then the rows in chunks under the journal. */
async function commit(db: Db, source: SerialSource, opts: SerialImportOptions, places: Map<string | null, Set<string>>, rows: number): Promise<SerialImportOutcome> {
  const ids = await writeTransaction(db, (trx) => createPlaces(trx, places));
  const importId = await beginImport(db, { kind: 'serials', file: opts.fileName, rows, station: opts.station, at: opts.at });
  const errors = new RowErrors();
  const checker = new SerialRowChecker(db, errors, await getSerialKeyPolicy(db), opts.defaultSerialLength);
  const writer = new ChunkWriter(db, importId, opts, ids);
  try {
    let chunk: StagedSerial[] = [];
    for await (const batch of source.batches(errors)) {
      for (const r of batch) {
        const checked = checker.check(r);
        const staged = checked instanceof Promise ? await checked : checked;
        if (errors.count > 0) throw new ChunkRefused(errors);
        if (staged) chunk.push(staged);
        if (chunk.length >= COMMIT_CHUNK) {
          await writer.write(chunk);
          chunk = [];
        }
      }
    }
    await writer.write(chunk);
    // An array, not the map's iterator: a retried transaction must see every total again.
    await finishImport(db, importId, [...writer.stock.values()]);
  } catch (err) {
    await rollbackImport(db, importId, err instanceof ChunkRefused ? 'a row was refused while the import was written' : String(err));
    if (err instanceof ChunkRefused) return { counts: { rows, serials: 0 }, errors: err.errors };
    throw err;
  }
  return { counts: { rows, serials: writer.written }, errors };
}

type PlaceIds = { warehouse: Map<string | null, number>; bin: Map<string, number> };

async function createPlaces(db: Db, places: Map<string | null, Set<string>>): Promise<PlaceIds> {
  const ids: PlaceIds = { warehouse: new Map(), bin: new Map() };
  for (const [code, bins] of places) {
    const w = code === null ? await defaultWarehouse(db) : ((await getWarehouseByCode(db, code)) ?? (await findOrCreateWarehouse(db, code)));
    ids.warehouse.set(code, w.id);
    for (const bin of bins) ids.bin.set(`${w.id}\u0000${bin}`, (await findOrCreateBin(db, w.id, bin)).id);
  }
  return ids;
}

/** Stages chunks of checked rows, each in one transaction: serials and their events; stock is summed for the commit. */
class ChunkWriter {
  written = 0;
  readonly stock = new Map<string, StockChange>();
  readonly #document;
  readonly #now: string;
  // Built once for the whole import: each keeps its compiled 500-row statement from chunk to chunk.
  readonly #serials: BulkInserter<'serials', 'id' | 'unique_key'>;
  readonly #events: BulkInserter<'serial_events'>;

  constructor(
    private readonly db: Db,
    private readonly importId: number,
    opts: SerialImportOptions,
    private readonly places: PlaceIds,
  ) {
    this.#document = { type: 'import' as const, id: importId, number: opts.fileName };
    this.#now = iso(opts.at);
    this.#serials = new BulkInserter(db, 'serials', 500, ['id', 'unique_key'], 'unique_key', {
      status: 'in_stock',
      source: 'external',
      document_type: 'import',
      document_id: importId,
      created_at: this.#now,
      updated_at: this.#now,
    });
    this.#events = new BulkInserter(db, 'serial_events', 500);
  }

  async write(chunk: StagedSerial[]): Promise<void> {
    if (chunk.length === 0) return;
    const t0 = performance.now();
    const rows = chunk.map((s) => {
      const warehouseId = this.places.warehouse.get(s.warehouse)!;
      const binId = s.bin === null ? null : this.places.bin.get(`${warehouseId}\u0000${s.bin}`)!;
      return { value: s.value, value_fold: s.value_fold, unique_key: s.unique_key, product_id: s.product_id, warehouse_id: warehouseId, bin_id: binId, lot: s.lot, expiry: s.expiry, unit_cost: s.unit_cost };
    });
    await writeTransaction(this.db, async (trx) => {
      const inserted = await this.#serials.insert(rows as InsertObject<DB, 'serials'>[], trx);
      if (inserted.length < rows.length) {
        // Taken since the check (a scan received one meanwhile): the import cannot be whole.
        const done = new Set(inserted.map((r) => r.unique_key));
        const errors = new RowErrors();
        for (const s of chunk) if (!done.has(s.unique_key)) errors.add(s.row, 'serial', msg('errors-import.serials.addedMeanwhile', { serial: s.value, sku: s.sku }));
        throw new ChunkRefused(errors);
      }
      const byKey = new Map(inserted.map((r) => [r.unique_key as string, r.id as number]));
      const event = { type: 'adjusted' as const, document: this.#document, details: { action: 'opening_stock' } };
      await this.#events.run(chunk.map((s) => eventRowValues(byKey.get(s.unique_key)!, s.product_id, event, this.#now, handleInfo(trx).stationId)), trx);
      await noteImportProgress(trx, this.importId, this.written + chunk.length);
    });
    this.written += chunk.length;
    for (const r of rows) {
      const key = `${r.product_id}/${r.warehouse_id}/${r.bin_id ?? 0}`;
      const sum = this.stock.get(key) ?? { productId: r.product_id, warehouseId: r.warehouse_id, binId: r.bin_id, delta: 0 };
      sum.delta++;
      this.stock.set(key, sum);
    }
    await settleAfterBulkChunk(this.db);
    // SQLite's lock is not fair: a scan waiting in its busy handler polls every few tens of ms and
    // would keep missing the moment between two chunks. A pause as long as the chunk took (at most
    // 50 ms) lets it in; the import then uses the lock at most half the time.
    await sleep(Math.min(MAX_PAUSE_MS, performance.now() - t0));
  }
}
