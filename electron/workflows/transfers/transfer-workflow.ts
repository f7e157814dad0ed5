import { StationError } from '../../../shared/api/errors';
import type { ProductView, SerialView } from '../../../shared/domain/views';
import { locationText, type TransferKind, type TransferLineView, type TransferScanResult, type TransferState, type TransferSummary } from '../../../shared/workflows/lifecycle';
import { english, msg, type Message } from '../../../shared/i18n/message';
import { accepted, rejected, type ReasonCode, type Verdict } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { ConflictError } from '../../storage/errors';
import { getBin, getWarehouseByCode } from '../../storage/repos/places';
import { getProductById, getProductBySku } from '../../storage/repos/products';
import { findSerials } from '../../storage/repos/serials';
import { createTransfer, finishTransfer, getTransfer, listTransfers, receiveTransfer, recordTransferUnit, transferLines, type TransferHeader } from '../../storage/repos/transfers';
import { lockDocument, lockSerialValue } from '../../storage/locks';
import { attempt } from '../../storage/savepoint';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import { keepEntry } from '../../storage/memory-hooks';
import type { WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { readScan } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { buildTransferState, transferKind } from './transfer-state';
import { notStaged } from '../../storage/staged-rows';

export interface NewTransferInput {
  kind: TransferKind;
  from_warehouse: string;
  from_bin?: string;
  /** Default: the source warehouse. */
  to_warehouse?: string;
  to_bin?: string;
  /** SKU-to-SKU: the product the units become. */
  to_sku?: string;
}

type Outcome = Verdict<TransferLineView>;

const atSource = (t: TransferHeader, s: SerialView) => s.status === 'in_stock' && s.warehouse === t.from_warehouse && (t.from_bin === null || s.bin === t.from_bin);
const atTarget = (t: TransferHeader, s: SerialView) => s.status === 'in_stock' && s.warehouse === t.to_warehouse && s.bin === t.to_bin;

/**
 * Transfers with a serial scan per unit: bin to bin, warehouse to warehouse, one-way (in transit
 * until received) and SKU to SKU. A serial must be in stock at the source (`not_at_source`); each
 * accepted unit moves at once, with its ledger event.
 */
export class TransferWorkflow {
  readonly #pending = new Map<string, { productId: number; sku: string }>();
  readonly #toSku = new Map<string, { id: number; sku: string }>();

  constructor(readonly station: Station) {}

  get db() {
    return this.station.database.db;
  }

  async #header(number: string, db: Db = this.db): Promise<TransferHeader> {
    const t = await getTransfer(db, number);
    if (!t) throw new StationError('not_found', msg('errors-stock.transfers.noTransfer', { transfer: number }));
    return t;
  }

  /**
   * One write transaction holding the transfer's lock, for every station sharing the database
   * (storage locks.ts); a unique violation runs the task again (its checks then see why).
   */
  lock<T>(number: string, task: (db: Db) => Promise<T>): Promise<T> {
    return writeTransaction(this.db, task, { locks: [{ kind: 'transfer', key: number }], retryOnConflict: true });
  }

  /** `newToSku`: the target SKU of a transfer being created (remembered once it commits). */
  async state(number: string, db: Db = this.db, newToSku?: string): Promise<TransferState> {
    const t = await this.#header(number, db);
    const lines = await transferLines(db, t.id);
    const toSku = newToSku ?? this.#toSku.get(number)?.sku ?? lines.find((l) => l.to_sku)?.to_sku ?? null;
    return buildTransferState(t, lines, toSku, t.status === 'open' ? (this.#pending.get(number)?.sku ?? null) : null);
  }

  async list(): Promise<TransferSummary[]> {
    return (await listTransfers(this.db)).map(({ one_way, same_warehouse, sku_lines, ...t }) => ({
      ...t,
      kind: one_way ? 'one_way' : sku_lines > 0 || this.#toSku.has(t.transfer_number) ? 'sku' : same_warehouse ? 'bin' : 'warehouse',
    }));
  }

  async create(input: NewTransferInput, actor: WorkflowActor): Promise<TransferState> {
    const bad = (path: string, text: Message): never => {
      throw new StationError('validation', text, [{ path, message: english(text) }]);
    };
    const from = await getWarehouseByCode(this.db, input.from_warehouse);
    if (!from) return bad('from_warehouse', msg('errors-stock.noWarehouse', { warehouse: input.from_warehouse }));
    const to = input.to_warehouse ? await getWarehouseByCode(this.db, input.to_warehouse) : from;
    if (!to) return bad('to_warehouse', msg('errors-stock.noWarehouse', { warehouse: String(input.to_warehouse) }));
    const fromBin = input.from_bin ? await getBin(this.db, from.id, input.from_bin) : undefined;
    if (input.from_bin && !fromBin) return bad('from_bin', msg('errors-stock.notBinOf', { bin: input.from_bin, warehouse: from.code }));
    const toBin = input.to_bin ? await getBin(this.db, to.id, input.to_bin) : undefined;
    if (input.to_bin && !toBin) return bad('to_bin', msg('errors-stock.notBinOf', { bin: input.to_bin, warehouse: to.code }));
    const sameLocation = from.id === to.id && (fromBin?.id ?? null) === (toBin?.id ?? null);
    let target: ProductView | undefined;
    if (input.kind === 'sku') {
      if (!input.to_sku) return bad('to_sku', msg('errors-stock.transfers.toSkuRequired'));
      target = await getProductBySku(this.db, input.to_sku);
      if (!target) return bad('to_sku', msg('errors-stock.transfers.unknownSku', { sku: input.to_sku }));
    } else if (sameLocation) {
      return bad('to_bin', msg('errors-stock.transfers.sameLocation', { location: locationText(from.code, fromBin?.code ?? null) }));
    }
    if (input.kind === 'bin' && from.id !== to.id) return bad('to_warehouse', msg('errors-stock.transfers.binToBinOneWarehouse'));
    if (input.kind === 'warehouse' && from.id === to.id) return bad('to_warehouse', msg('errors-stock.transfers.otherWarehouse', { warehouse: from.code }));
    // Two stations creating transfers at once may pick the same next number: one runs again.
    // The state is the transaction's result: an Idempotency-Key stores it with the new transfer.
    // The target SKU is remembered only once the transfer committed.
    const state = await writeTransaction(
      this.db,
      async (db) => {
        const t = await createTransfer(db, { fromWarehouseId: from.id, fromBinId: fromBin?.id ?? null, toWarehouseId: to.id, toBinId: toBin?.id ?? null, oneWay: input.kind === 'one_way', userId: actor.userId });
        return this.state(t.transfer_number, db, target?.sku);
      },
      { retryOnConflict: true },
    );
    if (target) this.#toSku.set(state.transfer_number, { id: target.id, sku: target.sku });
    return state;
  }

  scan(number: string, input: { code: string; to_sku?: string }, actor: WorkflowActor): Promise<TransferScanResult> {
    return this.lock(number, async (db) => {
      const t = await this.#header(number, db);
      // The step (a product awaiting its serial, the SKU chosen here) is put back when this scan does not commit.
      keepEntry(db, this.#pending, number);
      keepEntry(db, this.#toSku, number);
      if (input.to_sku && !this.#toSku.has(number)) {
        const target = await getProductBySku(db, input.to_sku);
        if (target) this.#toSku.set(number, { id: target.id, sku: target.sku });
      }
      const verdict = await this.#scan(db, t, input.code, actor);
      await journal(db, actor, { workflow: 'transfer', documentType: 'transfer', documentNumber: number, raw: input.code, verdict });
      return { ...verdict, state: await this.state(number, db) };
    });
  }

  async #scan(db: Db, t: TransferHeader, code: string, actor: WorkflowActor): Promise<Outcome> {
    if (t.status !== 'open') return rejected('transfer_closed', msg('verdicts-stock.transfers.closed', { transfer: t.transfer_number, status: t.status }));
    const read = readScan(code, this.station.options.values());
    if (!read.ok) return rejected(read.reason, read.message);
    const pending = this.#pending.get(t.transfer_number);
    if (pending) {
      const product = await getProductById(db, pending.productId);
      if (!product) return rejected('unknown_product', msg('verdicts-stock.noLongerInCatalog', { sku: pending.sku }));
      const match = read.gs1 ? await resolveProduct(db, read) : undefined;
      if (match && match.product.id !== product.id) return rejected('wrong_product', msg('verdicts-stock.transfers.wrongBarcode', { barcodeSku: match.product.sku, sku: product.sku }));
      return this.#serial(db, t, product, read.gs1 && read.serial ? read.serial : read.code, actor);
    }
    const match = await resolveProduct(db, read);
    if (match) {
      const product = match.product;
      if (read.gs1 && read.serial) return this.#serial(db, t, product, read.serial, actor);
      if (product.tracking === 'full' || (await this.#serialsAtSource(db, t, product.id))) {
        this.#pending.set(t.transfer_number, { productId: product.id, sku: product.sku });
        return accepted(msg('verdicts-stock.transfers.scanSerial', { sku: product.sku }));
      }
      return this.#unit(db, t, product, actor);
    }
    const found = await findSerials(db, read.code);
    const serial = found.find((s) => atSource(t, s)) ?? found[0];
    const product = serial && (await getProductById(db, serial.product_id));
    if (product) return this.#serial(db, t, product, serial.value, actor);
    return rejected('unknown_serial', msg('verdicts-stock.transfers.notProductOrSerial', { code: read.code.length > 40 ? `${read.code.slice(0, 40)}…` : read.code }));
  }

  async #serialsAtSource(db: Db, t: TransferHeader, productId: number): Promise<boolean> {
    let q = db.selectFrom('serials').select('id').where('product_id', '=', productId).where('status', '=', 'in_stock').where('warehouse_id', '=', t.from_warehouse_id).where(notStaged('serials'));
    if (t.from_bin_id !== null) q = q.where('bin_id', '=', t.from_bin_id);
    return (await q.limit(1).executeTakeFirst()) !== undefined;
  }

  #target(t: TransferHeader): { id: number; sku: string } | null {
    return this.#toSku.get(t.transfer_number) ?? null;
  }

  async #serial(db: Db, t: TransferHeader, product: ProductView, value: string, actor: WorkflowActor): Promise<Outcome> {
    const no = (reason: ReasonCode, message: Message) => rejected<TransferLineView>(reason, message);
    // Other stations deciding on this serial now wait for this scan's commit (see locks.ts).
    await lockSerialValue(db, value);
    const [serial] = await findSerials(db, value, { productId: product.id });
    if (!serial) return no('unknown_serial', msg('verdicts-stock.transfers.serialNotInLedger', { serial: value, sku: product.sku }));
    const target = this.#target(t);
    if (!atSource(t, serial)) {
      if (!target && atTarget(t, serial)) return no('same_location', msg('verdicts-stock.transfers.alreadyAtTarget', { serial: value, sku: product.sku, location: locationText(t.to_warehouse, t.to_bin) }));
      const expected = locationText(t.from_warehouse, t.from_bin);
      return no(
        'not_at_source',
        serial.status === 'in_stock'
          ? msg('verdicts-stock.serialAtOtherLocation', { serial: value, sku: product.sku, location: locationText(serial.warehouse, serial.bin), expected })
          : msg('verdicts-stock.serialNotInStock', { serial: value, sku: product.sku, status: serial.status, expected }),
      );
    }
    if (target?.id === product.id) return no('wrong_product', msg('verdicts-stock.transfers.alreadyThatSku', { serial: value, sku: product.sku }));
    const retire = target !== null && !this.station.options.get('transfers.transferSerials');
    try {
      // Under a savepoint: a refused SKU change leaves the transaction usable for the scan log.
      const lineId = await attempt(db, () => recordTransferUnit(db, { transferId: t.id, productId: product.id, toProductId: target?.id ?? null, serialId: serial.id, qty: 1, retireSerial: retire, userId: actor.userId, station: actor.station }));
      this.#pending.delete(t.transfer_number);
      return accepted(this.#moved(t, product.sku, value, target?.sku ?? null, retire), await this.#line(db, t, lineId));
    } catch (err) {
      if (err instanceof ConflictError) return no('duplicate_for_product', msg('verdicts-stock.transfers.duplicateSerial', { sku: target?.sku ?? product.sku, serial: value }));
      throw err;
    }
  }

  async #unit(db: Db, t: TransferHeader, product: ProductView, actor: WorkflowActor): Promise<Outcome> {
    const target = this.#target(t);
    if (target?.id === product.id) return rejected('wrong_product', msg('verdicts-stock.transfers.unitsAlreadyThatSku', { sku: product.sku }));
    // Two stations taking the last unit from one place: the second sees it gone.
    await lockDocument(db, 'stock', `${product.id}:${t.from_warehouse_id}:${t.from_bin_id ?? 0}`);
    const row = await db
      .selectFrom('stock')
      .select('qty')
      .where('product_id', '=', product.id)
      .where('warehouse_id', '=', t.from_warehouse_id)
      .where('bin_key', '=', t.from_bin_id ?? 0)
      .executeTakeFirst();
    if ((row?.qty ?? 0) < 1) return rejected('not_at_source', msg('verdicts-stock.transfers.noStockAtSource', { sku: product.sku, location: locationText(t.from_warehouse, t.from_bin) }));
    const lineId = await recordTransferUnit(db, { transferId: t.id, productId: product.id, toProductId: target?.id ?? null, qty: 1, userId: actor.userId, station: actor.station });
    return accepted(this.#moved(t, product.sku, null, target?.sku ?? null, false), await this.#line(db, t, lineId));
  }

  /** What an accepted unit did: `serial` moved (or became `toSku`), or one unit of a product without serials (null). */
  #moved(t: TransferHeader, sku: string, serial: string | null, toSku: string | null, retired: boolean): Message {
    const to = locationText(t.to_warehouse, t.to_bin);
    if (toSku) {
      return serial === null ? msg('verdicts-stock.transfers.unitBecame', { sku, toSku }) : msg('verdicts-stock.transfers.serialBecame', { sku, serial, toSku, retired: retired ? 'yes' : 'no' });
    }
    if (t.one_way) return serial === null ? msg('verdicts-stock.transfers.unitOnItsWay', { sku, to }) : msg('verdicts-stock.transfers.serialOnItsWay', { sku, serial, to });
    return serial === null ? msg('verdicts-stock.transfers.unitMoved', { sku, to }) : msg('verdicts-stock.transfers.serialMoved', { sku, serial, to });
  }

  async #line(db: Db, t: TransferHeader, lineId: number): Promise<TransferLineView | null> {
    return (await transferLines(db, t.id)).find((l) => l.line_id === lineId) ?? null;
  }

  cancelPending(number: string): Promise<TransferState> {
    // Under the transfer's lock: never between a scan's change of the step and that scan's undo.
    return this.lock(number, async (db) => {
      keepEntry(db, this.#pending, number);
      this.#pending.delete(number);
      return this.state(number, db);
    });
  }

  /** Done scanning: completed, or (one-way) in transit until received. */
  finish(number: string): Promise<TransferState> {
    return this.lock(number, async (db) => {
      const t = await this.#header(number, db);
      const lines = await transferLines(db, t.id);
      if (t.status === 'open' && lines.length === 0) throw new StationError('conflict', msg('errors-stock.transfers.nothingScanned', { transfer: number }));
      if (t.status !== 'open') throw new StationError('conflict', msg('errors-stock.transfers.status', { transfer: number, status: t.status }));
      await finishTransfer(db, t.id);
      this.#pending.delete(number);
      return this.state(number, db);
    });
  }

  receive(number: string, actor: WorkflowActor): Promise<TransferState> {
    return this.lock(number, async (db) => {
      const t = await this.#header(number, db);
      if (transferKind(t, null) !== 'one_way' || t.status !== 'in_transit') throw new StationError('conflict', msg('errors-stock.transfers.notOneWayInTransit', { transfer: number }));
      await receiveTransfer(db, t.id, { userId: actor.userId, station: actor.station });
      return this.state(number, db);
    });
  }
}
