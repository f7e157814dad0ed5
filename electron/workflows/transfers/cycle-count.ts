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
import { writeTransaction } from '../../storage/transaction';
import type { WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { KeyedLock } from '../kit/keyed-lock';
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
 * without serials set to what was counted. The counts in memory mirror the stored ones.
 */
export class CycleCounts {
  readonly #counts = new Map<string, Count>();
  readonly #lock = new KeyedLock();

  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  async #count(warehouse: string, bin: string | undefined, create: boolean): Promise<Count> {
    const place = await resolveLocation(this.station, warehouse, bin);
    const key = locationText(place.warehouse, place.bin);
    const cached = this.#counts.get(key);
    if (cached) return cached;
    // Under the location's lock: two first requests for one location load (or create) it once.
    return this.#lock.run(key, () => this.#load(place, key, create));
  }

  async #load(place: ResolvedLocation, key: string, create: boolean): Promise<Count> {
    let count = this.#counts.get(key);
    if (count) return count;
    const stored = await findOpenCount(this.db, key);
    if (stored) {
      count = {
        id: stored.id,
        place,
        serials: new Map(stored.serials.map((s) => [s.key, { productId: s.productId, sku: s.sku, value: s.value, serialId: s.serialId }])),
        units: new Map(stored.units.map((u) => [u.productId, { sku: u.sku, qty: u.qty }])),
        pending: stored.pending,
      };
    } else {
      if (!create) throw new StationError('conflict', `No count is running at ${key}.`);
      const id = await createCount(this.db, { locationKey: key, warehouseId: place.warehouseId, binId: place.binId });
      count = { id, place, serials: new Map(), units: new Map(), pending: null };
    }
    this.#counts.set(key, count);
    return count;
  }

  /** A request that waited for the lock while the count was finished or cancelled finds it gone. */
  #stillOpen(count: Count, key: string): void {
    if (this.#counts.get(key) !== count) throw new StationError('conflict', `No count is running at ${key}.`);
  }

  async #setPending(count: Count, pending: Count['pending']): Promise<void> {
    if (count.pending?.productId === pending?.productId) return;
    await setCountPending(this.db, count.id, pending?.productId ?? null);
    count.pending = pending;
  }

  #expected(place: ResolvedLocation) {
    const base = this.db.selectFrom('serials').where('status', '=', 'in_stock').where('warehouse_id', '=', place.warehouseId);
    return place.binId === null ? base.where('bin_id', 'is', null) : base.where('bin_id', '=', place.binId);
  }

  async #untrackedStock(place: ResolvedLocation) {
    return this.db
      .selectFrom('stock')
      .innerJoin('products', 'products.id', 'stock.product_id')
      .select(['products.id', 'products.sku', 'stock.qty'])
      .where('stock.warehouse_id', '=', place.warehouseId)
      .where('stock.bin_key', '=', place.binId ?? 0)
      .where('products.tracking', '=', 'none')
      .execute();
  }

  async state(count: Count): Promise<CountState> {
    const expected = await this.#expected(count.place).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const units = (await this.#untrackedStock(count.place)).reduce((n, r) => n + r.qty, 0);
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
    return this.state(await this.#count(warehouse, bin, true));
  }

  async cancel(warehouse: string, bin?: string): Promise<void> {
    const count = await this.#count(warehouse, bin, false);
    const key = locationText(count.place.warehouse, count.place.bin);
    await this.#lock.run(key, async () => {
      this.#stillOpen(count, key);
      await deleteCount(this.db, count.id);
      this.#counts.delete(key);
    });
  }

  async scan(warehouse: string, bin: string | undefined, code: string, actor: WorkflowActor): Promise<CountScanResult> {
    const count = await this.#count(warehouse, bin, false);
    const key = locationText(count.place.warehouse, count.place.bin);
    return this.#lock.run(key, async () => {
      this.#stillOpen(count, key);
      const verdict = await this.#scan(count, code);
      await journal(this.db, actor, { workflow: 'cycle_count', documentType: 'adjustment', documentNumber: key, raw: code, verdict });
      return { ...verdict, state: await this.state(count) };
    });
  }

  async #scan(count: Count, code: string): Promise<Verdict> {
    const read = readScan(code, this.station.options.values());
    if (!read.ok) return rejected(read.reason, read.message);
    const match = await resolveProduct(this.db, read);
    if (match && read.gs1 && read.serial) return this.#serial(count, match.product, read.serial);
    if (count.pending) {
      const product = await getProductById(this.db, count.pending.productId);
      if (product) return this.#serial(count, product, read.code);
    }
    if (match) {
      if (match.product.tracking === 'full') {
        await this.#setPending(count, { productId: match.product.id, sku: match.product.sku });
        return accepted(`${match.product.sku}: scan its serial number.`);
      }
      const qty = await addCountedUnit(this.db, count.id, match.product.id);
      count.units.set(match.product.id, { sku: match.product.sku, qty });
      return accepted(`Counted ${qty} × ${match.product.sku}.`);
    }
    const found = await findSerials(this.db, read.code);
    const here = found.find((s) => s.status === 'in_stock' && s.warehouse === count.place.warehouse && s.bin === count.place.bin) ?? found[0];
    const product = here && (await getProductById(this.db, here.product_id));
    if (product) return this.#serial(count, product, here.value);
    return rejected('unknown_serial', `${read.code} is not in the ledger: scan its product first to count it as a new serial.`);
  }

  async #serial(count: Count, product: ProductView, value: string): Promise<Verdict> {
    const key = `${product.id}:${this.station.options.get('serials.caseSensitive') ? value : foldSerial(value)}`;
    await this.#setPending(count, null);
    if (count.serials.has(key)) return rejected('already_counted', `Serial ${value} of ${product.sku} is already counted.`);
    const [serial] = await findSerials(this.db, value, { productId: product.id });
    if (!serial) {
      const rule = checkSerial(value, serialRuleOf(product, this.station.options.get('serials.defaultLength')));
      if (!rule.ok) return rejected(rule.reason, rule.message);
    }
    const counted = { productId: product.id, sku: product.sku, value: serial?.value ?? value, serialId: serial?.id ?? null };
    await addCountedSerial(this.db, count.id, { key, ...counted });
    count.serials.set(key, counted);
    const here = serial && serial.status === 'in_stock' && serial.warehouse === count.place.warehouse && serial.bin === count.place.bin;
    const note = !serial ? ' (new to the ledger)' : here ? '' : ` (recorded ${serial.status === 'in_stock' ? `at ${locationText(serial.warehouse, serial.bin)}` : `as ${serial.status.replace('_', ' ')}`})`;
    return accepted(`Counted ${product.sku} serial ${value}${note}.`);
  }

  /** Applies the count's differences in one transaction and ends it. */
  async finish(warehouse: string, bin: string | undefined, actor: WorkflowActor): Promise<CountSummary> {
    const count = await this.#count(warehouse, bin, false);
    const where = locationText(count.place.warehouse, count.place.bin);
    return this.#lock.run(where, async () => {
      this.#stillOpen(count, where);
      const expected = await this.#expected(count.place).innerJoin('products', 'products.id', 'serials.product_id').select(['serials.id', 'serials.value', 'products.sku']).execute();
      const countedIds = new Set([...count.serials.values()].map((s) => s.serialId).filter((id): id is number => id !== null));
      const expectedIds = new Set(expected.map((e) => e.id));
      const missing = expected.filter((e) => !countedIds.has(e.id));
      const movedHere = [...count.serials.values()].filter((s) => s.serialId !== null && !expectedIds.has(s.serialId));
      const added = [...count.serials.values()].filter((s) => s.serialId === null);
      const stock = await this.#untrackedStock(count.place);
      const quantities = new Map<number, { sku: string; expected: number; counted: number }>();
      for (const r of stock) quantities.set(r.id, { sku: r.sku, expected: r.qty, counted: 0 });
      for (const [id, u] of count.units) quantities.set(id, { sku: u.sku, expected: quantities.get(id)?.expected ?? 0, counted: u.qty });
      const moved: CountSummary['moved_here'] = [];
      for (const s of movedHere) {
        const [now] = await findSerials(this.db, s.value, { productId: s.productId });
        moved.push({ sku: s.sku, serial: s.value, from: now?.status === 'in_stock' ? locationText(now.warehouse, now.bin) : (now?.status ?? null) });
      }
      await writeTransaction(this.db, async (trx) => {
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
      this.#counts.delete(where);
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
