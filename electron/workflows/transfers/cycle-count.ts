import { StationError } from '../../../shared/api/errors';
import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import { foldSerial } from '../../../shared/domain/serial-key';
import type { ProductView } from '../../../shared/domain/views';
import type { CountReview } from '../../../shared/workflows/count-review';
import { msg } from '../../../shared/i18n/message';
import { locationText, prompted, type CountScanResult, type CountState, type CountSummary } from '../../../shared/workflows/lifecycle';
import { accepted, rejected, type Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { getProductById } from '../../storage/repos/products';
import { findSerials } from '../../storage/repos/serials';
import { addCountedSerial, addCountedUnit, createCount, deleteCount, findOpenCount, setCountPending } from '../../storage/repos/cycle-counts';
import { applyCycleCount } from '../../storage/repos/transfers-stock';
import { lockSerialValues } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import { keepEntry } from '../../storage/memory-hooks';
import type { WorkflowActor } from '../kit/actor';
import { requesterOf } from '../kit/supervisor-pin';
import { journal } from '../kit/journal';
import { readScan } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { quantityBarcode } from '../receiving/pending';
import { resolveLocation, type ResolvedLocation } from './adjust';
import { countExpectedSerials, countVariance, untrackedStock, type CountContent } from './count-variance';

interface Count extends CountContent {
  id: number;
  key: string;
  pending: { productId: number; sku: string } | null;
}

/**
 * Cycle counts with serials: scan everything found at one location (units of products without
 * serials one scan each, or a quantity at once), review the variance, then apply it. Each accepted
 * scan is kept in the database before its verdict (a count interrupted by a restart goes on where
 * it stopped) but changes no stock; the review changes nothing; applying writes every difference in
 * one transaction — missing serials removed, serials found here moved here, unknown ones added, and
 * the units of products without serials set to what was counted — and needs a supervisor PIN when
 * a write-off is above `counts.supervisorAbove`. The database holds the count, not this process:
 * every request reads it under the location's lock, so stations sharing a database count one
 * location together and a finish or cancel at one station ends it for all.
 */
export class CycleCounts {
  /** A `QTY<n>` scan at this station: how many units its next product without serials counts (not stored). */
  readonly #nextQty = new Map<string, number>();

  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  /** One write transaction holding the location's lock, with the count as stored (created on `create`). */
  /** `readOnly`: the task only reads (under the count's lock); the running operation's feed is not written with it. */
  async #withCount<T>(warehouse: string, bin: string | undefined, create: boolean, task: (count: Count, db: Db) => Promise<T>, readOnly = false): Promise<T> {
    const place = await resolveLocation(this.station, warehouse, bin);
    const key = locationText(place.warehouse, place.bin);
    return writeTransaction(this.db, async (db) => task(await this.#load(db, place, key, create), db), { locks: [{ kind: 'count', key }], retryOnConflict: true, bookkeeping: readOnly });
  }

  async #load(db: Db, place: ResolvedLocation, key: string, create: boolean): Promise<Count> {
    const stored = await findOpenCount(db, key);
    if (stored) {
      return {
        id: stored.id,
        key,
        place,
        serials: new Map(stored.serials.map((s) => [s.key, { productId: s.productId, sku: s.sku, value: s.value, serialId: s.serialId }])),
        units: new Map(stored.units.map((u) => [u.productId, { sku: u.sku, qty: u.qty }])),
        pending: stored.pending,
      };
    }
    // A request that waited for the lock while the count was finished or cancelled finds it gone.
    this.#nextQty.delete(key);
    if (!create) throw new StationError('conflict', msg('errors-stock.counts.noCount', { location: key }));
    const id = await createCount(db, { locationKey: key, warehouseId: place.warehouseId, binId: place.binId });
    return { id, key, place, serials: new Map(), units: new Map(), pending: null };
  }

  async #setPending(db: Db, count: Count, pending: Count['pending']): Promise<void> {
    if (count.pending?.productId === pending?.productId) return;
    await setCountPending(db, count.id, pending?.productId ?? null);
    count.pending = pending;
  }

  async state(db: Db, count: Count): Promise<CountState> {
    const expected = await countExpectedSerials(db, count.place);
    const units = (await untrackedStock(db, count.place)).reduce((n, r) => n + r.qty, 0);
    const counted: CountState['counted'] = [...count.serials.values()].map((s) => ({ sku: s.sku, serial: s.value, qty: 1 }));
    for (const u of count.units.values()) counted.push({ sku: u.sku, serial: null, qty: u.qty });
    const nextQty = this.#nextQty.get(count.key);
    return {
      warehouse: count.place.warehouse,
      bin: count.place.bin,
      expected_serials: expected,
      expected_units: units,
      counted,
      step: count.pending ? { kind: 'serial', sku: count.pending.sku } : { kind: 'item' },
      ...prompted(
        count.pending
          ? msg('verdicts-stock.counts.prompt.serial', { sku: count.pending.sku })
          : nextQty !== undefined
            ? msg('verdicts-stock.counts.prompt.quantity', { qty: nextQty })
            : msg('verdicts-stock.counts.prompt.item', { location: count.key }),
      ),
    };
  }

  async start(warehouse: string, bin?: string): Promise<CountState> {
    return this.#withCount(warehouse, bin, true, (count, db) => this.state(db, count));
  }

  async cancel(warehouse: string, bin?: string): Promise<void> {
    await this.#withCount(warehouse, bin, false, async (count, db) => {
      await deleteCount(db, count.id);
      this.#nextQty.delete(count.key);
    });
  }

  async scan(warehouse: string, bin: string | undefined, code: string, actor: WorkflowActor, qty?: number): Promise<CountScanResult> {
    return this.#withCount(warehouse, bin, false, async (count, db) => {
      // A quantity barcode waiting for the next item is put back when this scan does not commit.
      keepEntry(db, this.#nextQty, count.key);
      const verdict = await this.#scan(db, count, code, qty);
      await journal(db, actor, { workflow: 'cycle_count', documentType: 'adjustment', documentNumber: count.key, raw: code, verdict });
      return { ...verdict, state: await this.state(db, count) };
    });
  }

  async #scan(db: Db, count: Count, code: string, typedQty?: number): Promise<Verdict> {
    const read = readScan(code, this.station.options.values());
    if (!read.ok) return rejected(read.reason, read.message);
    const qtyCode = read.gs1 ? null : quantityBarcode(read.code);
    if (qtyCode !== null && !count.pending) {
      if (qtyCode < 1) return rejected('bad_quantity', msg('verdicts-stock.counts.badQuantity'));
      this.#nextQty.set(count.key, qtyCode);
      return accepted(msg('verdicts-stock.counts.quantity', { qty: qtyCode }));
    }
    const match = await resolveProduct(db, read);
    if (match && read.gs1 && read.serial) return this.#serial(db, count, match.product, read.serial);
    if (count.pending) {
      const product = await getProductById(db, count.pending.productId);
      if (product) return this.#serial(db, count, product, read.code);
    }
    if (match) {
      const many = typedQty ?? this.#nextQty.get(count.key) ?? 1;
      this.#nextQty.delete(count.key);
      if (match.product.tracking === 'full') {
        if (many > 1) return rejected('serial_required', msg('verdicts-stock.counts.serialRequired', { sku: match.product.sku }));
        await this.#setPending(db, count, { productId: match.product.id, sku: match.product.sku });
        return accepted(msg('verdicts-stock.counts.scanSerial', { sku: match.product.sku }));
      }
      const qty = await addCountedUnit(db, count.id, match.product.id, many);
      count.units.set(match.product.id, { sku: match.product.sku, qty });
      return accepted(many > 1 ? msg('verdicts-stock.counts.countedMore', { added: many, sku: match.product.sku, qty }) : msg('verdicts-stock.counts.counted', { qty, sku: match.product.sku }));
    }
    const found = await findSerials(db, read.code);
    const here = found.find((s) => s.status === 'in_stock' && s.warehouse === count.place.warehouse && s.bin === count.place.bin) ?? found[0];
    const product = here && (await getProductById(db, here.product_id));
    if (product) return this.#serial(db, count, product, here.value);
    return rejected('unknown_serial', msg('verdicts-stock.counts.unknownSerial', { code: read.code }));
  }

  async #serial(db: Db, count: Count, product: ProductView, value: string): Promise<Verdict> {
    const key = `${product.id}:${this.station.options.get('serials.caseSensitive') ? value : foldSerial(value)}`;
    await this.#setPending(db, count, null);
    if (count.serials.has(key)) return rejected('already_counted', msg('verdicts-stock.counts.alreadyCounted', { serial: value, sku: product.sku }));
    const [serial] = await findSerials(db, value, { productId: product.id });
    if (!serial) {
      const rule = checkSerial(value, serialRuleOf(product, this.station.options.get('serials.defaultLength')));
      if (!rule.ok) return rejected(rule.reason, rule.text);
    }
    const counted = { productId: product.id, sku: product.sku, value: serial?.value ?? value, serialId: serial?.id ?? null };
    await addCountedSerial(db, count.id, { key, ...counted });
    count.serials.set(key, counted);
    const here = serial && serial.status === 'in_stock' && serial.warehouse === count.place.warehouse && serial.bin === count.place.bin;
    const sku = product.sku;
    if (!serial) return accepted(msg('verdicts-stock.counts.countedSerialNew', { sku, serial: value }));
    if (here) return accepted(msg('verdicts-stock.counts.countedSerial', { sku, serial: value }));
    return accepted(
      serial.status === 'in_stock'
        ? msg('verdicts-stock.counts.countedSerialRecordedAt', { sku, serial: value, location: locationText(serial.warehouse, serial.bin) })
        : msg('verdicts-stock.counts.countedSerialRecordedAs', { sku, serial: value, status: serial.status }),
    );
  }

  /** The variance review: nothing changes. */
  async review(warehouse: string, bin: string | undefined): Promise<CountReview> {
    return this.#withCount(warehouse, bin, false, async (count, db) => (await countVariance(db, count, this.station.options.get('counts.supervisorAbove'))).review, true);
  }

  /**
   * Applies the count's differences in one transaction and ends it. A write-off above
   * `counts.supervisorAbove` needs a supervisor's PIN (refused without one, nothing applied).
   */
  async finish(warehouse: string, bin: string | undefined, actor: WorkflowActor, pin?: string): Promise<CountSummary> {
    // The PIN is checked before the count's transaction, so a wrong one is recorded (the lockout)
    // even though the count is then refused and nothing of it is written.
    let approver: { id: number; name: string } | null = null;
    if (pin !== undefined && pin !== '' && (await this.review(warehouse, bin)).needs_supervisor) {
      const check = await this.station.approvals.check(pin, requesterOf(actor));
      if (!check.ok) throw new StationError(check.reason === 'pin_locked' ? 'locked' : 'unauthenticated', check.message);
      approver = check.supervisor;
    }
    return this.#withCount(warehouse, bin, false, async (count, db) => {
      const where = count.key;
      // Stations deciding on these serials meanwhile (a pack, a transfer) wait for this count; then
      // what is here is read again, as it is now (countVariance reads the ledger after the locks).
      const before = await countVariance(db, count, 0);
      await lockSerialValues(db, [...before.review.missing.map((m) => m.serial), ...[...count.serials.values()].map((s) => s.value)]);
      const supervisorAbove = this.station.options.get('counts.supervisorAbove');
      const { review, apply } = await countVariance(db, count, supervisorAbove);
      if (review.needs_supervisor && approver === null) {
        throw new StationError('forbidden', msg('errors-stock.counts.supervisorNeeded', { units: review.largest_write_off, above: supervisorAbove }));
      }
      // Decided afresh by each attempt (a retried one may find a write-off the first did not).
      const approvedBy = review.needs_supervisor ? approver : null;
      await applyCycleCount(db, {
        location: count.place,
        ...apply,
        label: `Cycle count ${where} ${new Date().toISOString().slice(0, 10)}${approvedBy ? ` approved by ${approvedBy.name}` : ''}`,
        userId: actor.userId,
        station: actor.station,
      });
      await deleteCount(db, count.id);
      this.#nextQty.delete(where);
      return {
        warehouse: count.place.warehouse,
        bin: count.place.bin,
        counted_serials: count.serials.size,
        missing: review.missing,
        moved_here: review.extra.filter((e) => !e.is_new).map(({ sku, serial, recorded_at, recorded_status }) => ({ sku, serial, from: recorded_at ?? recorded_status })),
        added: review.extra.filter((e) => e.is_new).map(({ sku, serial }) => ({ sku, serial })),
        quantities: apply.quantities.filter((q) => q.delta !== 0).map((q) => {
          const l = review.lines.find((x) => x.sku === q.sku);
          return { sku: q.sku, expected: l?.expected ?? 0, counted: l?.counted ?? 0 };
        }),
        approved_by: approvedBy?.name ?? null,
      };
    });
  }
}
