import type { ReasonCode } from '../../../shared/workflows/verdict';
import { recordAudit } from '../../storage/repos/audit-log';
import { confirmOrder, orderFullyScanned, recordPackingScan, recountKitLine } from '../../storage/repos/packing';
import { appendSerialEvent, insertSerial, type DocumentRef } from '../../storage/repos/serials';
import { writeTransaction } from '../../storage/transaction';
import { feedUnit, inOperationScope } from '../../operations/operation-scope';
import type { Db } from '../../storage/schema';
import type { WorkflowActor } from '../kit/actor';
import type { OrderContext } from './order-context';
import { isKitLine, kitCount } from './rows';

/** A serial first seen at the bench (ship tracking, or not received): created in stock, without a location. */
export interface NewSerialSpec {
  value: string;
  lot: string | null;
  expiry: string | null;
}

/** A serial taken against the rules, with who approved it and why (`messages`: the refusals in English, for the ledger). */
export interface OverrideRecord {
  rules: ReasonCode[];
  messages: string[];
  reason: string;
  approver: { id: number; name: string } | null;
}

export interface PackUnit {
  lineId: number;
  productId: number;
  sku: string;
  qty: number;
  serial?: { id: number } | NewSerialSpec;
  override?: OverrideRecord;
}

export interface PackResult {
  /** Every line is now scanned in full. */
  complete: boolean;
  /** …and the order was confirmed by it (`shipping.autoConfirm`). */
  confirmed: boolean;
}

/**
 * What a packing verdict adds when the order became complete: the `complete` parameter of its
 * message (` All items are scanned; the order is confirmed.`, ` All items are scanned.`, nothing).
 */
export function completion(r: PackResult): 'confirmed' | 'yes' | 'no' {
  if (!r.complete) return 'no';
  return r.confirmed ? 'confirmed' : 'yes';
}

/**
 * Packs units into the order in one transaction: new serials, override events and audit entries,
 * the packing scans, the kit counts, and the automatic confirmation when everything is scanned.
 * Durable before the verdict is given (a kill -9 afterwards keeps every packed unit).
 */
export async function packUnits(db: Db, ctx: OrderContext, units: PackUnit[], actor: WorkflowActor): Promise<PackResult> {
  const orderRef: DocumentRef = { type: 'order', id: ctx.order.id, number: ctx.order.order_number };
  const who = { userId: actor.userId, station: actor.station };
  return writeTransaction(db, async (trx) => {
    const kitLines = new Set<number>();
    for (const u of units) {
      let serialId: number | null = null;
      if (u.serial && 'id' in u.serial) serialId = u.serial.id;
      else if (u.serial) {
        serialId = await insertSerial(
          trx,
          { value: u.serial.value, productId: u.productId, status: 'in_stock', source: 'external', lot: u.serial.lot, expiry: u.serial.expiry },
          { ...who, type: 'adjusted', document: orderRef, details: { action: 'captured', note: 'first seen at the packing bench' } },
        );
      }
      if (u.override && serialId !== null) {
        const value = u.serial && 'value' in u.serial ? u.serial.value : await serialValue(trx, serialId);
        const details = { order: ctx.order.order_number, sku: u.sku, rules: u.override.rules, refused: u.override.messages, approved_by: u.override.approver?.name ?? null, packed_by: actor.userName };
        await appendSerialEvent(trx, serialId, u.productId, { ...who, type: 'overridden', document: orderRef, details: { ...details, reason: u.override.reason } });
        await recordAudit(trx, { userId: u.override.approver?.id ?? actor.userId, station: actor.station, action: 'serial.override', subject: value, reason: u.override.reason, details });
      }
      const line = ctx.lines.find((l) => l.line_id === u.lineId);
      const kit = line !== undefined && isKitLine(ctx, line);
      if (kit) kitLines.add(u.lineId);
      await recordPackingScan(trx, { orderLineId: u.lineId, productId: u.productId, qty: u.qty, serialId, lineQty: kit ? 0 : u.qty, ...who });
      if (inOperationScope()) {
        const serial = u.serial ? ('value' in u.serial ? u.serial.value : await serialValue(trx, u.serial.id)) : null;
        feedUnit(trx, { sku: u.sku, qty: u.qty, serial });
      }
    }
    for (const lineId of kitLines) {
      const line = ctx.lines.find((l) => l.line_id === lineId);
      if (line) await recountKitLine(trx, lineId, kitCount(ctx, line));
    }
    const complete = await orderFullyScanned(trx, ctx.order.id);
    const confirmed = complete && !ctx.order.confirmed && ctx.options['shipping.autoConfirm'];
    if (confirmed) await confirmOrder(trx, ctx.order.id);
    return { complete, confirmed };
  });
}

async function serialValue(db: Db, id: number): Promise<string> {
  const row = await db.selectFrom('serials').select('value').where('id', '=', id).executeTakeFirstOrThrow();
  return row.value;
}
