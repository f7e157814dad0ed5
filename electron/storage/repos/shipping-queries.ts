import { shipmentPackages } from './order-packages';
import { foldSerial } from '../../../shared/domain/serial-key';
import type { OrderStatus, SerialStatus, Tracking } from '../../../shared/domain/types';
import type { ShipmentSummary } from '../../../shared/workflows/shipping';
import { prepare } from '../prepared';
import type { Db } from '../schema';
import { orderLinesQuery } from './orders';
import { containsText } from '../text-match';
import { chunks } from '../time';
import { notStaged } from '../staged-rows';

/** Reads the Scan & Ship workflow needs on every scan: small, index-backed queries only. */

export interface OrderHeader {
  id: number;
  order_number: string;
  status: OrderStatus;
  picked: boolean;
  confirmed: boolean;
  warehouse_id: number | null;
  warehouse: string | null;
  /** Labels sent with the order (REST `labels`), JSON. */
  labels: string | null;
  /** The address sent with the order (REST `ship_to`), JSON. */
  ship_to: string | null;
}

// The order's context is read on every scan (twice when the scan packs): prepared (see prepared.ts).
const orderHeader = prepare((db, p: { orderNumber: string }) =>
  db
    .selectFrom('orders')
    .leftJoin('warehouses', 'warehouses.id', 'orders.warehouse_id')
    .select(['orders.id', 'orders.order_number', 'orders.status', 'orders.picked', 'orders.confirmed', 'orders.warehouse_id', 'warehouses.code as warehouse', 'orders.labels', 'orders.ship_to'])
    .where('orders.order_number', '=', p.orderNumber),
);

export async function getOrderHeader(db: Db, orderNumber: string): Promise<OrderHeader | undefined> {
  const row = await orderHeader.first(db, { orderNumber });
  return row && { ...row, picked: row.picked === 1, confirmed: row.confirmed === 1 };
}

/** What a scan needs to know about a product: codes, tracking and serial rules. */
export interface ShippingProduct {
  product_id: number;
  sku: string;
  name: string;
  tracking: Tracking;
  requires_serial_scan: boolean;
  serial_length: number | null;
  serial_min_length: number | null;
  serial_max_length: number | null;
  serial_pattern: string | null;
}

export interface OrderLineForShipping extends ShippingProduct {
  line_id: number;
  line_no: number;
  qty: number;
  scanned_qty: number;
  shipped_qty: number;
  replaced_from: string | null;
}

const productColumns = [
  'products.sku',
  'products.name',
  'products.tracking',
  'products.requires_serial_scan',
  'products.serial_length',
  'products.serial_min_length',
  'products.serial_max_length',
  'products.serial_pattern',
] as const;

const orderLinesForShipping = prepare((db, p: { orderId: number }) =>
  orderLinesQuery(db, p.orderId).select([
    'order_lines.id as line_id',
    'order_lines.line_no',
    'order_lines.product_id',
    ...productColumns,
    'order_lines.qty',
    'order_lines.scanned_qty',
    'order_lines.shipped_qty',
    'replaced.sku as replaced_from',
  ]),
);

export async function getOrderLinesForShipping(db: Db, orderId: number): Promise<OrderLineForShipping[]> {
  const rows = await orderLinesForShipping.all(db, { orderId });
  return rows.map((r) => ({ ...r, requires_serial_scan: r.requires_serial_scan === 1 }));
}

export interface KitComponentForShipping extends ShippingProduct {
  parent_id: number;
  qty: number;
  is_main: boolean;
  /** On one order line: the component's SKU this replacement took the place of. */
  replaced_from?: string | null;
}

/** Kit components replaced on the order's lines: line id → component id → the replacement product. */
const kitReplacements = prepare((db, p: { orderId: number }) =>
  db
    .selectFrom('order_kit_replacements')
    .innerJoin('order_lines', 'order_lines.id', 'order_kit_replacements.order_line_id')
    .innerJoin('products', 'products.id', 'order_kit_replacements.replacement_id')
    .select(['order_kit_replacements.order_line_id', 'order_kit_replacements.component_id', 'products.id as product_id', ...productColumns])
    .where('order_lines.order_id', '=', p.orderId),
);

export async function getKitReplacements(db: Db, orderId: number): Promise<Map<number, Map<number, ShippingProduct & { product_id: number }>>> {
  const rows = await kitReplacements.all(db, { orderId });
  const out = new Map<number, Map<number, ShippingProduct & { product_id: number }>>();
  for (const r of rows) {
    const line = out.get(r.order_line_id) ?? new Map();
    line.set(r.component_id, { ...r, requires_serial_scan: r.requires_serial_scan === 1 });
    out.set(r.order_line_id, line);
  }
  return out;
}

/** The components of these kit products (a product with components is a kit). */
export async function getKitComponents(db: Db, parentIds: readonly number[]): Promise<KitComponentForShipping[]> {
  if (parentIds.length === 0) return [];
  const rows = await db
    .selectFrom('kit_components')
    .innerJoin('products', 'products.id', 'kit_components.component_id')
    .select(['kit_components.parent_id', 'kit_components.component_id as product_id', ...productColumns, 'kit_components.qty', 'kit_components.is_main'])
    .where('kit_components.parent_id', 'in', [...new Set(parentIds)])
    .orderBy('kit_components.id')
    .execute();
  return rows.map((r) => ({ ...r, requires_serial_scan: r.requires_serial_scan === 1, is_main: r.is_main === 1 }));
}

export interface PackedUnit {
  order_line_id: number;
  product_id: number;
  qty: number;
  serial_id: number | null;
  serial: string | null;
}

/** Every unit scanned into the order (shipped or not), in scan order. */
const packedUnits = prepare((db, p: { orderId: number }) =>
  db
    .selectFrom('packing_scans')
    .leftJoin('serials', 'serials.id', 'packing_scans.serial_id')
    .select(['packing_scans.order_line_id', 'packing_scans.product_id', 'packing_scans.qty', 'packing_scans.serial_id', 'serials.value as serial'])
    .where('packing_scans.order_id', '=', p.orderId)
    .orderBy('packing_scans.id'),
);

export async function getPackedUnits(db: Db, orderId: number): Promise<PackedUnit[]> {
  return packedUnits.all(db, { orderId });
}

export interface SerialForShipping {
  id: number;
  value: string;
  product_id: number;
  sku: string;
  status: SerialStatus;
  /** The open order (other than none) whose box already holds this serial. */
  held_by: { order_id: number; order_number: string } | null;
}

/** Live serials with this value (folded index probe), each with the open order packing it, if any. */
export async function serialsForShipping(db: Db, value: string, caseSensitive: boolean): Promise<SerialForShipping[]> {
  const rows = await db
    .selectFrom('serials')
    .innerJoin('products', 'products.id', 'serials.product_id')
    .select(['serials.id', 'serials.value', 'serials.product_id', 'products.sku', 'serials.status'])
    .where('serials.value_fold', '=', foldSerial(value))
    .where('serials.status', '!=', 'deleted')
    .where(notStaged('serials'))
    .execute();
  const live = caseSensitive ? rows.filter((r) => r.value === value) : rows;
  if (live.length === 0) return [];
  const held = await db
    .selectFrom('packing_scans')
    .innerJoin('orders', 'orders.id', 'packing_scans.order_id')
    .select(['packing_scans.serial_id', 'orders.id as order_id', 'orders.order_number'])
    .where('packing_scans.serial_id', 'in', live.map((r) => r.id))
    .where('packing_scans.shipment_id', 'is', null)
    .where('orders.status', 'in', ['open', 'in_progress'])
    .execute();
  return live.map((r) => {
    const h = held.find((x) => x.serial_id === r.id);
    return { ...r, held_by: h ? { order_id: h.order_id, order_number: h.order_number } : null };
  });
}

/** Which of these ordered products `replacementId` may replace (product_replacements). */
export async function productsReplacedBy(db: Db, replacementId: number, productIds: readonly number[]): Promise<number[]> {
  if (productIds.length === 0) return [];
  const rows = await db
    .selectFrom('product_replacements')
    .select('product_id')
    .where('replacement_id', '=', replacementId)
    .where('product_id', 'in', [...new Set(productIds)])
    .execute();
  return rows.map((r) => r.product_id);
}

/** The order's latest shipment with its first package's weight. */
export async function latestShipment(db: Db, orderId: number): Promise<ShipmentSummary | null> {
  const row = await db
    .selectFrom('shipments')
    .leftJoin('users', 'users.id', 'shipments.packed_by')
    .select((eb) => [
      'shipments.id',
      'shipments.shipped_at',
      'shipments.tracking_number',
      (eb) => eb.fn.coalesce('users.name', 'shipments.packed_via').as('packed_by'),
      'shipments.station',
      eb
        .selectFrom('packages')
        .select('packages.weight_grams')
        .whereRef('packages.shipment_id', '=', 'shipments.id')
        .orderBy('packages.id')
        .limit(1)
        .as('weight_grams'),
    ])
    .where('shipments.order_id', '=', orderId)
    .orderBy('shipments.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { ...row, weight_grams: row.weight_grams ?? null, packages: await shipmentPackages(db, orderId, row.id) } : null;
}

export interface OrderSearch {
  /** Part of an order number, a SKU on the order, or a serial scanned into it. */
  query?: string;
  includeShipped?: boolean;
  onlyPicked?: boolean;
  caseSensitive: boolean;
  limit: number;
}

export interface OrderSearchRow {
  id: number;
  order_number: string;
  status: OrderStatus;
  picked: number;
  confirmed: number;
  warehouse: string | null;
  updated_at: string;
}

/** Orders for the Orders view: open ones (and shipped ones on request or when searching), oldest first. */
export async function searchOrders(db: Db, s: OrderSearch): Promise<OrderSearchRow[]> {
  const q = s.query?.trim() ?? '';
  const statuses: OrderStatus[] = s.includeShipped || q !== '' ? ['open', 'in_progress', 'shipped'] : ['open', 'in_progress'];
  let query = db
    .selectFrom('orders')
    .leftJoin('warehouses', 'warehouses.id', 'orders.warehouse_id')
    .select(['orders.id', 'orders.order_number', 'orders.status', 'orders.picked', 'orders.confirmed', 'warehouses.code as warehouse', 'orders.updated_at'])
    .where('orders.status', 'in', statuses);
  if (s.onlyPicked) query = query.where('orders.picked', '=', 1);
  if (q !== '') {
    const serialIds = (await db.selectFrom('serials').select(['id', 'value']).where('value_fold', '=', foldSerial(q)).where(notStaged('serials')).execute())
      .filter((r) => !s.caseSensitive || r.value === q)
      .map((r) => r.id);
    query = query.where((eb) =>
      eb.or([
        containsText(db, 'orders.order_number', q),
        eb.exists(
          eb
            .selectFrom('order_lines')
            .innerJoin('products', 'products.id', 'order_lines.product_id')
            .select('order_lines.id')
            .whereRef('order_lines.order_id', '=', 'orders.id')
            .where('products.sku', '=', q),
        ),
        ...(serialIds.length === 0
          ? []
          : [
              eb.exists(
                eb
                  .selectFrom('packing_scans')
                  .select('packing_scans.id')
                  .whereRef('packing_scans.order_id', '=', 'orders.id')
                  .where('packing_scans.serial_id', 'in', serialIds.slice(0, 500)),
              ),
            ]),
      ]),
    );
  }
  return query.orderBy('orders.id').limit(s.limit).execute();
}

/** Lines and units (ordered, scanned) per order, for the Orders view. */
export async function orderUnitCounts(db: Db, orderIds: readonly number[]): Promise<Map<number, { lines: number; units: number; scanned: number }>> {
  const out = new Map<number, { lines: number; units: number; scanned: number }>();
  for (const part of chunks([...orderIds])) {
    const rows = await db
      .selectFrom('order_lines')
      .select((eb) => ['order_id', eb.fn.countAll<number>().as('lines'), eb.fn.sum<number>('qty').as('units'), eb.fn.sum<number>('scanned_qty').as('scanned')])
      .where('order_id', 'in', part)
      .groupBy('order_id')
      .execute();
    for (const r of rows) out.set(r.order_id, { lines: Number(r.lines), units: Number(r.units), scanned: Number(r.scanned) });
  }
  return out;
}
