import type { ProductDocument } from '../../../shared/domain/documents';
import type { ProductView } from '../../../shared/domain/views';
import type { Db } from '../schema';

/**
 * What a product's identity and serial rules are to stock and open documents: while serials of it
 * are in stock or a document is open on it, its tracking, serial rules and GTIN stay as they are
 * (changing them would make received serials invalid, or a scanned GTIN find another product).
 */
export const LOCKED_FIELDS = ['tracking', 'serial_length', 'serial_min_length', 'serial_max_length', 'serial_pattern', 'gtin'] as const;
export type LockedField = (typeof LOCKED_FIELDS)[number];

export interface LockedChange {
  field: LockedField;
  from: unknown;
  to: unknown;
}

export function lockedChanges(before: ProductView, after: ProductDocument): LockedChange[] {
  return LOCKED_FIELDS.flatMap((field) => {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    return from === to ? [] : [{ field, from, to }];
  });
}

const SHOWN = 3;
const list = (what: string, values: string[]) => `open ${what}${values.length === 1 ? '' : 's'} ${values.slice(0, SHOWN).join(', ')}${values.length > SHOWN ? ` and ${values.length - SHOWN} more` : ''}`;

/** What holds the product, in words ("3 serials in stock", "open purchase order PO-1"); empty when nothing does. */
export async function productHolds(db: Db, productId: number): Promise<string[]> {
  const holds: string[] = [];
  const stock = await db.selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('product_id', '=', productId).where('status', '=', 'in_stock').executeTakeFirst();
  const n = Number(stock?.n ?? 0);
  if (n > 0) holds.push(`${n} serial${n === 1 ? '' : 's'} in stock`);
  const pos = await db
    .selectFrom('po_lines')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
    .select('purchase_orders.po_number')
    .distinct()
    .where('po_lines.product_id', '=', productId)
    .where('purchase_orders.status', 'not in', ['closed', 'cancelled'])
    .orderBy('purchase_orders.po_number')
    .execute();
  if (pos.length > 0) holds.push(list('purchase order', pos.map((p) => p.po_number)));
  const orders = await db
    .selectFrom('order_lines')
    .innerJoin('orders', 'orders.id', 'order_lines.order_id')
    .select('orders.order_number')
    .distinct()
    .where('order_lines.product_id', '=', productId)
    .where('orders.status', 'in', ['open', 'in_progress'])
    .orderBy('orders.order_number')
    .execute();
  if (orders.length > 0) holds.push(list('order', orders.map((o) => o.order_number)));
  const returns = await db
    .selectFrom('return_lines')
    .innerJoin('returns', 'returns.id', 'return_lines.return_id')
    .select('returns.rma_number')
    .distinct()
    .where('return_lines.product_id', '=', productId)
    .where('returns.status', '=', 'open')
    .orderBy('returns.rma_number')
    .execute();
  if (returns.length > 0) holds.push(list('return', returns.map((r) => r.rma_number)));
  const transfers = await db
    .selectFrom('transfer_lines')
    .innerJoin('transfers', 'transfers.id', 'transfer_lines.transfer_id')
    .select('transfers.transfer_number')
    .distinct()
    .where('transfer_lines.product_id', '=', productId)
    .where('transfers.status', 'in', ['open', 'in_transit'])
    .orderBy('transfers.transfer_number')
    .execute();
  if (transfers.length > 0) holds.push(list('transfer', transfers.map((t) => t.transfer_number)));
  return holds;
}
