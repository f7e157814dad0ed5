import { StationError } from '../../../shared/api/errors';
import type { ProductView } from '../../../shared/domain/views';
import { msg, type Message } from '../../../shared/i18n/message';
import type { ShippingOpenResult, ShippingScanResult, ShippingState, WrongItem } from '../../../shared/workflows/shipping';
import { accepted, rejected, type Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { confirmOrder } from '../../storage/repos/packing';
import { getProductBySku } from '../../storage/repos/products';
import { getOrderHeader, latestShipment } from '../../storage/repos/shipping-queries';
import type { Db } from '../../storage/schema';
import { writeTransaction, type WriteOptions } from '../../storage/transaction';
import { afterCommit, onRollback } from '../../storage/memory-hooks';
import { rowsWritten } from '../../storage/scan-cache';
import type { WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { readScan, type ScanRead } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { quantityBarcode } from '../receiving/pending';
import { orderGate } from './gates';
import { productScan, unitsScan } from './item-scan';
import { loadOrderContext, type OrderContext } from './order-context';
import { PendingStore, type Pending, type SerialUnit } from './pending';
import { replaceableRow, replaceLine } from './replacement';
import { buildRows, orderComplete, rowView, serialRequired, stillToScan } from './rows';
import type { Outcome, OverrideInput, ScanCtx } from './scan-types';
import { serialScan } from './serial-scan';
import { expectedWeight } from '../../../shared/workflows/expected-weight';
import { packedItemWeights } from '../../storage/repos/package-weights';
import { PackageSteps } from './package-steps';
import { atPackageStep, buildState, type PackageStepInfo, type Packing } from './state';
import { openPackageNo, openPackages, startNewPackage } from '../../storage/repos/order-packages';
import { joined, textOf } from './text';

export interface ShippingScanInput {
  code: string;
  /** REST: `code` is a serial of this product (or, for a product packed without serials, ignored). */
  sku?: string | undefined;
  qty?: number | undefined;
  override?: OverrideInput | undefined;
}

/** The barcode (and the New package button) that starts the next package of the order. */
export const NEW_PACKAGE_CODE = 'PKG+';

const short = (code: string) => (code.length > 40 ? `${code.slice(0, 40)}…` : code);

/**
 * The Scan & Ship workflow: one implementation for the wizard (station API) and REST. Every scan
 * is checked against the order, the product's serial rules and the shipping options before
 * anything is written; an accepted unit is packed (durably) before its verdict returns.
 */
export class ShippingWorkflow {
  readonly pending = new PendingStore();
  /** When each order's package step began, and the bench's previous package weight. */
  readonly packageSteps = new PackageSteps();

  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  async context(orderNumber: string, db: Db = this.db): Promise<OrderContext> {
    const ctx = await loadOrderContext(db, orderNumber, this.station.options.values());
    if (!ctx) throw new StationError('not_found', msg('verdicts-shipping.order.notFound', { order: orderNumber }));
    return ctx;
  }

  async state(ctx: OrderContext, db: Db = this.db): Promise<ShippingState> {
    const shipment = ctx.order.status === 'shipped' ? await latestShipment(db, ctx.order.id) : null;
    const pending = this.pending.get(ctx.order.id);
    const packing = await this.packing(ctx, db);
    return buildState(ctx, pending, shipment, await this.packageStep(ctx, pending, packing, db), packing);
  }

  async packing(ctx: OrderContext, db: Db): Promise<Packing> {
    return { packages: await openPackages(db, ctx.order.id), current: await openPackageNo(db, ctx.order.id), partial: this.packageSteps.partial(ctx.order.id) };
  }

  /** The package step's weighing facts, or null (and its start forgotten) when the order is not at it. */
  async packageStep(ctx: OrderContext, pending: Pending | null, packing: Packing, db: Db = this.db): Promise<PackageStepInfo | null> {
    if (!atPackageStep(ctx, pending, packing)) {
      // Left only with the change that left it: a transaction that rolls back keeps the step.
      afterCommit(db, () => this.packageSteps.leave(ctx.order.id));
      return null;
    }
    const measured = await this.packageSteps.measured(db, ctx.order.id);
    const count = Math.max(1, packing.packages.length);
    await this.packageSteps.load(db, this.station.options.get('general.stationName'));
    const o = ctx.options;
    const tolerance = o['shipping.weightTolerancePercent'];
    const no = Math.min(count, measured.length + 1);
    const packageNo = count > 1 ? packing.packages[no - 1]?.package_no : undefined;
    const expected = tolerance === null ? { check: 'off' as const } : expectedWeight(await packedItemWeights(db, ctx.order.id, packageNo), o['shipping.packagingTareGrams'], tolerance);
    return { ...this.packageSteps.weighing(db, ctx.order.id), expected, package_no: no, package_count: count, measured };
  }

  /**
   * One write transaction holding the order's lock, for every station sharing the database
   * (storage locks.ts): two scans of one order never interleave, and a verdict is given only after
   * its COMMIT. A unique violation (another station took the same serial first) runs the task
   * again, so it answers as a single station would; the order's wizard step is put back when the
   * task fails.
   */
  lock<T>(orderNumber: string, task: (db: Db) => Promise<T>, opts: Pick<WriteOptions, 'bookkeeping'> = {}): Promise<T> {
    return writeTransaction(this.db, task, { locks: [{ kind: 'order', key: orderNumber }], retryOnConflict: true, ...opts });
  }

  /** The order scanned or typed at the first step: opened (or resumed) when this station may pack it. */
  async open(raw: string, actor: WorkflowActor): Promise<ShippingOpenResult> {
    const read = readScan(raw, this.station.options.values());
    const number = read.ok ? read.code.trim() : raw.trim();
    return this.lock(number, async (db) => {
      let verdict: Verdict<null>;
      let state: ShippingState | null = null;
      const ctx = read.ok && number !== '' ? await loadOrderContext(db, number, this.station.options.values()) : null;
      if (!read.ok) verdict = rejected(read.reason, read.message);
      else if (!ctx) verdict = rejected('unknown_document', msg('verdicts-shipping.order.notFound', { order: short(number) }));
      else {
        const gate = orderGate(ctx);
        if (gate) verdict = rejected(gate.reason, gate.message);
        else {
          state = await this.state(ctx, db);
          verdict = accepted(openMessage(number, state));
        }
      }
      await journal(db, actor, { workflow: 'ship', documentType: 'order', documentNumber: ctx ? number : null, raw, verdict });
      return { ...verdict, state };
    });
  }

  scan(orderNumber: string, input: ShippingScanInput, actor: WorkflowActor): Promise<ShippingScanResult> {
    return this.lock(orderNumber, async (db) => {
      const ctx = await this.context(orderNumber, db);
      this.pending.keep(db, ctx.order.id);
      const before = await rowsWritten(db);
      const outcome = await this.#scan(db, ctx, input, actor);
      const { verdict } = outcome;
      // A scan that wrote nothing (an item awaiting its serial, a refusal) left the order as loaded:
      // its reply is built from that context instead of reading the order a second time (SQLite).
      const unchanged = before !== null && (await rowsWritten(db)) === before;
      await journal(db, actor, { workflow: 'ship', documentType: 'order', documentNumber: orderNumber, raw: input.code, verdict });
      const fresh = unchanged ? ctx : await this.context(orderNumber, db);
      const row = verdict.line ? buildRows(fresh).find((r) => r.key === verdict.line?.row) : undefined;
      return { ...verdict, line: row ? rowView(fresh, row) : verdict.line, state: await this.state(fresh, db), wrong_item: outcome.wrong_item ?? null, approval: outcome.approval ?? null };
    });
  }

  async #scan(db: Db, ctx: OrderContext, input: ShippingScanInput, actor: WorkflowActor): Promise<Outcome> {
    const gate = orderGate(ctx);
    if (gate) return { verdict: rejected(gate.reason, gate.message) };
    const read = readScan(input.code, ctx.options);
    if (!read.ok) return { verdict: rejected(read.reason, read.message) };
    const sc: ScanCtx = { station: this.station, db, pending: this.pending, ctx, rows: buildRows(ctx), actor, override: input.override };
    if (input.sku !== undefined) return this.#scanForSku(sc, input.sku, read, input.qty ?? 1);

    const qtyCode = read.gs1 ? null : quantityBarcode(read.code);
    if (qtyCode !== null) {
      if (!ctx.options['shipping.allowMultipleQty']) return { verdict: rejected('qty_not_allowed', msg('verdicts-shipping.scan.qtyBarcodesOff')) };
      if (qtyCode < 1) return { verdict: rejected('bad_quantity', msg('verdicts-shipping.scan.qtyAtLeastOne')) };
      this.pending.setQty(ctx.order.id, qtyCode);
      return { verdict: accepted(msg('verdicts-shipping.scan.qtyNext', { qty: qtyCode })) };
    }
    const head = this.pending.get(ctx.order.id)?.units[0];
    if (!read.gs1 && read.code.trim().toUpperCase() === NEW_PACKAGE_CODE) {
      if (head) return { verdict: rejected('serial_required', msg('verdicts-shipping.scan.serialFirst', { sku: head.sku })) };
      const r = await startNewPackage(db, ctx.order.id);
      return { verdict: accepted(r.started ? msg('verdicts-shipping.scan.packageStarted', { no: r.package_no }) : msg('verdicts-shipping.scan.packageEmpty', { no: r.package_no })) };
    }
    if (head) return this.#pendingSerial(sc, head, read);
    // The order's own number where an item is expected: a notice, not a wrong item.
    if (!read.gs1 && read.code.trim() === ctx.order.order_number) return { verdict: accepted(msg('verdicts-shipping.scan.orderOpen', { order: ctx.order.order_number })) };

    const match = await resolveProduct(db, read);
    if (!match) return this.#wrongItem(sc, read.code, null);
    return this.#product(sc, match.product, read, input.qty ?? this.pending.takeQty(ctx.order.id) ?? 1);
  }

  /** A product: its row, else an allowed replacement (then its row), else a wrong item. */
  async #product(sc: ScanCtx, product: ProductView, read: ScanRead | null, qty: number): Promise<Outcome> {
    const direct = await productScan(sc, product, read, qty);
    if (direct) return direct;
    const row = await replaceableRow(sc, product);
    if (!row) return this.#wrongItem(sc, read?.code ?? product.sku, product);
    const replaced = await replaceLine(sc, row, product);
    if (replaced.refused) return replaced.refused;
    const fresh = await this.context(sc.ctx.order.order_number, sc.db);
    const next = await productScan({ ...sc, ctx: fresh, rows: buildRows(fresh), override: undefined }, product, read, qty);
    if (!next) return { verdict: accepted(replaced.note) };
    // The replacement and the scan it led to: one reply of two sentences (text.ts).
    return { ...next, verdict: { ...next.verdict, ...joined([replaced.note, textOf(next.verdict)]) } };
  }

  #wrongItem(sc: ScanCtx, code: string, product: ProductView | null): Outcome {
    const expected = sc.rows.filter((r) => r.kind !== 'kit' && r.remaining > 0).map((r) => ({ sku: r.product.sku, name: r.product.name, remaining: r.remaining }));
    // "SCN-100 ×2, CBL-USB ×2": SKUs and counts, the same in every language.
    const list = expected.map((e) => `${e.sku} ×${e.remaining}`).join(', ');
    const expects = list === '' ? 'nothing' : 'list';
    const wrong: WrongItem | null = sc.ctx.options['shipping.wrongItemMessageBox'] ? { code: short(code), scanned: product ? { sku: product.sku, name: product.name } : null, expected } : null;
    const message = product
      ? msg('verdicts-shipping.scan.notOnOrder', { sku: product.sku, name: product.name, order: sc.ctx.order.order_number, expects, list })
      : msg('verdicts-shipping.scan.unknownCode', { code: short(code), expects, list });
    return { verdict: rejected(product ? 'wrong_item' : 'unknown_product', message), wrong_item: wrong };
  }

  /** The scan is the serial of the unit at the head of the pending list. */
  async #pendingSerial(sc: ScanCtx, head: SerialUnit, read: ScanRead): Promise<Outcome> {
    const row = sc.rows.find((r) => r.key === head.row);
    const view = row ? rowView(sc.ctx, row) : null;
    let value = read.code;
    if (read.gs1) {
      const product = await resolveProduct(sc.db, read);
      if (product?.product.id !== head.productId) {
        const other = msg('verdicts-shipping.scan.otherBarcode', { known: product ? 'yes' : 'no', scanned: product?.product.sku ?? '', sku: head.sku });
        return { verdict: rejected('serial_required', other, view) };
      }
      if (!read.serial) return { verdict: rejected('bad_barcode', msg('verdicts-shipping.scan.noSerialInBarcode', { sku: head.sku }), view) };
      value = read.serial;
    }
    return serialScan(sc, head, { value, lot: read.batch, expiry: read.expiry }, true);
  }

  /** REST with `sku`: `code` is a serial of that product, or `qty` units of a product packed without serials. */
  async #scanForSku(sc: ScanCtx, sku: string, read: ScanRead, qty: number): Promise<Outcome> {
    const product = await getProductBySku(sc.db, sku);
    if (!product) return { verdict: rejected('unknown_product', msg('verdicts-shipping.scan.unknownSku', { sku: short(sku) })) };
    const row = sc.rows.find((r) => r.kind !== 'kit' && r.product.product_id === product.id && r.remaining > 0);
    if (!row || !serialRequired(row.product)) return row ? unitsScan(sc, row, qty, null) : this.#product(sc, product, null, qty);
    if (qty !== 1) return { verdict: rejected('bad_quantity', msg('verdicts-shipping.scan.oneSerialAtATime', { sku }), rowView(sc.ctx, row)) };
    const value = read.gs1 ? read.serial : read.code;
    if (!value) return { verdict: rejected('bad_barcode', msg('verdicts-shipping.scan.noSerialInBarcode', { sku }), rowView(sc.ctx, row)) };
    const unit = { row: row.key, lineId: row.line.line_id, productId: row.product.product_id, sku: row.product.sku };
    return serialScan(sc, unit, { value, lot: read.batch, expiry: read.expiry }, false);
  }

  /** A tracking number scanned at the package step: refused when it is a product code or an order number. */
  tracking(orderNumber: string, raw: string, actor: WorkflowActor): Promise<Verdict<null> & { tracking_number: string | null }> {
    return this.lock(orderNumber, async (db) => {
      const ctx = await this.context(orderNumber, db);
      const read = readScan(raw, ctx.options);
      const value = read.ok ? read.code.trim() : '';
      let verdict: Verdict<null>;
      if (!read.ok) verdict = rejected(read.reason, read.message);
      else if (value.length > 100 || /\s/.test(value)) verdict = rejected('bad_barcode', msg('verdicts-shipping.tracking.notTracking', { code: short(value) }));
      else if (value.toUpperCase() === NEW_PACKAGE_CODE) verdict = rejected('bad_barcode', msg('verdicts-shipping.tracking.newPackageCode', { code: NEW_PACKAGE_CODE }));
      else if (await resolveProduct(db, read)) verdict = rejected('looks_like_upc', msg('verdicts-shipping.tracking.productCode', { code: short(value) }));
      else if (await getOrderHeader(db, value)) verdict = rejected('looks_like_document', msg('verdicts-shipping.tracking.orderNumber', { code: value }));
      else verdict = accepted(msg('verdicts-shipping.tracking.scanned', { code: value }));
      await journal(db, actor, { workflow: 'ship', documentType: 'order', documentNumber: orderNumber, raw, verdict });
      return { ...verdict, tracking_number: verdict.verdict === 'accepted' ? value : null };
    });
  }

  /** Drops units still waiting for serials: they were not packed. */
  cancelPending(orderNumber: string): Promise<ShippingState> {
    return this.lock(orderNumber, async (db) => {
      const ctx = await this.context(orderNumber, db);
      this.pending.keep(db, ctx.order.id);
      this.pending.clear(ctx.order.id);
      return this.state(ctx, db);
    });
  }

  /** `shipping.allowPartial`: the packer ships what is packed (the package step opens), or goes back to packing. */
  partial(orderNumber: string, on: boolean): Promise<ShippingState> {
    return this.lock(orderNumber, async (db) => {
      const ctx = await this.context(orderNumber, db);
      const gate = orderGate(ctx);
      if (gate) throw new StationError('conflict', gate.message);
      if (on && !ctx.options['shipping.allowPartial']) throw new StationError('conflict', msg('verdicts-shipping.partial.off'));
      if (on && (await openPackages(db, ctx.order.id)).length === 0) throw new StationError('conflict', msg('verdicts-shipping.partial.nothingPacked', { order: orderNumber }));
      onRollback(db, this.packageSteps.setPartial(ctx.order.id, on));
      return this.state(ctx, db);
    });
  }

  /** The packer confirms a fully scanned order (when it is not confirmed automatically). */
  confirm(orderNumber: string): Promise<ShippingState> {
    return this.lock(orderNumber, async (db) => {
      const ctx = await this.context(orderNumber, db);
      const gate = orderGate(ctx);
      if (gate) throw new StationError('conflict', gate.message);
      const rows = buildRows(ctx);
      if (!orderComplete(rows)) throw new StationError('conflict', msg('verdicts-shipping.confirm.stillToScan', { order: orderNumber, rest: stillToScan(rows) }));
      await confirmOrder(db, ctx.order.id);
      return this.state(await this.context(orderNumber, db), db);
    });
  }
}

/**
 * What opening an order says: how many units are left to scan, or that every one is scanned and
 * what comes next (the step's prompt, state.ts, is part of the message: `step` and its parameters).
 */
function openMessage(number: string, state: ShippingState): Message {
  const required = state.required;
  const left = required - state.scanned;
  if (left > 0) return msg('verdicts-shipping.open.toScan', { order: number, left, required });
  return msg('verdicts-shipping.open.allScanned', { ...state.prompt_params, opened: number, required, step: promptStep(state.prompt_key) });
}

/** The `step` of open.allScanned that repeats a prompt of state.ts. */
function promptStep(key: ShippingState['prompt_key']): string {
  const step = key.replace(/^verdicts-shipping\.prompt\./, '');
  return step === key ? 'items' : step;
}
