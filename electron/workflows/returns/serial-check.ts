import type { ProductView, SerialView } from '../../../shared/domain/views';
import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import { locationText } from '../../../shared/workflows/lifecycle';
import { msg, type Message } from '../../../shared/i18n/message';
import type { ReasonCode } from '../../../shared/workflows/verdict';
import { lastShipmentOfSerial, type ReturnOrderLineRow } from '../../storage/repos/returns';
import { findSerials } from '../../storage/repos/serials';
import { lockSerialValue } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import { orderLineFor, type ReturnContext } from './return-context';

export type ReturnSerialCheck =
  | { ok: true; serialId: number | null; newSerial: string | null; line: ReturnOrderLineRow; credit: number | null }
  | { ok: false; reason: ReasonCode; message: Message };

const refuse = (reason: ReasonCode, message: Message): ReturnSerialCheck => ({ ok: false, reason, message });

/** The ledger's serials with this value, the one shipped on this order first (a value may exist for two products). */
export async function serialsForReturn(db: Db, ctx: ReturnContext, value: string): Promise<SerialView[]> {
  const found = await findSerials(db, value);
  const onOrder: SerialView[] = [];
  for (const s of found) if (await lastShipmentOfSerial(db, s.id, ctx.rma.order_id)) onOrder.push(s);
  return [...onOrder, ...found.filter((s) => !onOrder.includes(s))];
}

function notOut(s: SerialView, sku: string): ReturnSerialCheck {
  if (s.status === 'quarantined') return refuse('already_returned', msg('verdicts-stock.returns.serialBackQuarantined', { serial: s.value, sku }));
  if (s.status === 'in_stock') return refuse('not_returnable', msg('verdicts-stock.returns.serialInStock', { serial: s.value, sku, location: locationText(s.warehouse, s.bin) }));
  return refuse('not_returnable', msg('verdicts-stock.returns.serialNotOut', { serial: s.value, sku, status: s.status }));
}

/**
 * Whether a returned serial of `product` may come back on this RMA. With validation (the
 * default) it must be a serial shipped on the RMA's order and still out; without, any serial of a
 * product on the order that is not in stock is taken back, and an unknown one is added.
 */
export async function checkReturnSerial(db: Db, ctx: ReturnContext, product: ProductView, value: string): Promise<ReturnSerialCheck> {
  const order = ctx.rma.order_number;
  // Other stations deciding on this serial now wait for this scan's commit (see locks.ts).
  await lockSerialValue(db, value);
  const [serial] = await findSerials(db, value, { productId: product.id });
  if (ctx.options['returns.requireSerialValidation']) {
    if (!serial) return refuse('not_shipped_on_order', msg('verdicts-stock.returns.serialNotInLedger', { serial: value, sku: product.sku, order }));
    const shipment = await lastShipmentOfSerial(db, serial.id, ctx.rma.order_id);
    if (!shipment) {
      const elsewhere = await lastShipmentOfSerial(db, serial.id);
      return refuse(
        'not_shipped_on_order',
        elsewhere
          ? msg('verdicts-stock.returns.serialShippedElsewhere', { serial: value, sku: product.sku, order, other: elsewhere.order_number })
          : msg('verdicts-stock.returns.serialNotShippedOnOrder', { serial: value, sku: product.sku, order }),
      );
    }
    if (serial.status !== 'shipped') return notOut(serial, product.sku);
    const line = ctx.lines.find((l) => l.order_line_id === shipment.order_line_id) ?? orderLineFor(ctx, product.id);
    if (!line) return refuse('not_on_order', msg('verdicts-stock.returns.notOnOrder', { sku: product.sku, order }));
    return { ok: true, serialId: serial.id, newSerial: null, line, credit: shipment.unit_price };
  }

  const line = orderLineFor(ctx, product.id);
  if (!line) return refuse('not_on_order', msg('verdicts-stock.returns.notOnOrderNamed', { sku: product.sku, name: product.name, order }));
  if (serial && serial.status !== 'shipped') return notOut(serial, product.sku);
  if (!serial) {
    const rule = checkSerial(value, serialRuleOf(product, ctx.options['serials.defaultLength']));
    if (!rule.ok) return refuse(rule.reason, rule.text);
  }
  if (line.returned + 1 > line.shipped) {
    return refuse('over_returned', msg('verdicts-stock.returns.overReturned', { shipped: line.shipped, sku: product.sku, order, returned: line.returned }));
  }
  return { ok: true, serialId: serial?.id ?? null, newSerial: serial ? null : value, line, credit: line.unit_price };
}
