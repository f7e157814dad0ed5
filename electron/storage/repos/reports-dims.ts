import { ledgerOrder } from '../ledger-seq';
import type { Db } from '../schema';
import { lastShippedScan, type ReportContext } from './reports';

/**
 * The product serial report as an export reads it: per serial only its own values and the ids of
 * its product, PO and warehouses; those few rows (products, POs, warehouses) are read once into
 * maps. At a million serials that spares the database five lookups per row and the export a
 * dozen strings per row, and the file is the same as the report's own join (tested).
 */

export interface ReportDims {
  products: Map<number, { sku: string; name: string; avg_cost: number | null; unit_cost: number | null }>;
  pos: Map<number, { po_number: string; ordered_at: string; vendor: string; warehouse_id: number | null }>;
  warehouses: Map<number, string>;
}

export async function loadReportDims(db: Db): Promise<ReportDims> {
  const products = await db.selectFrom('products').select(['id', 'sku', 'name', 'avg_cost', 'unit_cost']).execute();
  const pos = await db
    .selectFrom('purchase_orders')
    .innerJoin('vendors', 'vendors.id', 'purchase_orders.vendor_id')
    .select(['purchase_orders.id', 'purchase_orders.po_number', 'purchase_orders.ordered_at', 'vendors.code as vendor', 'purchase_orders.warehouse_id'])
    .execute();
  const warehouses = await db.selectFrom('warehouses').select(['id', 'code']).execute();
  return {
    products: new Map(products.map(({ id, ...p }) => [id, p])),
    pos: new Map(pos.map(({ id, ...p }) => [id, p])),
    warehouses: new Map(warehouses.map((w) => [w.id, w.code])),
  };
}

/** Per serial: `[id, product_id, serial, po_id, unit_cost, order, sale_date, sale_price, session bin's warehouse, order's warehouse, status, rma]`. */
export function reportIdRows(db: Db) {
  return db
    .selectFrom('serials as s')
    .leftJoin('po_lines as pl', 'pl.id', 's.received_po_line_id')
    .leftJoin('receiving_sessions as rs', 'rs.id', 's.received_session_id')
    .leftJoin('bins as rb', 'rb.id', 'rs.bin_id')
    .leftJoin('packing_scans as ps', (join) => join.on('ps.id', '=', lastShippedScan))
    .leftJoin('order_lines as ol', 'ol.id', 'ps.order_line_id')
    .leftJoin('orders as o', 'o.id', 'ps.order_id')
    .leftJoin('shipments as sh', 'sh.id', 'ps.shipment_id')
    .select((eb) => [
      's.id',
      's.product_id',
      's.value',
      'pl.po_id',
      's.unit_cost',
      'o.order_number',
      'sh.shipped_at',
      'ol.unit_price',
      'rb.warehouse_id as bin_warehouse_id',
      'o.warehouse_id as order_warehouse_id',
      's.status',
      eb.selectFrom('serial_events as se').select('se.document_number').whereRef('se.serial_id', '=', 's.id').where('se.type', '=', 'returned').orderBy(ledgerOrder(db, 'se'), 'desc').limit(1).as('rma'),
    ]);
}

/** One id row → `[id, ...values in REPORT_COLUMNS order]`, with the same cost and margin rules as the report. */
export function reportRowShaper(dims: ReportDims, ctx: ReportContext): (row: unknown[]) => unknown[] {
  const fallback = ctx.defaultWarehouseId;
  const warehouse = (id: unknown) => (typeof id === 'number' ? (dims.warehouses.get(id) ?? null) : null);
  return (row) => {
    const [id, productId, serial, poId, unitCost, order, saleDate, salePrice, binWarehouse, orderWarehouse, status, rma] = row as [
      number, number, string, number | null, number | null, string | null, string | null, number | null, number | null, number | null, string, string | null,
    ];
    const p = dims.products.get(productId);
    const po = poId === null ? undefined : dims.pos.get(poId);
    const average = p?.avg_cost ?? p?.unit_cost ?? null;
    const cost = ctx.bySerial ? (unitCost ?? average) : average;
    const margin = saleDate !== null && salePrice !== null && cost !== null ? salePrice - cost : null;
    const received = poId === null ? null : warehouse(binWarehouse ?? po?.warehouse_id ?? fallback);
    const shipFrom = order === null ? null : warehouse(orderWarehouse ?? fallback);
    return [id, p?.sku ?? null, p?.name ?? null, serial, po?.po_number ?? null, po?.ordered_at ?? null, po?.vendor ?? null, unitCost, order, saleDate, salePrice, received, shipFrom, status, rma, cost, margin];
  };
}
