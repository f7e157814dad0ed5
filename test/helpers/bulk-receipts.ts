import { openStation } from '../../electron/backend/station';
import { BulkInserter } from '../../electron/storage/bulk-insert';
import { openReceivingSession } from '../../electron/storage/repos/receiving';
import { serialRowValues } from '../../electron/storage/repos/serials';
import { getSerialKeyPolicy } from '../../electron/storage/repos/settings';
import { writeTransaction } from '../../electron/storage/transaction';

/**
 * Puts `n` serials received on a PO line into a station's data dir in bulk (large-PO UI tests):
 * serial values `${prefix}000000`… in one closed session, with the line's counts.
 */
export async function bulkReceive(dataDir: string, poNumber: string, sku: string, n: number, prefix: string): Promise<void> {
  const station = await openStation({ dataDir, shell: 'cli', log: () => {} });
  try {
    const db = station.database.db;
    const line = await db
      .selectFrom('po_lines')
      .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
      .innerJoin('products', 'products.id', 'po_lines.product_id')
      .select(['po_lines.id', 'po_lines.po_id', 'po_lines.product_id', 'purchase_orders.warehouse_id'])
      .where('purchase_orders.po_number', '=', poNumber)
      .where('products.sku', '=', sku)
      .executeTakeFirstOrThrow();
    const session = await openReceivingSession(db, { poId: line.po_id, station: 'bulk' });
    const policy = await getSerialKeyPolicy(db);
    const now = new Date().toISOString();
    await writeTransaction(db, async (trx) => {
      const serials = new BulkInserter(trx, 'serials', 500);
      const rows = Array.from({ length: n }, (_, i) =>
        serialRowValues(
          {
            value: `${prefix}${String(i).padStart(6, '0')}`,
            productId: line.product_id,
            status: 'in_stock',
            source: 'received',
            warehouseId: line.warehouse_id,
            receivedPoLineId: line.id,
            receivedSessionId: session.id,
            document: { type: 'purchase_order', id: line.po_id, number: poNumber },
          },
          policy,
          now,
        ),
      );
      await serials.insert(rows);
      await trx.updateTable('po_lines').set((eb) => ({ qty: eb('qty', '+', n), received_qty: eb('received_qty', '+', n), serial_count: eb('serial_count', '+', n) })).where('id', '=', line.id).execute();
      await trx.updateTable('receiving_sessions').set({ status: 'closed', closed_at: now }).where('id', '=', session.id).execute();
    });
  } finally {
    await station.close();
  }
}
