import { msg, type Message } from '../../../shared/i18n/message';
import type { ReasonCode } from '../../../shared/workflows/verdict';
import type { OrderContext } from './order-context';

/**
 * Whether this station may pack the order at all: not shipped or cancelled, picked when
 * `shipping.excludeNonPicked`, confirmed when `shipping.proceedOnlyIfConfirmed`.
 */
export function orderGate(ctx: OrderContext): { reason: ReasonCode; message: Message } | null {
  const { order, options } = ctx;
  const n = order.order_number;
  if (order.status === 'shipped') return { reason: 'order_shipped', message: msg('verdicts-shipping.gate.shipped', { order: n }) };
  if (order.status === 'cancelled') return { reason: 'order_cancelled', message: msg('verdicts-shipping.gate.cancelled', { order: n }) };
  if (options['shipping.excludeNonPicked'] && !order.picked) {
    return { reason: 'order_not_picked', message: msg('verdicts-shipping.gate.notPicked', { order: n }) };
  }
  if (options['shipping.proceedOnlyIfConfirmed'] && !order.confirmed) {
    return { reason: 'order_not_confirmed', message: msg('verdicts-shipping.gate.notConfirmed', { order: n }) };
  }
  return null;
}
