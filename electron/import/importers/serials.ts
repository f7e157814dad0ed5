import { serialUniqueKey } from '../../../shared/domain/serial-key';
import { checkSerial, serialRuleOf, type SerialRule } from '../../../shared/domain/serial-rules';
import type { SerialKeyPolicy } from '../../../shared/domain/types';
import type { ProductView } from '../../../shared/domain/views';
import { BulkInserter } from '../../storage/bulk-insert';
import { defaultWarehouse, findOrCreateBin, findOrCreateWarehouse } from '../../storage/repos/places';
import { getProductBySku } from '../../storage/repos/products';
import { eventRowValues, serialRowValues, type DocumentRef } from '../../storage/repos/serials';
import { getSerialKeyPolicy } from '../../storage/repos/settings';
import { adjustStock, type StockChange } from '../../storage/repos/stock';
import { iso } from '../../storage/time';
import { parseNumber } from '../cells';
import type { ColumnSpec, CsvRow } from '../csv-rows';
import type { ImportContext, Importer } from './context';

/**
 * Opening stock: one serial per row, put in stock where the row says. The bulk path of a station
 * adopting ScanBay: serials and their ledger events go in multi-row inserts of CHUNK rows, and the
 * UNIQUE index itself reports values that already exist.
 */

export const serialColumns: ColumnSpec = {
  required: ['sku', 'serial'],
  optional: ['warehouse', 'bin', 'lot', 'expiry', 'unit_cost'],
};

const CHUNK = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Pending {
  row: number;
  key: string;
  product: ProductView;
  value: string;
  warehouseId: number;
  binId: number | null;
  lot: string | null;
  expiry: string | null;
  unitCost: number | null;
}

function validDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

class SerialImport {
  readonly #products = new Map<string, { product: ProductView; rule: SerialRule } | null>();
  readonly #warehouses = new Map<string, number>();
  readonly #bins = new Map<string, number>();
  #defaultWarehouse: number | undefined;
  readonly #inFile = new Map<string, number>();
  readonly #stock = new Map<string, StockChange>();
  readonly #serials: BulkInserter<'serials', 'id' | 'unique_key'>;
  readonly #events: BulkInserter<'serial_events'>;
  readonly #now: string;
  readonly #document: DocumentRef;
  #pending: Pending[] = [];
  written = 0;

  constructor(
    private readonly ctx: ImportContext,
    private readonly policy: SerialKeyPolicy,
  ) {
    this.#serials = new BulkInserter(ctx.trx, 'serials', CHUNK, ['id', 'unique_key'], 'unique_key');
    this.#events = new BulkInserter(ctx.trx, 'serial_events', CHUNK);
    this.#now = iso(ctx.at);
    this.#document = { type: 'import', id: null, number: ctx.fileName };
  }

  async add({ row, cells }: CsvRow): Promise<void> {
    const { errors, trx } = this.ctx;
    const sku = cells.sku?.trim();
    const value = cells.serial?.trim();
    if (sku === undefined) errors.add(row, 'sku', 'is required');
    if (value === undefined) errors.add(row, 'serial', 'is required');
    if (sku === undefined || value === undefined) return;
    let known = this.#products.get(sku);
    if (known === undefined) {
      const product = await getProductBySku(trx, sku);
      known = product ? { product, rule: serialRuleOf(product, this.ctx.defaultSerialLength) } : null;
      this.#products.set(sku, known);
    }
    if (known === null) return errors.add(row, 'sku', `unknown SKU ${sku}`);
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
    const warehouseId = await this.#warehouse(cells.warehouse?.trim());
    const binCode = cells.bin?.trim();
    const binId = binCode === undefined ? null : await this.#bin(warehouseId, binCode);
    this.#pending.push({ row, key, product, value, warehouseId, binId, lot, expiry, unitCost });
    if (this.#pending.length >= CHUNK) await this.flush();
  }

  /** Cached lookups return without awaiting: this runs once per row. */
  #warehouse(code: string | undefined): number | Promise<number> {
    const cached = code === undefined ? this.#defaultWarehouse : this.#warehouses.get(code);
    if (cached !== undefined) return cached;
    return (async () => {
      const { trx } = this.ctx;
      const id = (code === undefined ? await defaultWarehouse(trx) : await findOrCreateWarehouse(trx, code)).id;
      if (code === undefined) this.#defaultWarehouse = id;
      else this.#warehouses.set(code, id);
      return id;
    })();
  }

  #bin(warehouseId: number, code: string): number | Promise<number> {
    const k = `${warehouseId}/${code}`;
    const cached = this.#bins.get(k);
    if (cached !== undefined) return cached;
    return findOrCreateBin(this.ctx.trx, warehouseId, code).then((bin) => {
      this.#bins.set(k, bin.id);
      return bin.id;
    });
  }

  async flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    // Once a row is bad nothing will be committed: only look for collisions, write nothing.
    if (this.ctx.errors.count > 0) return this.#reportTaken(batch);
    const ids = await this.#serials.insert(
      batch.map((p) =>
        serialRowValues(
          {
            value: p.value,
            productId: p.product.id,
            status: 'in_stock',
            source: 'external',
            warehouseId: p.warehouseId,
            binId: p.binId,
            document: this.#document,
            lot: p.lot,
            expiry: p.expiry,
            unitCost: p.unitCost,
          },
          this.policy,
          this.#now,
        ),
      ),
    );
    const idOf = new Map(ids.map((r) => [r.unique_key as string, r.id as number]));
    if (idOf.size < batch.length) return this.#reportTaken(batch.filter((p) => !idOf.has(p.key)));
    const event = { type: 'adjusted' as const, document: this.#document, details: { action: 'opening_stock' } };
    await this.#events.insert(batch.map((p) => eventRowValues(idOf.get(p.key)!, p.product.id, event, this.#now)));
    for (const p of batch) {
      const k = `${p.product.id}/${p.warehouseId}/${p.binId ?? 0}`;
      const s = this.#stock.get(k);
      if (s) s.delta++;
      else this.#stock.set(k, { productId: p.product.id, warehouseId: p.warehouseId, binId: p.binId, delta: 1 });
    }
    this.written += batch.length;
  }

  /** Row errors for values that already exist in the database. */
  async #reportTaken(batch: Pending[]): Promise<void> {
    const taken = await this.ctx.trx
      .selectFrom('serials')
      .select(['unique_key', 'status'])
      .where('unique_key', 'in', batch.map((p) => p.key))
      .execute();
    const status = new Map(taken.map((t) => [t.unique_key, t.status]));
    for (const p of batch) {
      const s = status.get(p.key);
      if (s === undefined) continue;
      this.ctx.errors.add(p.row, 'serial', `serial ${p.value} already exists for ${p.product.sku} (${s})`);
    }
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.ctx.errors.count > 0) return;
    for (const change of this.#stock.values()) await adjustStock(this.ctx.trx, change);
  }
}

export const importSerials: Importer = async (source, ctx) => {
  const job = new SerialImport(ctx, await getSerialKeyPolicy(ctx.trx));
  let count = 0;
  for await (const batch of source.batches()) {
    for (const row of batch) {
      count++;
      await job.add(row);
    }
  }
  await job.finish();
  return { rows: count, serials: ctx.errors.count > 0 ? 0 : job.written };
};
