import type { PackingSlip } from '../../../shared/workflows/shipping';
import type { Db } from '../schema';
import { shipmentPackages } from './order-packages';

/** What a shipment's packing slip shows: its lines (with the serials shipped on each) and its packages. */
export async function packingSlipData(db: Db, shipmentId: number): Promise<PackingSlip | null> {
  const s = await db
    .selectFrom('shipments')
    .innerJoin('orders', 'orders.id', 'shipments.order_id')
    .select(['shipments.id', 'shipments.order_id', 'shipments.shipped_at', 'shipments.station', 'orders.order_number', 'orders.ship_to'])
    .where('shipments.id', '=', shipmentId)
    .executeTakeFirst();
  if (!s) return null;
  const lines = await db
    .selectFrom('shipment_lines')
    .innerJoin('order_lines', 'order_lines.id', 'shipment_lines.order_line_id')
    .innerJoin('products', 'products.id', 'order_lines.product_id')
    .select(['order_lines.id as line_id', 'order_lines.line_no', 'products.sku', 'products.name', 'order_lines.qty as ordered', 'shipment_lines.qty as shipped'])
    .where('shipment_lines.shipment_id', '=', shipmentId)
    .orderBy('order_lines.line_no')
    .execute();
  const serials = await db
    .selectFrom('packing_scans')
    .innerJoin('serials', 'serials.id', 'packing_scans.serial_id')
    .select(['packing_scans.order_line_id', 'serials.value'])
    .where('packing_scans.shipment_id', '=', shipmentId)
    .orderBy('packing_scans.id')
    .execute();
  return {
    order_number: s.order_number,
    shipment_id: s.id,
    shipped_at: s.shipped_at,
    station: s.station,
    ship_to: s.ship_to === null ? null : (JSON.parse(s.ship_to) as Record<string, string>),
    lines: lines.map((l) => ({ line_no: l.line_no, sku: l.sku, name: l.name, ordered: l.ordered, shipped: l.shipped, serials: serials.filter((x) => x.order_line_id === l.line_id).map((x) => x.value) })),
    packages: await shipmentPackages(db, s.order_id, s.id),
  };
}

/** The order's shipments, newest first. */
export async function shipmentIdsOfOrder(db: Db, orderId: number): Promise<number[]> {
  return (await db.selectFrom('shipments').select('id').where('order_id', '=', orderId).orderBy('id', 'desc').execute()).map((r) => r.id);
}
