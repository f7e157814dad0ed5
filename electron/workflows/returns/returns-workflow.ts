import { StationError } from '../../../shared/api/errors';
import type { ProductView } from '../../../shared/domain/views';
import type { ReturnCondition, ReturnLineView, ReturnScanResult, ReturnState } from '../../../shared/workflows/lifecycle';
import { msg, type Message } from '../../../shared/i18n/message';
import { accepted, rejected, type ReasonCode, type Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { getOrder } from '../../storage/repos/orders';
import { getProductById, getProductBySku } from '../../storage/repos/products';
import { createReturn, getReturn, recordReturnUnit, returnLines } from '../../storage/repos/returns';
import { lockDocument } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import { keepEntry } from '../../storage/memory-hooks';
import type { WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { readScan, type ScanRead } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { buildReturnState, loadReturnContext, orderLineFor, type ReturnContext } from './return-context';
import { checkReturnSerial, serialsForReturn } from './serial-check';

export interface ReturnScanInput {
  code: string;
  /** REST: `code` is a serial of this product (for a product without serials, one unit of it). */
  sku?: string;
  condition?: ReturnCondition;
}

export interface CreateReturnInput {
  order_number: string;
  rma_number?: string;
  reason?: string;
}

type Outcome = Verdict<ReturnLineView>;

/**
 * Returns (RMA): one implementation for the Returns wizard and REST. A scan names a returned
 * unit (product, then its serial; or the serial alone; or a GS1 barcode with both); every rule is
 * checked before anything is written, and an accepted unit is committed before its verdict returns.
 */
export class ReturnsWorkflow {
  /** RMA number → the product waiting for its serial. */
  readonly #pending = new Map<string, { productId: number; sku: string }>();

  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  context(rma: string, db: Db = this.db): Promise<ReturnContext> {
    return loadReturnContext(db, rma, this.station.options.values());
  }

  async state(rma: string, db: Db = this.db): Promise<ReturnState> {
    const ctx = await this.context(rma, db);
    return buildReturnState(db, ctx, ctx.rma.status === 'open' ? (this.#pending.get(rma)?.sku ?? null) : null);
  }

  /**
   * Opens an RMA on an order. A given RMA number already on the same order is opened again (a
   * retried request creates nothing twice); one on another order is a conflict.
   */
  async create(input: CreateReturnInput, actor: WorkflowActor): Promise<{ created: boolean; state: ReturnState }> {
    // Two stations opening an RMA at once may pick the same next number: the UNIQUE index refuses
    // one, which then runs again and takes the following number.
    return writeTransaction(this.db, async (db) => {
      await lockDocument(db, 'order', input.order_number);
      const order = await getOrder(db, input.order_number);
      if (!order) throw new StationError('not_found', msg('errors-stock.returns.noOrder', { order: input.order_number }));
      if (input.rma_number) {
        const existing = await getReturn(db, input.rma_number);
        if (existing && existing.order_id !== order.id) {
          throw new StationError('conflict', msg('errors-stock.returns.rmaOfOtherOrder', { rma: input.rma_number, order: existing.order_number }), undefined, [input.rma_number]);
        }
        if (existing) return { created: false, state: await this.state(existing.rma_number, db) };
      }
      const shipped = order.lines.reduce((n, l) => n + l.shipped_qty, 0);
      if (shipped === 0) throw new StationError('conflict', msg('errors-stock.returns.nothingShipped', { order: order.order_number }));
      const rma = await createReturn(db, { orderId: order.id, rmaNumber: input.rma_number ?? null, reason: input.reason ?? null, userId: actor.userId });
      return { created: true, state: await this.state(rma, db) };
    }, { retryOnConflict: true });
  }

  scan(rma: string, input: ReturnScanInput, actor: WorkflowActor): Promise<ReturnScanResult> {
    return this.lock(rma, async (db) => {
      const ctx = await this.context(rma, db);
      // The step (a product awaiting its serial) is put back when this scan does not commit.
      keepEntry(db, this.#pending, rma);
      const verdict = await this.#scan(db, ctx, input, actor);
      await journal(db, actor, { workflow: 'return', documentType: 'return', documentNumber: rma, raw: input.code, verdict });
      return { ...verdict, state: await this.state(rma, db) };
    });
  }

  cancelPending(rma: string): Promise<ReturnState> {
    // Under the RMA's lock: never between a scan's change of the step and that scan's undo.
    return this.lock(rma, async (db) => {
      keepEntry(db, this.#pending, rma);
      this.#pending.delete(rma);
      return this.state(rma, db);
    });
  }

  /**
   * One write transaction holding the RMA's lock and its order's (over-returns are counted per
   * order line, across RMAs), for every station sharing the database (storage locks.ts).
   */
  lock<T>(rma: string, task: (db: Db) => Promise<T>): Promise<T> {
    return writeTransaction(
      this.db,
      async (db) => {
        const header = await getReturn(db, rma);
        if (header) await lockDocument(db, 'order', header.order_number);
        return task(db);
      },
      { locks: [{ kind: 'rma', key: rma }], retryOnConflict: true },
    );
  }

  forget(rma: string): void {
    this.#pending.delete(rma);
  }

  async #scan(db: Db, ctx: ReturnContext, input: ReturnScanInput, actor: WorkflowActor): Promise<Outcome> {
    const no = (reason: ReasonCode, message: Message): Outcome => rejected(reason, message);
    const rma = ctx.rma.rma_number;
    if (ctx.rma.status !== 'open') return no('rma_closed', msg('verdicts-stock.returns.rmaClosed', { rma }));
    const read = readScan(input.code, ctx.options);
    if (!read.ok) return no(read.reason, read.message);
    const condition = input.condition ?? null;
    // The RMA's own number (or its order's) again: a notice, not an unknown item.
    if (input.sku === undefined && !read.gs1 && (read.code.trim() === rma || read.code.trim() === ctx.rma.order_number)) {
      return accepted(msg('verdicts-stock.returns.alreadyOpen', { rma, order: ctx.rma.order_number }));
    }

    if (input.sku !== undefined) {
      const product = await getProductBySku(db, input.sku);
      if (!product) return no('unknown_product', msg('verdicts-stock.unknownSku', { sku: input.sku }));
      return product.tracking === 'none' ? this.#unit(db, ctx, product, condition, actor) : this.#serial(db, ctx, product, read.gs1 && read.serial ? read.serial : read.code, condition, actor);
    }

    const pending = this.#pending.get(rma);
    if (pending) {
      const product = await getProductById(db, pending.productId);
      if (!product) return no('unknown_product', msg('verdicts-stock.noLongerInCatalog', { sku: pending.sku }));
      return this.#serial(db, ctx, product, await this.#serialOf(db, read, product), condition, actor);
    }

    const match = await resolveProduct(db, read);
    if (match) {
      const product = match.product;
      if (read.gs1 && read.serial) return this.#serial(db, ctx, product, read.serial, condition, actor);
      if (product.tracking === 'none') return this.#unit(db, ctx, product, condition, actor);
      const line = orderLineFor(ctx, product.id);
      if (!line) return no('not_on_order', msg('verdicts-stock.returns.notOnOrderNamed', { sku: product.sku, name: product.name, order: ctx.rma.order_number }));
      if (line.returned >= line.shipped) {
        return no('over_returned', msg('verdicts-stock.returns.overReturned', { shipped: line.shipped, sku: product.sku, order: ctx.rma.order_number, returned: line.returned }));
      }
      this.#pending.set(rma, { productId: product.id, sku: product.sku });
      return accepted(msg('verdicts-stock.returns.scanSerial', { sku: product.sku }));
    }
    // Not a product code: a serial on its own names its product.
    const [serial] = await serialsForReturn(db, ctx, read.code);
    if (serial) {
      const product = await getProductById(db, serial.product_id);
      if (product) return this.#serial(db, ctx, product, serial.value, condition, actor);
    }
    const shown = read.code.length > 40 ? `${read.code.slice(0, 40)}…` : read.code;
    return no(ctx.options['returns.requireSerialValidation'] ? 'not_shipped_on_order' : 'unknown_product', msg('verdicts-stock.returns.notProductOrSerial', { code: shown, order: ctx.rma.order_number }));
  }

  /** The serial a scan carries for the pending product: the plain code, or AI (21) of its GS1 barcode. */
  async #serialOf(db: Db, read: ScanRead, product: ProductView): Promise<string> {
    if (!read.gs1) return read.code;
    const match = await resolveProduct(db, read);
    return match?.product.id === product.id && read.serial ? read.serial : read.code;
  }

  async #serial(db: Db, ctx: ReturnContext, product: ProductView, value: string, condition: ReturnCondition | null, actor: WorkflowActor): Promise<Outcome> {
    const check = await checkReturnSerial(db, ctx, product, value);
    if (!check.ok) return rejected(check.reason, check.message);
    const lineId = await recordReturnUnit(db, {
      returnId: ctx.rma.id,
      productId: product.id,
      orderLineId: check.line.order_line_id,
      qty: 1,
      condition,
      creditAmount: check.credit,
      serialId: check.serialId,
      newSerial: check.newSerial,
      userId: actor.userId,
      station: actor.station,
    });
    this.#pending.delete(ctx.rma.rma_number);
    const returned = msg('verdicts-stock.returns.returnedSerial', { sku: product.sku, serial: value, isNew: check.newSerial ? 'yes' : 'no', condition: condition ?? 'none' });
    return accepted(returned, await this.#line(db, ctx, lineId));
  }

  async #unit(db: Db, ctx: ReturnContext, product: ProductView, condition: ReturnCondition | null, actor: WorkflowActor): Promise<Outcome> {
    const line = orderLineFor(ctx, product.id);
    if (!line) return rejected('not_on_order', msg('verdicts-stock.returns.notOnOrderNamed', { sku: product.sku, name: product.name, order: ctx.rma.order_number }));
    if (line.returned + 1 > line.shipped) {
      return rejected('over_returned', msg('verdicts-stock.returns.overReturned', { shipped: line.shipped, sku: product.sku, order: ctx.rma.order_number, returned: line.returned }));
    }
    const lineId = await recordReturnUnit(db, {
      returnId: ctx.rma.id,
      productId: product.id,
      orderLineId: line.order_line_id,
      qty: 1,
      condition,
      creditAmount: line.unit_price,
      userId: actor.userId,
      station: actor.station,
    });
    return accepted(msg('verdicts-stock.returns.returnedUnit', { sku: product.sku, returned: line.returned + 1, shipped: line.shipped }), await this.#line(db, ctx, lineId));
  }

  async #line(db: Db, ctx: ReturnContext, lineId: number): Promise<ReturnLineView | null> {
    return (await returnLines(db, ctx.rma.id)).find((l) => l.line_id === lineId) ?? null;
  }
}
