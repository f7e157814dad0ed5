import type { OptionValues } from '../../../shared/options/registry';
import {
  getKitComponents,
  getKitReplacements,
  getOrderHeader,
  getOrderLinesForShipping,
  getPackedUnits,
  type KitComponentForShipping,
  type OrderHeader,
  type OrderLineForShipping,
  type PackedUnit,
} from '../../storage/repos/shipping-queries';
import type { Db } from '../../storage/schema';

/** One order as a scan sees it: header, lines, kit components, the units packed so far, the options in force. */
export interface OrderContext {
  order: OrderHeader;
  lines: OrderLineForShipping[];
  /** Components by kit product id (only products that are kits). */
  kits: Map<number, KitComponentForShipping[]>;
  packed: PackedUnit[];
  options: OptionValues;
  /** Kit components replaced on a line: line id → component id → replacement. */
  kitSwaps: Awaited<ReturnType<typeof getKitReplacements>>;
}

export async function loadOrderContext(db: Db, orderNumber: string, options: OptionValues): Promise<OrderContext | null> {
  const order = await getOrderHeader(db, orderNumber);
  if (!order) return null;
  const [lines, packed] = await Promise.all([getOrderLinesForShipping(db, order.id), getPackedUnits(db, order.id)]);
  const kits = new Map<number, KitComponentForShipping[]>();
  for (const c of await getKitComponents(db, lines.map((l) => l.product_id))) {
    const list = kits.get(c.parent_id) ?? [];
    list.push(c);
    kits.set(c.parent_id, list);
  }
  return { order, lines, kits, packed, options, kitSwaps: await getKitReplacements(db, order.id) };
}
