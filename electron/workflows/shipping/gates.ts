import type { ReasonCode } from '../../../shared/workflows/verdict';
import type { OrderContext } from './order-context';

/**
 * Whether this station may pack the order at all: not shipped or cancelled, picked when
 * `shipping.excludeNonPicked`, confirmed when `shipping.proceedOnlyIfConfirmed`.
 */
export function orderGate(ctx: OrderContext): { reason: ReasonCode; message: string } | null {
  const { order, options } = ctx;
  const n = order.order_number;
  if (order.status === 'shipped') return { reason: 'order_shipped', message: `${n} has already shipped; nothing more can be packed on it.` };
  if (order.status === 'cancelled') return { reason: 'order_cancelled', message: `${n} is cancelled; it cannot be packed.` };
  if (options['shipping.excludeNonPicked'] && !order.picked) {
    return { reason: 'order_not_picked', message: `${n} is not marked picked; this station packs picked orders only.` };
  }
  if (options['shipping.proceedOnlyIfConfirmed'] && !order.confirmed) {
    return { reason: 'order_not_confirmed', message: `${n} is not confirmed; this station packs confirmed orders only.` };
  }
  return null;
}
