import { ledgerOrder } from '../ledger-seq';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { foldSerial } from '../../../shared/domain/serial-key';
import type { DB, Db } from '../schema';
import { dayAfter, type SerialReportFilter, type SerialReportRow } from '../../../shared/workflows/lifecycle-report';
import { notStaged } from '../staged-rows';

/**
 * The product serial report: one row per serial with its receipt (PO, vendor, purchase price,
 * warehouse) and its last sale (order, date, price, ship-from warehouse), plus the P&L cost.
 * Filters narrow `serials` by indexed sub-selects; a page is picked on `serials` alone (ids by
 * offset) and only its rows are joined, so page 5,000 of 1,000,000 costs about what page 1 does.
 */

type SerialsEb = ExpressionBuilder<DB & { s: DB['serials'] }, 's'>;

export interface ReportContext {
  /** `reports.profitBySerial`: a unit costs its receipt's purchase price. */
  bySerial: boolean;
  /** Where a PO or order without a warehouse receives and ships from. */
  defaultWarehouseId: number | null;
}

/** Filters as one boolean expression on `serials as s` (deleted serials only when asked for). */
export function reportWhere(eb: SerialsEb, f: SerialReportFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [f.status ? eb('s.status', '=', f.status) : eb('s.status', '!=', 'deleted'), notStaged('s')];
  if (f.serial) {
    const fold = foldSerial(f.serial);
    parts.push(eb('s.value_fold', '>=', fold), eb('s.value_fold', '<', `${fold}\uffff`));
  }
  if (f.sku) parts.push(eb('s.product_id', '=', eb.selectFrom('products').select('products.id').where('products.sku', '=', f.sku)));
  const receivedOn = (where: (q: ReturnType<typeof poLines>) => ReturnType<typeof poLines>) => eb('s.received_po_line_id', 'in', where(poLines(eb)));
  if (f.po) parts.push(receivedOn((q) => q.where('po.po_number', '=', f.po!)));
  if (f.vendor) parts.push(receivedOn((q) => q.where('v.code', '=', f.vendor!)));
  if (f.order) {
    parts.push(
      eb('s.id', 'in', eb.selectFrom('packing_scans as ps').innerJoin('orders as o', 'o.id', 'ps.order_id').select('ps.serial_id').where('o.order_number', '=', f.order).where('ps.shipment_id', 'is not', null)),
    );
  }
  if (f.from || f.to) {
    const lo = f.from ?? '0000-01-01';
    const hi = f.to ? dayAfter(f.to) : '9999-12-31';
    parts.push(
      eb.or([
        receivedOn((q) => q.where('po.ordered_at', '>=', lo).where('po.ordered_at', '<', hi)),
        eb('s.id', 'in', eb.selectFrom('packing_scans as ps').innerJoin('shipments as sh', 'sh.id', 'ps.shipment_id').select('ps.serial_id').where('sh.shipped_at', '>=', lo).where('sh.shipped_at', '<', hi)),
      ]),
    );
  }
  return eb.and(parts);
}

function poLines(eb: SerialsEb) {
  return eb.selectFrom('po_lines as pl').innerJoin('purchase_orders as po', 'po.id', 'pl.po_id').innerJoin('vendors as v', 'v.id', 'po.vendor_id').select('pl.id');
}

/**
 * The sale of serial `s`: the id of its last packing scan that shipped (a returned and re-sold
 * serial has several). Reports join `packing_scans as ps` on it.
 */
export const lastShippedScan = sql<number>`(select max(last.id) from packing_scans as last where last.serial_id = s.id and last.shipment_id is not null)`;

/** The full report row for `serials as s` (joins, last shipment, last RMA, cost and margin). */
export function reportRows(db: Db, ctx: ReportContext) {
  const fallbackWarehouse = ctx.defaultWarehouseId ?? null;
  const cost = ctx.bySerial ? sql<number | null>`coalesce(s.unit_cost, p.avg_cost, p.unit_cost)` : sql<number | null>`coalesce(p.avg_cost, p.unit_cost)`;
  return db
    .selectFrom('serials as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .leftJoin('po_lines as pl', 'pl.id', 's.received_po_line_id')
    .leftJoin('purchase_orders as po', 'po.id', 'pl.po_id')
    .leftJoin('vendors as v', 'v.id', 'po.vendor_id')
    .leftJoin('receiving_sessions as rs', 'rs.id', 's.received_session_id')
    .leftJoin('bins as rb', 'rb.id', 'rs.bin_id')
    .leftJoin('warehouses as rw', (join) =>
      join.on((eb) => eb('rw.id', '=', eb.case().when('s.received_po_line_id', 'is not', null).then(eb.fn.coalesce('rb.warehouse_id', 'po.warehouse_id', eb.val(fallbackWarehouse))).end())),
    )
    .leftJoin('packing_scans as ps', (join) => join.on('ps.id', '=', lastShippedScan))
    .leftJoin('order_lines as ol', 'ol.id', 'ps.order_line_id')
    .leftJoin('orders as o', 'o.id', 'ps.order_id')
    .leftJoin('shipments as sh', 'sh.id', 'ps.shipment_id')
    .leftJoin('warehouses as sw', (join) =>
      join.on((eb) => eb('sw.id', '=', eb.case().when('o.id', 'is not', null).then(eb.fn.coalesce('o.warehouse_id', eb.val(fallbackWarehouse))).end())),
    )
    .select((eb) => [
      // In the order of REPORT_COLUMNS: exports write these values as they come.
      's.id',
      'p.sku',
      'p.name as product',
      's.value as serial',
      'po.po_number as po',
      'po.ordered_at as date_ordered',
      'v.code as vendor',
      's.unit_cost as purchase_price',
      'o.order_number as sale_order',
      'sh.shipped_at as sale_date',
      'ol.unit_price as sale_price',
      'rw.code as received_warehouse',
      'sw.code as ship_from_warehouse',
      's.status',
      eb
        .selectFrom('serial_events as se')
        .select('se.document_number')
        .whereRef('se.serial_id', '=', 's.id')
        .where('se.type', '=', 'returned')
        .orderBy(ledgerOrder(db, 'se'), 'desc')
        .limit(1)
        .as('rma'),
      cost.as('cost'),
      sql<number | null>`case when sh.shipped_at is not null then ol.unit_price - ${cost} end`.as('margin'),
    ]);
}

export interface ReportPage {
  total: number;
  rows: SerialReportRow[];
}

/** One page of the report (ordered by serial id: the order they entered the ledger). */
export async function serialReportPage(db: Db, ctx: ReportContext, f: SerialReportFilter, offset: number, limit: number): Promise<ReportPage> {
  const counted = await db
    .selectFrom('serials as s')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => reportWhere(eb, f))
    .executeTakeFirst();
  const ids = db.selectFrom('serials as s').select('s.id').where((eb) => reportWhere(eb, f)).orderBy('s.id').limit(limit).offset(offset);
  const rows = await reportRows(db, ctx).where('s.id', 'in', ids).orderBy('s.id').execute();
  return { total: Number(counted?.n ?? 0), rows: rows.map(toReportRow) };
}

type RawReportRow = Awaited<ReturnType<ReturnType<typeof reportRows>['execute']>>[number];

export function toReportRow({ id: _id, ...r }: RawReportRow): SerialReportRow {
  return { ...r, margin: r.margin === null ? null : round2(r.margin) };
}

export const round2 = (v: number): number => Math.round(v * 100) / 100;
