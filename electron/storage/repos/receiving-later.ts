import { msg } from '../../../shared/i18n/message';
import { ConflictError } from '../errors';
import type { Db } from '../schema';
import { writeTransaction } from '../transaction';
import { defaultWarehouse, getBinById } from './places';
import { insertSerial, type Actor, type DocumentRef } from './serials';
import { getSerialKeyPolicy } from './settings';
import { notStaged } from '../staged-rows';

export interface LaterSerialInput extends Actor {
  poLineId: number;
  value: string;
}

/**
 * Gives a serial to a unit received on this PO line without one (`ship` tracking, or
 * `receiving.requireSerial` off at the time): the serial is received on the line's latest
 * receiving session, in its bin, as if scanned then (ledger `received`, `added_later`). Refused
 * when every received unit of the line has a serial, or when no unit without one is on hand there
 * (shipped meanwhile). The received count does not change.
 */
export async function addSerialToReceivedUnit(db: Db, input: LaterSerialInput): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const line = await trx
      .selectFrom('po_lines')
      .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
      .innerJoin('products', 'products.id', 'po_lines.product_id')
      .select(['po_lines.id', 'po_lines.product_id', 'po_lines.unit_cost', 'po_lines.received_qty', 'po_lines.serial_count', 'products.sku', 'purchase_orders.id as po_id', 'purchase_orders.po_number', 'purchase_orders.warehouse_id'])
      .where('po_lines.id', '=', input.poLineId)
      .executeTakeFirstOrThrow();
    if (line.serial_count >= line.received_qty) throw new ConflictError(msg('errors-storage.receiving.allHaveSerials', { sku: line.sku, po: line.po_number }));
    const session = await trx
      .selectFrom('receiving_session_lines')
      .innerJoin('receiving_sessions', 'receiving_sessions.id', 'receiving_session_lines.session_id')
      .select(['receiving_sessions.id', 'receiving_sessions.bin_id'])
      .where('receiving_session_lines.po_line_id', '=', line.id)
      .orderBy('receiving_sessions.id', 'desc')
      .executeTakeFirstOrThrow();
    const bin = session.bin_id === null ? undefined : await getBinById(trx, session.bin_id);
    const warehouseId = bin?.warehouse_id ?? line.warehouse_id ?? (await defaultWarehouse(trx)).id;
    const stock = await trx.selectFrom('stock').select('qty').where('product_id', '=', line.product_id).where('warehouse_id', '=', warehouseId).where('bin_key', '=', session.bin_id ?? 0).executeTakeFirst();
    let serials = trx.selectFrom('serials').select((eb) => eb.fn.countAll<number | string>().as('n')).where('product_id', '=', line.product_id).where('status', '=', 'in_stock').where('warehouse_id', '=', warehouseId).where(notStaged('serials'));
    serials = session.bin_id === null ? serials.where('bin_id', 'is', null) : serials.where('bin_id', '=', session.bin_id);
    const withSerial = Number((await serials.executeTakeFirstOrThrow()).n);
    if ((stock?.qty ?? 0) - withSerial <= 0) throw new ConflictError(msg('errors-storage.receiving.noUnitWithoutSerial', { sku: line.sku, po: line.po_number }));
    const document: DocumentRef = { type: 'purchase_order', id: line.po_id, number: line.po_number };
    const at = input.at ?? new Date();
    const id = await insertSerial(
      trx,
      {
        value: input.value,
        productId: line.product_id,
        status: 'in_stock',
        source: 'received',
        warehouseId,
        binId: session.bin_id,
        document,
        lot: null,
        expiry: null,
        unitCost: line.unit_cost,
        receivedPoLineId: line.id,
        receivedSessionId: session.id,
        receivedBinId: session.bin_id,
      },
      { userId: input.userId ?? null, station: input.station ?? null, at, type: 'received', document, details: { session_id: session.id, po_line_id: line.id, unit_cost: line.unit_cost, added_later: true } },
      await getSerialKeyPolicy(trx),
    );
    await trx.updateTable('po_lines').set((eb) => ({ serial_count: eb('serial_count', '+', 1) })).where('id', '=', line.id).execute();
    return id;
  });
}
