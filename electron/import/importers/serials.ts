import { foldSerial, serialUniqueKey } from '../../../shared/domain/serial-key';
import { checkSerial, serialRuleOf, type SerialRule } from '../../../shared/domain/serial-rules';
import type { SerialKeyPolicy } from '../../../shared/domain/types';
import type { ProductView } from '../../../shared/domain/views';
import type { InsertObject } from 'kysely';
import { BulkInserter } from '../../storage/bulk-insert';
import { handleInfo } from '../../storage/handle-info';
import { lockTableForBulkLoad } from '../../storage/locks';
import type { DB } from '../../storage/schema';
import { defaultWarehouse, findOrCreateBin, findOrCreateWarehouse } from '../../storage/repos/places';
import { getProductBySku } from '../../storage/repos/products';
import { eventRowValues, type DocumentRef } from '../../storage/repos/serials';
import { getSerialKeyPolicy } from '../../storage/repos/settings';
import { adjustStock, type StockChange } from '../../storage/repos/stock';
import { iso } from '../../storage/time';
import { parseNumber } from '../cells';
import type { ColumnSpec, CsvRow } from '../csv-rows';
import type { ImportContext, Importer } from './context';

/**
 * Opening stock: one serial per row, put in stock where the row says. The bulk path of a station
 * adopting ScanBay: serials go in multi-row inserts of CHUNK rows, the UNIQUE index itself reports
 * values that already exist, and their ledger events are written by one INSERT … SELECT at the end.
 */

export const serialColumns: ColumnSpec = {
  required: ['sku', 'serial'],
  optional: ['warehouse', 'bin', 'lot', 'expiry', 'unit_cost'],
};

const CHUNK = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The columns of a serial row that differ per row (see the inserter's constants). */
interface SerialRow {
  value: string;
  value_fold: string;
  unique_key: string;
  product_id: number;
  warehouse_id: number;
  bin_id: number | null;
  lot: string | null;
  expiry: string | null;
  unit_cost: number | null;
}

function validDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

class SerialImport {
  readonly #products = new Map<string, { product: ProductView; rule: SerialRule } | null>();
  readonly #warehouses = new Map<string, number>();
  readonly #bins = new Map<number, Map<string, number>>();
  #defaultWarehouse: number | undefined;
  readonly #inFile = new Map<string, number>();
  /** Stock changes by product, warehouse and bin (numeric keys: no string built per row). */
  readonly #stock = new Map<number, Map<number, Map<number | null, StockChange>>>();
  readonly #serials: BulkInserter<'serials'>;
  readonly #now: string;
  readonly #document: DocumentRef;
  /** Rows waiting for the next insert, with their CSV row numbers and SKUs (for error reports). */
  #pending: SerialRow[] = [];
  #pendingRows: number[] = [];
  #pendingSkus: string[] = [];
  written = 0;

  constructor(
    private readonly ctx: ImportContext,
    private readonly policy: SerialKeyPolicy,
    /** The highest serial id before the import: every serial above it is one of this file's. */
    private readonly idsAbove: number,
  ) {
    this.#now = iso(ctx.at);
    this.#document = { type: 'import', id: null, number: ctx.fileName };
    this.#serials = new BulkInserter(ctx.trx, 'serials', CHUNK, [], 'unique_key', {
      status: 'in_stock',
      source: 'external',
      document_type: this.#document.type,
      created_at: this.#now,
      updated_at: this.#now,
    });
  }

  /**
   * Reads one row. Returns a promise only when it has to wait for the database (a SKU, warehouse
   * or bin not looked up yet, or a full chunk to write): this runs once per row.
   */
  add(r: CsvRow): void | Promise<void> {
    const { cells } = r;
    const sku = cells.sku?.trim();
    const warehouse = cells.warehouse?.trim();
    const bin = cells.bin?.trim();
    // Lookups come before any check, so that the row is checked exactly once, after them.
    if (sku !== undefined && !this.#products.has(sku)) return this.#loadProduct(sku).then(() => this.add(r));
    const warehouseId = warehouse === undefined ? this.#defaultWarehouse : this.#warehouses.get(warehouse);
    if (warehouseId === undefined) return this.#loadWarehouse(warehouse).then(() => this.add(r));
    const binId = bin === undefined ? null : this.#bins.get(warehouseId)?.get(bin);
    if (binId === undefined) return this.#loadBin(warehouseId, bin!).then(() => this.add(r));
    this.#check(r, sku, warehouseId, binId);
    if (this.#pending.length >= CHUNK) return this.flush();
  }

  #check({ row, cells }: CsvRow, sku: string | undefined, warehouseId: number, binId: number | null): void {
    const { errors } = this.ctx;
    const value = cells.serial?.trim();
    if (sku === undefined) errors.add(row, 'sku', 'is required');
    if (value === undefined) errors.add(row, 'serial', 'is required');
    if (sku === undefined || value === undefined) return;
    const known = this.#products.get(sku);
    if (!known) return errors.add(row, 'sku', `unknown SKU ${sku}`);
    const { product, rule } = known;
    if (product.tracking === 'none') return errors.add(row, 'sku', `${sku} does not track serial numbers`);
    const check = checkSerial(value, rule);
    if (!check.ok) return errors.add(row, 'serial', check.message);
    const before = errors.count;
    const expiry = cells.expiry?.trim() ?? null;
    if (expiry !== null && !validDay(expiry)) {
      errors.add(row, 'expiry', `must be a date written YYYY-MM-DD, not ${JSON.stringify(expiry)}`);
    }
    let unitCost: number | null = null;
    if (cells.unit_cost !== undefined) {
      const n = parseNumber(cells.unit_cost);
      if (!n.ok) errors.add(row, 'unit_cost', n.message);
      else if ((n.value as number) < 0) errors.add(row, 'unit_cost', 'must not be negative');
      else unitCost = n.value as number;
    }
    const lot = cells.lot?.trim() ?? null;
    if (lot !== null && lot.length > 100) errors.add(row, 'lot', 'must be at most 100 characters');
    const key = serialUniqueKey(product.id, value, this.policy);
    const first = this.#inFile.get(key);
    if (first !== undefined) return errors.add(row, 'serial', `duplicate serial ${value}: already on row ${first}`);
    this.#inFile.set(key, row);
    if (errors.count > before) return;
    this.#pending.push({
      value,
      value_fold: foldSerial(value),
      unique_key: key,
      product_id: product.id,
      warehouse_id: warehouseId,
      bin_id: binId,
      lot,
      expiry,
      unit_cost: unitCost,
    });
    this.#pendingRows.push(row);
    this.#pendingSkus.push(product.sku);
  }

  async #loadProduct(sku: string): Promise<void> {
    const product = await getProductBySku(this.ctx.trx, sku);
    this.#products.set(sku, product ? { product, rule: serialRuleOf(product, this.ctx.defaultSerialLength) } : null);
  }

  async #loadWarehouse(code: string | undefined): Promise<void> {
    const { trx } = this.ctx;
    if (code === undefined) this.#defaultWarehouse = (await defaultWarehouse(trx)).id;
    else this.#warehouses.set(code, (await findOrCreateWarehouse(trx, code)).id);
  }

  async #loadBin(warehouseId: number, code: string): Promise<void> {
    const bin = await findOrCreateBin(this.ctx.trx, warehouseId, code);
    let bins = this.#bins.get(warehouseId);
    if (!bins) this.#bins.set(warehouseId, (bins = new Map()));
    bins.set(code, bin.id);
  }

  async flush(): Promise<void> {
    const batch = this.#pending;
    const rows = this.#pendingRows;
    const skus = this.#pendingSkus;
    this.#pending = [];
    this.#pendingRows = [];
    this.#pendingSkus = [];
    if (batch.length === 0) return;
    // Once a row is bad nothing will be committed: only look for collisions, write nothing.
    if (this.ctx.errors.count > 0) return this.#reportTaken(batch, rows, skus);
    const written = await this.#serials.run(batch as InsertObject<DB, 'serials'>[]);
    // Fewer rows written than sent: some values were taken (nothing will be committed now).
    if (written < batch.length) {
      const before = this.ctx.errors.count;
      await this.#reportTaken(batch, rows, skus);
      // Never commit a file with a row silently left out.
      if (this.ctx.errors.count === before) throw new Error(`${batch.length - written} serial rows were not written and no row explains why`);
      return;
    }
    for (const p of batch) {
      let byBin = this.#stock.get(p.product_id)?.get(p.warehouse_id);
      if (!byBin) {
        let byWarehouse = this.#stock.get(p.product_id);
        if (!byWarehouse) this.#stock.set(p.product_id, (byWarehouse = new Map()));
        byWarehouse.set(p.warehouse_id, (byBin = new Map()));
      }
      const s = byBin.get(p.bin_id);
      if (s) s.delta++;
      else byBin.set(p.bin_id, { productId: p.product_id, warehouseId: p.warehouse_id, binId: p.bin_id, delta: 1 });
    }
    this.written += batch.length;
  }

  /** Row errors for values that existed before the import (repeats within the file are caught in `add`). */
  async #reportTaken(batch: SerialRow[], rows: number[], skus: string[]): Promise<void> {
    const taken = await this.ctx.trx
      .selectFrom('serials')
      .select(['unique_key', 'status'])
      .where('unique_key', 'in', batch.map((p) => p.unique_key))
      .where('id', '<=', this.idsAbove)
      .execute();
    const status = new Map(taken.map((t) => [t.unique_key, t.status]));
    batch.forEach((p, i) => {
      const s = status.get(p.unique_key);
      if (s !== undefined) this.ctx.errors.add(rows[i]!, 'serial', `serial ${p.value} already exists for ${skus[i]} (${s})`);
    });
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.ctx.errors.count > 0) return;
    await this.#writeEvents();
    for (const byWarehouse of this.#stock.values()) {
      for (const byBin of byWarehouse.values()) for (const change of byBin.values()) await adjustStock(this.ctx.trx, change);
    }
  }

  /**
   * One opening-stock ledger event per imported serial. The import holds the write transaction
   * from its first read, so the serials above `idsAbove` are exactly the ones it inserted.
   */
  async #writeEvents(): Promise<void> {
    const { trx } = this.ctx;
    const e = eventRowValues(0, 0, { type: 'adjusted', document: this.#document, details: { action: 'opening_stock' } }, this.#now, handleInfo(trx).stationId);
    await trx
      .insertInto('serial_events')
      .columns(['type', 'serial_id', 'product_id', 'document_type', 'document_id', 'document_number', 'station_id', 'at', 'details'])
      .expression(
        trx
          .selectFrom('serials')
          .select((eb) => [
            eb.val(e.type).as('type'),
            'id',
            'product_id',
            eb.val(e.document_type).as('document_type'),
            eb.val(e.document_id).as('document_id'),
            eb.val(e.document_number).as('document_number'),
            eb.val(e.station_id).as('station_id'),
            eb.val(e.at).as('at'),
            eb.val(e.details).as('details'),
          ])
          .where('id', '>', this.idsAbove)
          .orderBy('id'),
      )
      .execute();
  }
}

export const importSerials: Importer = async (source, ctx) => {
  // Other stations sharing the database wait until the import commits: the serials above `top`
  // are then this import's alone.
  await lockTableForBulkLoad(ctx.trx, 'serials');
  const { top } = await ctx.trx
    .selectFrom('serials')
    .select((eb) => eb.fn.max('id').as('top'))
    .executeTakeFirstOrThrow();
  const job = new SerialImport(ctx, await getSerialKeyPolicy(ctx.trx), top ?? 0);
  let count = 0;
  for await (const batch of source.batches()) {
    for (const row of batch) {
      count++;
      const wait = job.add(row);
      if (wait) await wait;
    }
  }
  await job.finish();
  return { rows: count, serials: ctx.errors.count > 0 ? 0 : job.written };
};
