import { StationError } from '../../../shared/api/errors';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { msg, type Message } from '../../../shared/i18n/message';
import type { ReceivingLine, ReceivingScanResult, ReceivingState } from '../../../shared/workflows/receiving';
import { accepted, rejected, type ReasonCode, type Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { defaultWarehouse, getBin } from '../../storage/repos/places';
import { setProductMeasure } from '../../storage/repos/products';
import { openReceivingSession, recordReceipt, setReceivingSessionBin } from '../../storage/repos/receiving';
import { countClosedSessions, findOpenSessionRef, type PoLineForReceiving } from '../../storage/repos/receiving-queries';
import type { Db } from '../../storage/schema';
import { cachedRead, cacheSet, ScanCache } from '../../storage/scan-cache';
import { writeTransaction, type WriteOptions } from '../../storage/transaction';
import { apiActor, type WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { readScan, type ScanRead } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { PendingStore, quantityBarcode } from './pending';
import { countReceipt, lineById, lineView, loadPoContext, serialRequired, type PoContext } from './po-context';
import { checkReceivingSerial, poLineOfSerial } from './serial-check';
import { readingSince } from '../../../shared/workflows/package-weight';
import { refusalMessage } from '../../../shared/workflows/shipping-weight';
import { buildState } from './state';

export interface ReceivingScanInput {
  code: string;
  /** REST: `code` is a serial of this product (or, for a product without serials at receipt, ignored). */
  sku?: string;
  qty?: number;
  bin?: string;
}

export interface MeasureInput {
  weight_grams?: number;
  /** Take the weight from the scale's current reading (it must be stable). */
  from_scale?: boolean;
  length_mm?: number;
  width_mm?: number;
  height_mm?: number;
}

type Outcome = { verdict: Verdict<ReceivingLine> };

/** The sentences a product's receipt can end with, and the same sentence after its weight was taken. */
const AFTER_WEIGHING: Partial<Record<MessageKey, MessageKey>> = {
  'verdicts-receiving.scanSerials': 'verdicts-receiving.measured.scanSerials',
  'verdicts-receiving.received': 'verdicts-receiving.measured.received',
};

/**
 * The receiving workflow: one implementation for the wizard (station API) and REST. Every scan is
 * checked against the PO, the product's serial rules and the receiving options before anything is
 * written; an accepted unit is committed (counts, serial, ledger event) before its verdict returns.
 */
export class ReceivingWorkflow {
  readonly pending = new PendingStore();
  /** What every scan reads (PO lines, its session, the key policy), kept between scans; see scan-cache.ts. */
  readonly cache = new ScanCache();

  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  async context(poNumber: string, db: Db = this.db): Promise<PoContext> {
    const ctx = await loadPoContext(db, poNumber, this.station.options.values());
    if (!ctx) throw new StationError('not_found', msg('errors-receiving.poNotFound', { po: poNumber }));
    return ctx;
  }

  async state(ctx: PoContext, actor: WorkflowActor, db: Db = this.db): Promise<ReceivingState> {
    const session = (ctx.session !== undefined ? ctx.session : await findOpenSessionRef(db, ctx.po.id, actor.station, apiActor(actor))) ?? undefined;
    return buildState(ctx, session, await countClosedSessions(db, ctx.po.id), this.pending.get(ctx.po.id));
  }

  /** Opens (or resumes) a PO in the wizard; nothing is written until the first accepted scan. */
  async open(poNumber: string, actor: WorkflowActor): Promise<ReceivingState> {
    return this.state(await this.context(poNumber), actor);
  }

  /**
   * One scan, in one write transaction: the checks, the receipt and the scan log entry commit
   * together (one durable commit per scan), and the verdict is returned only after the commit.
   */
  scan(poNumber: string, input: ReceivingScanInput, actor: WorkflowActor): Promise<ReceivingScanResult> {
    return this.#scanOnce(poNumber, input, actor, true) as Promise<ReceivingScanResult>;
  }

  /** The same scan for the REST API, which answers with the verdict and line only (no wizard state). */
  scanVerdict(poNumber: string, input: ReceivingScanInput, actor: WorkflowActor): Promise<Verdict<ReceivingLine>> {
    return this.#scanOnce(poNumber, input, actor, false);
  }

  #scanOnce(poNumber: string, input: ReceivingScanInput, actor: WorkflowActor, withState: boolean): Promise<Verdict<ReceivingLine> & { state?: ReceivingState }> {
    return this.lock(poNumber, async (db) => {
      const ctx = await this.context(poNumber, db);
      // The wizard's step moves only with a committed scan (a failed or retried one puts it back).
      this.pending.keep(db, ctx.po.id);
      const { verdict } = await this.#scan(db, ctx, input, actor);
      await journal(db, actor, { workflow: 'receive', documentType: 'purchase_order', documentNumber: poNumber, raw: input.code, verdict });
      const line = verdict.line ? lineById(ctx, verdict.line.line_id) : undefined;
      const result = { ...verdict, line: line ? lineView(ctx, line) : verdict.line };
      return withState ? { ...result, state: await this.state(ctx, actor, db) } : result;
    }, { cache: this.cache });
  }

  async #scan(db: Db, ctx: PoContext, input: ReceivingScanInput, actor: WorkflowActor): Promise<Outcome> {
    const no = (reason: ReasonCode, message: Message, line: PoLineForReceiving | null = null): Outcome => ({ verdict: rejected(reason, message, line && lineView(ctx, line)) });
    if (ctx.po.status === 'closed' || ctx.po.status === 'cancelled') return no('po_closed', msg('verdicts-receiving.poClosed', { po: ctx.po.po_number, status: ctx.po.status }));

    if (input.bin !== undefined) {
      const bin = await this.#setBin(db, ctx, input.bin, actor);
      if (!bin.ok) return no('unknown_bin', bin.message);
    }
    const session = await this.#openSession(db, ctx, actor);
    if (ctx.options['receiving.requireBin'] && !session?.bin) {
      if (input.bin !== undefined) return no('bin_required', msg('verdicts-receiving.bin.required'));
      // At the bin step the scan is the bin.
      const bin = await this.#setBin(db, ctx, input.code.trim(), actor);
      return bin.ok ? { verdict: accepted<ReceivingLine>(msg('verdicts-receiving.bin.set', { bin: bin.code })) } : no('unknown_bin', bin.message);
    }

    const read = readScan(input.code, ctx.options);
    if (!read.ok) return no(read.reason, read.message);

    if (input.sku !== undefined) return this.#scanForSku(db, ctx, input.sku, read, input.qty ?? 1, actor);

    const qtyCode = quantityBarcode(read.code);
    if (qtyCode !== null && !read.gs1) {
      if (qtyCode < 1) return no('bad_quantity', msg('verdicts-common.quantity.atLeastOne'));
      this.pending.setQty(ctx.po.id, qtyCode);
      return { verdict: accepted<ReceivingLine>(msg('verdicts-receiving.quantityForNext', { qty: qtyCode })) };
    }

    const pending = this.pending.get(ctx.po.id);
    if (pending?.kind === 'measure') {
      return no('measure_required', msg('verdicts-receiving.weighFirst', { sku: pending.sku }), lineById(ctx, pending.lineId) ?? null);
    }
    if (pending?.kind === 'serial') {
      const line = lineById(ctx, pending.lineId);
      if (!line) return no('not_on_po', msg('verdicts-receiving.noLongerOnPo', { sku: pending.sku, po: ctx.po.po_number }));
      return this.#serialScan(db, ctx, line, read, actor, false);
    }

    // The PO's own number where a product is expected: a notice, not an unknown product.
    if (!read.gs1 && read.code.trim() === ctx.po.po_number) return { verdict: accepted<ReceivingLine>(msg('verdicts-receiving.poAlreadyOpen', { po: ctx.po.po_number })) };
    const match = await resolveProduct(db, read);
    if (match) {
      const line = ctx.lines.find((l) => l.product_id === match.product.id);
      if (!line) return no('not_on_po', msg('verdicts-receiving.notOnPoNamed', { sku: match.product.sku, name: match.product.name, po: ctx.po.po_number }));
      // A GS1 barcode carrying the serial receives that one unit at once.
      if (read.gs1 && read.serial && serialRequired(ctx, line)) return this.#serialScan(db, ctx, line, read, actor, true);
      const qty = input.qty ?? this.pending.takeQty(ctx.po.id) ?? 1;
      return this.#startProduct(db, ctx, line, qty, actor);
    }
    if (pending?.kind === 'extra' && ctx.options['receiving.allowMoreSerialsThanQty']) {
      const line = lineById(ctx, pending.lineId);
      if (line) return this.#serialScan(db, ctx, line, read, actor, true);
    }
    const serialOfPo = await poLineOfSerial(db, ctx, read.code);
    if (serialOfPo) {
      const { line, received } = serialOfPo;
      const where = { code: read.code, sku: line.sku, lineNo: line.line_no, po: ctx.po.po_number };
      return no('serial_where_product_expected', msg(received ? 'verdicts-receiving.serialAsProduct.received' : 'verdicts-receiving.serialAsProduct.expected', where), line);
    }
    return no('unknown_product', msg('verdicts-common.unknownProduct', { code: read.code.length > 40 ? `${read.code.slice(0, 40)}…` : read.code }));
  }

  /** A product was scanned with a quantity: receive it, or start its weigh/serial steps. */
  async #startProduct(db: Db, ctx: PoContext, line: PoLineForReceiving, qty: number, actor: WorkflowActor): Promise<Outcome> {
    const view = lineView(ctx, line);
    if (!Number.isInteger(qty) || qty < 1 || qty > 100_000) return { verdict: rejected('bad_quantity', msg('verdicts-common.quantity.notWhole', { qty }), view) };
    if (!ctx.options['receiving.allowOverReceive'] && line.received_qty + qty > line.qty) {
      return { verdict: rejected('over_quantity', msg('verdicts-receiving.overQuantity', { sku: line.sku, received: line.received_qty, ordered: line.qty, qty }), view) };
    }
    if (ctx.options['receiving.requireWeight'] && line.weight_grams === null) {
      this.pending.set(ctx.po.id, { kind: 'measure', lineId: line.line_id, sku: line.sku, qty, startedAt: new Date().toISOString() });
      return { verdict: accepted(msg('verdicts-receiving.weighUnit', { sku: line.sku }), view) };
    }
    return this.#afterMeasure(db, ctx, line, qty, actor);
  }

  async #afterMeasure(db: Db, ctx: PoContext, line: PoLineForReceiving, qty: number, actor: WorkflowActor): Promise<Outcome> {
    const view = lineView(ctx, line);
    if (serialRequired(ctx, line)) {
      this.pending.set(ctx.po.id, { kind: 'serial', lineId: line.line_id, sku: line.sku, total: qty, done: 0 });
      return { verdict: accepted(msg('verdicts-receiving.scanSerials', { sku: line.sku, qty }), view) };
    }
    await this.#receive(db, ctx, line, qty, [], actor);
    this.pending.set(ctx.po.id, null);
    return { verdict: accepted(msg('verdicts-receiving.received', { qty, sku: line.sku, received: line.received_qty, ordered: line.qty }), view) };
  }

  /** One serial for `line`: checked, then received as one unit. `direct`: not part of a pending quantity. */
  async #serialScan(db: Db, ctx: PoContext, line: PoLineForReceiving, read: ScanRead, actor: WorkflowActor, direct: boolean): Promise<Outcome> {
    const view = lineView(ctx, line);
    let value = read.code;
    if (read.gs1) {
      const product = await resolveProduct(db, read);
      if (product?.product.id !== line.product_id) {
        return { verdict: rejected('serials_pending', msg('verdicts-receiving.otherProduct', { sku: line.sku }), view) };
      }
      if (!read.serial) return { verdict: rejected('bad_barcode', msg('verdicts-receiving.noSerialInBarcodeOf', { sku: line.sku }), view) };
      value = read.serial;
    }
    const pending = this.pending.get(ctx.po.id);
    const partOfQty = !direct && pending?.kind === 'serial' && pending.lineId === line.line_id;
    if (!partOfQty && !ctx.options['receiving.allowOverReceive'] && line.received_qty + 1 > line.qty) {
      return { verdict: rejected('over_quantity', msg('verdicts-receiving.allOrderedReceived', { sku: line.sku, ordered: line.qty }), view) };
    }
    const check = await checkReceivingSerial(db, ctx, line, value);
    if (!check.ok) return { verdict: rejected(check.reason, check.message, view) };
    await this.#receive(db, ctx, line, 1, [{ value, lot: read.batch, expiry: read.expiry, reReceive: check.reReceive }], actor);

    // `back`: a unit shipped before and back in stock.
    const back = check.reReceive;
    if (partOfQty && pending?.kind === 'serial') {
      const done = pending.done + 1;
      this.pending.set(ctx.po.id, done < pending.total ? { ...pending, done } : { kind: 'extra', lineId: line.line_id, sku: line.sku });
      const counted = { sku: line.sku, serial: value, done, total: pending.total };
      return { verdict: accepted(msg(back ? 'verdicts-receiving.receivedSerialOfBack' : 'verdicts-receiving.receivedSerialOf', counted), view) };
    }
    this.pending.set(ctx.po.id, { kind: 'extra', lineId: line.line_id, sku: line.sku });
    return { verdict: accepted(msg(back ? 'verdicts-receiving.receivedSerialBack' : 'verdicts-receiving.receivedSerial', { sku: line.sku, serial: value }), view) };
  }

  async #scanForSku(db: Db, ctx: PoContext, sku: string, read: ScanRead, qty: number, actor: WorkflowActor): Promise<Outcome> {
    const line = ctx.lines.find((l) => l.sku === sku);
    if (!line) return { verdict: rejected<ReceivingLine>('not_on_po', msg('verdicts-receiving.notOnPo', { sku, po: ctx.po.po_number })) };
    if (serialRequired(ctx, line)) {
      if (qty !== 1) return { verdict: rejected('bad_quantity', msg('verdicts-receiving.oneSerialAtATime', { sku }), lineView(ctx, line)) };
      return this.#serialScan(db, ctx, line, read, actor, true);
    }
    return this.#startProduct(db, ctx, line, qty, actor);
  }

  async #receive(db: Db, ctx: PoContext, line: PoLineForReceiving, qty: number, serials: { value: string; lot: string | null; expiry: string | null; reReceive: boolean }[], actor: WorkflowActor): Promise<void> {
    const session = await this.#session(db, ctx, actor);
    await recordReceipt(db, { sessionId: session.id, poLineId: line.line_id, qty, serials, userId: actor.userId, station: actor.station });
    countReceipt(ctx, line, qty, serials.length);
  }

  /** This station's open session on the PO, looked up once per scan (and kept by the scan cache). */
  async #openSession(db: Db, ctx: PoContext, actor: WorkflowActor) {
    if (ctx.session === undefined) {
      ctx.session = await cachedRead(db, sessionKey(ctx, actor), async () => (await findOpenSessionRef(db, ctx.po.id, actor.station, apiActor(actor))) ?? null);
    }
    return ctx.session;
  }

  /** The open session, opened by the first receipt (or bin) of a visit. */
  async #session(db: Db, ctx: PoContext, actor: WorkflowActor, binId?: number | null) {
    const open = await this.#openSession(db, ctx, actor);
    if (open) return open;
    ctx.session = await openReceivingSession(db, { poId: ctx.po.id, station: actor.station, userId: actor.userId, via: apiActor(actor), ...(binId === undefined ? {} : { binId }) });
    cacheSet(db, sessionKey(ctx, actor), ctx.session);
    return ctx.session;
  }

  async #setBin(db: Db, ctx: PoContext, code: string, actor: WorkflowActor): Promise<{ ok: true; code: string } | { ok: false; message: Message }> {
    const warehouseId = ctx.po.warehouse_id ?? (await defaultWarehouse(db)).id;
    const bin = code === '' ? undefined : await getBin(db, warehouseId, code);
    if (!bin) {
      const warehouse = ctx.po.warehouse ?? 'MAIN';
      return { ok: false, message: code ? msg('verdicts-receiving.bin.unknown', { code, warehouse }) : msg('verdicts-receiving.bin.emptyCode', { warehouse }) };
    }
    const session = await this.#session(db, ctx, actor, bin.id);
    await setReceivingSessionBin(db, session.id, bin.id);
    ctx.session = { ...session, bin: bin.code };
    cacheSet(db, sessionKey(ctx, actor), ctx.session);
    return { ok: true, code: bin.code };
  }

  /** Weight (and dimensions) for the product at the measure step, then on to its serials or receipt. */
  measure(poNumber: string, m: MeasureInput, actor: WorkflowActor): Promise<ReceivingScanResult> {
    return this.lock(poNumber, async (db) => {
      const ctx = await this.context(poNumber, db);
      const pending = this.pending.get(ctx.po.id);
      const line = pending?.kind === 'measure' ? lineById(ctx, pending.lineId) : undefined;
      if (!pending || pending.kind !== 'measure' || !line) throw new StationError('conflict', msg('errors-receiving.measure.nothingToWeigh'));
      let grams = m.weight_grams;
      if (m.from_scale) {
        const since = readingSince(this.station.devices.scaleSnapshot(), pending.startedAt);
        if (!since.ok) throw new StationError('unavailable', msg('errors-receiving.measure.noReading', { detail: refusalMessage(since) }));
        const r = since.reading;
        if (!r.stable || r.grams <= 0) throw new StationError('validation', msg('errors-receiving.measure.unstable', { weight: r.weight, unit: r.unit, status: r.status }));
        grams = r.grams;
      }
      if (grams === undefined || !(grams > 0)) throw new StationError('validation', msg('errors-receiving.measure.weightRequired'));
      const weight = grams;
      if ([m.length_mm, m.width_mm, m.height_mm].some((d) => d === undefined || !(d > 0))) {
        throw new StationError('validation', msg('errors-receiving.measure.dimensionsRequired'));
      }
      await setProductMeasure(db, line.product_id, { weight_grams: grams, length_mm: m.length_mm ?? null, width_mm: m.width_mm ?? null, height_mm: m.height_mm ?? null });
      this.pending.keep(db, ctx.po.id);
      const fresh = await this.context(poNumber, db);
      const { verdict } = await this.#afterMeasure(db, fresh, lineById(fresh, line.line_id) ?? line, pending.qty, actor);
      const after = await this.context(poNumber, db);
      // The line as committed (received counts included), as a scan's verdict carries it.
      const committed = lineById(after, line.line_id);
      const view = committed ? lineView(after, committed) : verdict.line;
      return { ...weighed(verdict, weight), line: view, state: await this.state(after, actor, db) };
    });
  }

  /** Drops units still waiting for serials (or a weight): they were not received. */
  cancelPending(poNumber: string, actor: WorkflowActor): Promise<ReceivingState> {
    // Under the PO's lock: never between a scan's change of the step and that scan's undo.
    return this.lock(poNumber, async (db) => {
      const ctx = await this.context(poNumber, db);
      this.pending.keep(db, ctx.po.id);
      this.pending.set(ctx.po.id, null);
      this.pending.takeQty(ctx.po.id);
      return this.state(ctx, actor, db);
    });
  }

  /**
   * One write transaction holding the PO's lock, for every station sharing the database (storage
   * locks.ts): the checks and writes of two scans of one PO never interleave. A unique violation
   * (another station received the same serial first) runs the task again, so it answers with the
   * verdict a single station gives; what `task` changes in memory is put back when it does not
   * commit (`pending.keep`, memory-hooks.ts).
   */
  lock<T>(poNumber: string, task: (db: Db) => Promise<T>, opts: WriteOptions = {}): Promise<T> {
    return writeTransaction(this.db, task, { locks: [{ kind: 'po', key: poNumber }], retryOnConflict: true, ...opts });
  }
}

function sessionKey(ctx: PoContext, actor: WorkflowActor): string {
  return `session:${JSON.stringify([ctx.po.id, actor.station, apiActor(actor)])}`;
}

/**
 * The verdict after the weigh step: the product's weight, then what the receipt said — one message
 * for each sentence a receipt can end with (AFTER_WEIGHING), so each language words the pair as a
 * whole. `grams` is a number: each language writes it its own way.
 */
function weighed(verdict: Verdict<ReceivingLine>, grams: number): Verdict<ReceivingLine> {
  const key = verdict.message_key ? AFTER_WEIGHING[verdict.message_key] : undefined;
  // #afterMeasure ends with one of AFTER_WEIGHING's sentences; any other is passed on as it is.
  if (!key) return verdict;
  const text = msg(key, { ...verdict.params, grams });
  return verdict.reason === null ? accepted(text, verdict.line) : rejected(verdict.reason, text, verdict.line);
}
