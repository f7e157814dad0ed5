import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import { msg } from '../../../shared/i18n/message';
import type { ReasonCode, VerdictText } from '../../../shared/workflows/verdict';
import { findProductByCode } from '../../storage/repos/products';
import { serialsForShipping, type ShippingProduct } from '../../storage/repos/shipping-queries';
import { lockSerialValue } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import type { OrderContext } from './order-context';

export interface Refusal {
  reason: ReasonCode;
  message: VerdictText;
  /** The refusal when overriding is off at this station (an override was sent all the same). */
  overrideOff?: VerdictText;
}

/**
 * `hard`: refused whatever anyone says (a unit cannot be in two boxes, nor ship twice).
 * Otherwise `soft` lists the refusals a manual override may lift (length, pattern, not in stock),
 * and `serialId` is the ledger serial to pack (null: the serial is new to the station).
 */
export type ShippingSerialCheck = { ok: false; hard: Refusal } | { ok: true; serialId: number | null; soft: Refusal[] };

const hard = (reason: ReasonCode, message: VerdictText): ShippingSerialCheck => ({ ok: false, hard: { reason, message } });

/**
 * Every shipping rule for one serial of one product, in the order a packer wants to hear them:
 * a product or order code scanned by mistake, characters, this order, shipped, another product,
 * another open order, then the rules an override may lift (stock, length and pattern).
 */
export async function checkShippingSerial(db: Db, ctx: OrderContext, product: ShippingProduct & { product_id: number }, value: string): Promise<ShippingSerialCheck> {
  const o = ctx.options;
  if (value === ctx.order.order_number) return hard('looks_like_document', msg('verdicts-shipping.serial.orderNumber', { serial: value, sku: product.sku }));
  const basic = checkSerial(value, {});
  if (!basic.ok) return hard(basic.reason, basic.text);
  const asProduct = await findProductByCode(db, value);
  if (asProduct) return hard('looks_like_upc', msg('verdicts-shipping.serial.productCode', { serial: value, productSku: asProduct.product.sku, sku: product.sku }));

  // Other stations deciding on this serial now wait for this scan's commit (see locks.ts).
  await lockSerialValue(db, value);
  const found = await serialsForShipping(db, value, o['serials.caseSensitive']);
  const mine = found.find((s) => s.product_id === product.product_id);
  if (!mine && found.length > 0) {
    return hard('wrong_product', msg('verdicts-shipping.serial.wrongProduct', { serial: value, owners: found.map((s) => s.sku).join(', '), sku: product.sku }));
  }
  const soft: Refusal[] = [];
  if (mine) {
    if (ctx.packed.some((p) => p.serial_id === mine.id)) return hard('duplicate_in_order', msg('verdicts-shipping.serial.duplicate', { serial: value, order: ctx.order.order_number }));
    if (mine.status === 'shipped') return hard('already_shipped', msg('verdicts-shipping.serial.shipped', { serial: value, sku: product.sku }));
    if (mine.held_by && mine.held_by.order_id !== ctx.order.id) {
      return hard('not_in_stock', msg('verdicts-shipping.serial.heldElsewhere', { serial: value, sku: product.sku, other: mine.held_by.order_number }));
    }
    if (matchPo(ctx, product) && mine.status !== 'in_stock') {
      // `status`: available, assigned, quarantined, in_transit have their words; another status is named by its code.
      const status = mine.status;
      soft.push({
        reason: 'not_in_stock',
        message: msg('verdicts-shipping.serial.notInStock', { serial: value, sku: product.sku, status, overrideOff: 'no' }),
        overrideOff: msg('verdicts-shipping.serial.notInStock', { serial: value, sku: product.sku, status, overrideOff: 'yes' }),
      });
    }
  } else if (matchPo(ctx, product)) {
    soft.push({
      reason: 'not_in_stock',
      message: msg('verdicts-shipping.serial.neverReceived', { serial: value, sku: product.sku, overrideOff: 'no' }),
      overrideOff: msg('verdicts-shipping.serial.neverReceived', { serial: value, sku: product.sku, overrideOff: 'yes' }),
    });
  }
  if (o['shipping.requireSerialValidation']) {
    const rule = checkSerial(value, serialRuleOf(product, o['serials.defaultLength']));
    if (!rule.ok) soft.unshift({ reason: rule.reason, message: rule.text });
  }
  return { ok: true, serialId: mine?.id ?? null, soft };
}

/** Require serials to match PO applies to products whose serials are captured at receipt. */
function matchPo(ctx: OrderContext, product: ShippingProduct): boolean {
  return ctx.options['shipping.requireSerialsMatchPo'] && product.tracking === 'full';
}
