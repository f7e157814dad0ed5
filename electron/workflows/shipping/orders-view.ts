import type { OrderRow } from '../../../shared/workflows/shipping';
import { orderUnitCounts, searchOrders } from '../../storage/repos/shipping-queries';
import type { Db } from '../../storage/schema';
import type { OptionValues } from '../../../shared/options/registry';
import { displayStatus } from './state';

export interface OrdersQuery {
  query?: string | undefined;
  include_shipped?: boolean | undefined;
  limit?: number | undefined;
}

/**
 * The Orders view: open orders with their status (unpicked, picked, in progress; shipped ones on
 * request or when searching), found by part of the order number, a SKU, or a serial packed in it.
 * With `shipping.excludeNonPicked` unpicked orders are left out.
 */
export async function listOrders(db: Db, options: OptionValues, q: OrdersQuery): Promise<OrderRow[]> {
  const rows = await searchOrders(db, {
    ...(q.query === undefined ? {} : { query: q.query }),
    includeShipped: q.include_shipped ?? false,
    onlyPicked: options['shipping.excludeNonPicked'],
    caseSensitive: options['serials.caseSensitive'],
    limit: q.limit ?? 200,
  });
  const counts = await orderUnitCounts(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const c = counts.get(r.id) ?? { lines: 0, units: 0, scanned: 0 };
    return {
      order_number: r.order_number,
      status: displayStatus({ status: r.status, picked: r.picked === 1 }),
      picked: r.picked === 1,
      confirmed: r.confirmed === 1,
      warehouse: r.warehouse,
      lines: c.lines,
      units: c.units,
      scanned_units: c.scanned,
      updated_at: r.updated_at,
    };
  });
}
