import { msg } from '../../../shared/i18n/message';
import type { OrderDocumentInput } from '../../../shared/domain/documents';
import type { OrderView } from '../../../shared/domain/views';
import { ConflictError } from '../errors';
import { getOrderById } from '../repos/orders';
import { findOrCreateWarehouse } from '../repos/places';
import { productsOfLines } from '../repos/products';
import type { Db } from '../schema';
import { chunks, iso } from '../time';
import { writeTransaction } from '../transaction';
import type { WriteResult } from './product-writer';
import { parseOrderDocument } from './validate';

/**
 * Creates an order, or replaces it while nothing has been scanned or shipped on it (by
 * order_number). Validated here (ValidationError); unknown SKUs reject the whole document.
 */
export async function upsertOrder(
  db: Db,
  input: OrderDocumentInput,
  opts: { at?: Date } = {},
): Promise<WriteResult<OrderView>> {
  const doc = parseOrderDocument(input);
  return writeTransaction(db, async (trx) => {
    const products = await productsOfLines(trx, doc.lines);
    const existing = await trx
      .selectFrom('orders')
      .select(['id', 'status'])
      .where('order_number', '=', doc.order_number)
      .executeTakeFirst();
    if (existing) {
      const touched = await trx
        .selectFrom('packing_scans')
        .select('id')
        .where('order_id', '=', existing.id)
        .executeTakeFirst();
      if (touched || existing.status !== 'open') {
        throw new ConflictError(msg('errors-storage.order.locked', { order: doc.order_number }), [
          doc.order_number,
        ]);
      }
    }
    const now = iso(opts.at);
    const warehouse = doc.warehouse === undefined ? null : await findOrCreateWarehouse(trx, doc.warehouse);
    const header = {
      warehouse_id: warehouse?.id ?? null,
      picked: doc.picked ? 1 : 0,
      confirmed: doc.confirmed ? 1 : 0,
      ship_to: doc.ship_to ? JSON.stringify(doc.ship_to) : null,
      labels: doc.labels ? JSON.stringify(doc.labels) : null,
      updated_at: now,
    };
    let orderId: number;
    if (existing) {
      orderId = existing.id;
      await trx.updateTable('orders').set(header).where('id', '=', orderId).execute();
      await trx.deleteFrom('order_lines').where('order_id', '=', orderId).execute();
    } else {
      ({ id: orderId } = await trx
        .insertInto('orders')
        .values({ ...header, order_number: doc.order_number, status: 'open', created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    const numbered = doc.lines.map((line, i) => ({ line, line_no: i + 1 }));
    for (const part of chunks(numbered, 200)) {
      await trx
        .insertInto('order_lines')
        .values(
          part.map(({ line, line_no }) => ({
            order_id: orderId,
            line_no,
            product_id: products.get(line.sku)!.id,
            qty: line.qty,
            unit_price: line.unit_price ?? null,
          })),
        )
        .execute();
    }
    return { value: (await getOrderById(trx, orderId))!, created: !existing };
  });
}
