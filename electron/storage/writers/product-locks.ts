import type { ProductDocument } from '../../../shared/domain/documents';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { msg, type Message } from '../../../shared/i18n/message';
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
const list = (key: MessageKey, values: string[]): Message =>
  msg(key, { count: values.length, numbers: values.slice(0, SHOWN).join(', '), more: Math.max(0, values.length - SHOWN) });

/** What holds the product, in words ("3 serials in stock", "open purchase order PO-1"); empty when nothing does. */
export async function productHolds(db: Db, productId: number): Promise<Message[]> {
  const holds: Message[] = [];
  const stock = await db.selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('product_id', '=', productId).where('status', '=', 'in_stock').executeTakeFirst();
  const n = Number(stock?.n ?? 0);
  if (n > 0) holds.push(msg('errors-storage.product.hold.serialsInStock', { count: n }));
  const pos = await db
    .selectFrom('po_lines')
    .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
    .select('purchase_orders.po_number')
    .distinct()
    .where('po_lines.product_id', '=', productId)
    .where('purchase_orders.status', 'not in', ['closed', 'cancelled'])
    .orderBy('purchase_orders.po_number')
    .execute();
  if (pos.length > 0) holds.push(list('errors-storage.product.hold.purchaseOrders', pos.map((p) => p.po_number)));
  const orders = await db
    .selectFrom('order_lines')
    .innerJoin('orders', 'orders.id', 'order_lines.order_id')
    .select('orders.order_number')
    .distinct()
    .where('order_lines.product_id', '=', productId)
    .where('orders.status', 'in', ['open', 'in_progress'])
    .orderBy('orders.order_number')
    .execute();
  if (orders.length > 0) holds.push(list('errors-storage.product.hold.orders', orders.map((o) => o.order_number)));
  const returns = await db
    .selectFrom('return_lines')
    .innerJoin('returns', 'returns.id', 'return_lines.return_id')
    .select('returns.rma_number')
    .distinct()
    .where('return_lines.product_id', '=', productId)
    .where('returns.status', '=', 'open')
    .orderBy('returns.rma_number')
    .execute();
  if (returns.length > 0) holds.push(list('errors-storage.product.hold.returns', returns.map((r) => r.rma_number)));
  const transfers = await db
    .selectFrom('transfer_lines')
    .innerJoin('transfers', 'transfers.id', 'transfer_lines.transfer_id')
    .select('transfers.transfer_number')
    .distinct()
    .where('transfer_lines.product_id', '=', productId)
    .where('transfers.status', 'in', ['open', 'in_transit'])
    .orderBy('transfers.transfer_number')
    .execute();
  if (transfers.length > 0) holds.push(list('errors-storage.product.hold.transfers', transfers.map((t) => t.transfer_number)));
  return holds;
}

/** Messages joined with ", " (each formatted in the reader's language). */
export function joined(parts: Message[]): Message {
  const [head, ...rest] = parts;
  if (head === undefined) throw new Error('joined needs at least one message');
  return rest.length === 0 ? head : msg('errors-storage.list', { head, tail: joined(rest) });
}
