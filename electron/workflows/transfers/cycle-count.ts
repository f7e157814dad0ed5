import { StationError } from '../../../shared/api/errors';
import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import { foldSerial } from '../../../shared/domain/serial-key';
import type { ProductView } from '../../../shared/domain/views';
import { locationText, type CountScanResult, type CountState, type CountSummary } from '../../../shared/workflows/lifecycle';
import { accepted, rejected, type Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { getProductById } from '../../storage/repos/products';
import { findSerials } from '../../storage/repos/serials';
import { addCountedSerial, addCountedUnit, createCount, deleteCount, findOpenCount, setCountPending } from '../../storage/repos/cycle-counts';
import { applyCycleCount } from '../../storage/repos/transfers-stock';
import { lockSerialValues } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import type { WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { readScan } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { resolveLocation, type ResolvedLocation } from './adjust';

interface CountedSerial {
  productId: number;
  sku: string;
  value: string;
  /** null: new to the ledger. */
  serialId: number | null;
}

interface Count {
  id: number;
  place: ResolvedLocation;
  serials: Map<string, CountedSerial>;
  units: Map<number, { sku: string; qty: number }>;
  pending: { productId: number; sku: string } | null;
}

/**
 * Cycle counts with serials: scan everything found at one location, then finish. Each accepted
 * scan is kept in the database before its verdict (a count interrupted by a restart goes on where
 * it stopped) but changes no stock; finishing applies every difference in one transaction: missing
 * serials removed, serials found here moved here, unknown ones added, and the units of products
 * without serials set to what was counted. The database holds the count, not this process: every
 * request reads it under the location's lock, so stations sharing a database count one location
 * together and a finish or cancel at one station ends it for all.
 */
export class CycleCounts {
  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  /** One write transaction holding the location's lock, with the count as stored (created on `create`). */
  async #withCount<T>(warehouse: string, bin: string | undefined, create: boolean, task: (count: Count, db: Db) => Promise<T>): Promise<T> {
    const place = await resolveLocation(this.station, warehouse, bin);
    const key = locationText(place.warehouse, place.bin);
    return writeTransaction(this.db, async (db) => task(await this.#load(db, place, key, create), db), { locks: [{ kind: 'count', key }], retryOnConflict: true });
  }

  async #load(db: Db, place: ResolvedLocation, key: string, create: boolean): Promise<Count> {
    let count: Count;
    const stored = await findOpenCount(db, key);
    if (stored) {
      count = {
        id: stored.id,
        place,
        serials: new Map(stored.serials.map((s) => [s.key, { productId: s.productId, sku: s.sku, value: s.value, serialId: s.serialId }])),
        units: new Map(stored.units.map((u) => [u.productId, { sku: u.sku, qty: u.qty }])),
        pending: stored.pending,
      };
    } else {
      // A request that waited for the lock while the count was finished or cancelled finds it gone.
      if (!create) throw new StationError('conflict', `No count is running at ${key}.`);
      const id = await createCount(db, { locationKey: key, warehouseId: place.warehouseId, binId: place.binId });
      count = { id, place, serials: new Map(), units: new Map(), pending: null };
    }
    return count;
  }

  async #setPending(db: Db, count: Count, pending: Count['pending']): Promise<void> {
    if (count.pending?.productId === pending?.productId) return;
    await setCountPending(db, count.id, pending?.productId ?? null);
    count.pending = pending;
  }

  #expected(db: Db, place: ResolvedLocation) {
    const base = db.selectFrom('serials').where('status', '=', 'in_stock').where('warehouse_id', '=', place.warehouseId);
    return place.binId === null ? base.where('bin_id', 'is', null) : base.where('bin_id', '=', place.binId);
  }

  async #untrackedStock(db: Db, place: ResolvedLocation) {
    return db
      .selectFrom('stock')
      .innerJoin('products', 'products.id', 'stock.product_id')
      .select(['products.id', 'products.sku', 'stock.qty'])
      .where('stock.warehouse_id', '=', place.warehouseId)
      .where('stock.bin_key', '=', place.binId ?? 0)
      .where('products.tracking', '=', 'none')
      .execute();
  }

  async state(db: Db, count: Count): Promise<CountState> {
    const expected = await this.#expected(db, count.place).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const units = (await this.#untrackedStock(db, count.place)).reduce((n, r) => n + r.qty, 0);
    const counted: CountState['counted'] = [...count.serials.values()].map((s) => ({ sku: s.sku, serial: s.value, qty: 1 }));
    for (const u of count.units.values()) counted.push({ sku: u.sku, serial: null, qty: u.qty });
    const where = locationText(count.place.warehouse, count.place.bin);
    return {
      warehouse: count.place.warehouse,
      bin: count.place.bin,
      expected_serials: Number(expected?.n ?? 0),
      expected_units: units,
      counted,
      step: count.pending ? { kind: 'serial', sku: count.pending.sku } : { kind: 'item' },
      prompt: count.pending ? `Scan the serial number of the ${count.pending.sku} unit.` : `Scan every unit at ${where}: serials, GS1 barcodes, or product codes of products without serials.`,
    };
  }

  async start(warehouse: string, bin?: string): Promise<CountState> {
    return this.#withCount(warehouse, bin, true, (count, db) => this.state(db, count));
  }

  async cancel(warehouse: string, bin?: string): Promise<void> {
    await this.#withCount(warehouse, bin, false, (count, db) => deleteCount(db, count.id));
  }

  async scan(warehouse: string, bin: string | undefined, code: string, actor: WorkflowActor): Promise<CountScanResult> {
    return this.#withCount(warehouse, bin, false, async (count, db) => {
      const key = locationText(count.place.warehouse, count.place.bin);
      const verdict = await this.#scan(db, count, code);
      await journal(db, actor, { workflow: 'cycle_count', documentType: 'adjustment', documentNumber: key, raw: code, verdict });
      return { ...verdict, state: await this.state(db, count) };
    });
  }

  async #scan(db: Db, count: Count, code: string): Promise<Verdict> {
    const read = readScan(code, this.station.options.get('devices.scanner.fnc1Substitutes'));
    if (!read.ok) return rejected(read.reason, read.message);
    const match = await resolveProduct(db, read);
    if (match && read.gs1 && read.serial) return this.#serial(db, count, match.product, read.serial);
    if (count.pending) {
      const product = await getProductById(db, count.pending.productId);
      if (product) return this.#serial(db, count, product, read.code);
    }
    if (match) {
      if (match.product.tracking === 'full') {
        await this.#setPending(db, count, { productId: match.product.id, sku: match.product.sku });
        return accepted(`${match.product.sku}: scan its serial number.`);
      }
      const qty = await addCountedUnit(db, count.id, match.product.id);
      count.units.set(match.product.id, { sku: match.product.sku, qty });
      return accepted(`Counted ${qty} × ${match.product.sku}.`);
    }
    const found = await findSerials(db, read.code);
    const here = found.find((s) => s.status === 'in_stock' && s.warehouse === count.place.warehouse && s.bin === count.place.bin) ?? found[0];
    const product = here && (await getProductById(db, here.product_id));
    if (product) return this.#serial(db, count, product, here.value);
    return rejected('unknown_serial', `${read.code} is not in the ledger: scan its product first to count it as a new serial.`);
  }

  async #serial(db: Db, count: Count, product: ProductView, value: string): Promise<Verdict> {
    const key = `${product.id}:${this.station.options.get('serials.caseSensitive') ? value : foldSerial(value)}`;
    await this.#setPending(db, count, null);
    if (count.serials.has(key)) return rejected('already_counted', `Serial ${value} of ${product.sku} is already counted.`);
    const [serial] = await findSerials(db, value, { productId: product.id });
    if (!serial) {
      const rule = checkSerial(value, serialRuleOf(product, this.station.options.get('serials.defaultLength')));
      if (!rule.ok) return rejected(rule.reason, rule.message);
    }
    const counted = { productId: product.id, sku: product.sku, value: serial?.value ?? value, serialId: serial?.id ?? null };
    await addCountedSerial(db, count.id, { key, ...counted });
    count.serials.set(key, counted);
    const here = serial && serial.status === 'in_stock' && serial.warehouse === count.place.warehouse && serial.bin === count.place.bin;
    const note = !serial ? ' (new to the ledger)' : here ? '' : ` (recorded ${serial.status === 'in_stock' ? `at ${locationText(serial.warehouse, serial.bin)}` : `as ${serial.status.replace('_', ' ')}`})`;
    return accepted(`Counted ${product.sku} serial ${value}${note}.`);
  }

  /** Applies the count's differences in one transaction and ends it. */
  async finish(warehouse: string, bin: string | undefined, actor: WorkflowActor): Promise<CountSummary> {
    return this.#withCount(warehouse, bin, false, async (count, db) => {
      const where = locationText(count.place.warehouse, count.place.bin);
      const expectedHere = () => this.#expected(db, count.place).innerJoin('products', 'products.id', 'serials.product_id').select(['serials.id', 'serials.value', 'products.sku']).execute();
      // Stations deciding on these serials meanwhile (a pack, a transfer) wait for this count; then
      // what is here is read again, as it is now.
      await lockSerialValues(db, [...(await expectedHere()).map((e) => e.value), ...[...count.serials.values()].map((s) => s.value)]);
      const expected = await expectedHere();
      const countedIds = new Set([...count.serials.values()].map((s) => s.serialId).filter((id): id is number => id !== null));
      const expectedIds = new Set(expected.map((e) => e.id));
      const missing = expected.filter((e) => !countedIds.has(e.id));
      const movedHere = [...count.serials.values()].filter((s) => s.serialId !== null && !expectedIds.has(s.serialId));
      const added = [...count.serials.values()].filter((s) => s.serialId === null);
      const stock = await this.#untrackedStock(db, count.place);
      const quantities = new Map<number, { sku: string; expected: number; counted: number }>();
      for (const r of stock) quantities.set(r.id, { sku: r.sku, expected: r.qty, counted: 0 });
      for (const [id, u] of count.units) quantities.set(id, { sku: u.sku, expected: quantities.get(id)?.expected ?? 0, counted: u.qty });
      const moved: CountSummary['moved_here'] = [];
      for (const s of movedHere) {
        const [now] = await findSerials(db, s.value, { productId: s.productId });
        moved.push({ sku: s.sku, serial: s.value, from: now?.status === 'in_stock' ? locationText(now.warehouse, now.bin) : (now?.status ?? null) });
      }
      await writeTransaction(db, async (trx) => {
        await applyCycleCount(trx, {
        location: count.place,
        missing: missing.map((m) => m.id),
        movedHere: movedHere.map((s) => s.serialId as number),
        added: added.map((s) => ({ productId: s.productId, value: s.value })),
        quantities: [...quantities].map(([productId, q]) => ({ productId, sku: q.sku, delta: q.counted - q.expected })),
        label: `Cycle count ${where} ${new Date().toISOString().slice(0, 10)}`,
          userId: actor.userId,
          station: actor.station,
        });
        await deleteCount(trx, count.id);
      });
      return {
        warehouse: count.place.warehouse,
        bin: count.place.bin,
        counted_serials: count.serials.size,
        missing: missing.map((m) => ({ sku: m.sku, serial: m.value })),
        moved_here: moved,
        added: added.map((s) => ({ sku: s.sku, serial: s.value })),
        quantities: [...quantities.values()].filter((q) => q.counted !== q.expected),
      };
    });
  }
}
