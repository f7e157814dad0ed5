import { sql } from 'kysely';
import { dayAfter, type ProfitFilter, type ProfitReport, type ProfitRow } from '../../../shared/workflows/lifecycle-report';
import type { Db } from '../schema';
import { round2 } from './reports';

/**
 * Profit and loss of shipped units, per order or per product. With profit by serial a shipped
 * serial costs the purchase price of the PO that received it; a unit without a serial, a serial
 * with no receipt, or every unit when the option is off costs the product's average cost.
 */
export async function profitReport(db: Db, f: ProfitFilter, bySerial: boolean): Promise<ProfitReport> {
  const serialCost = bySerial ? sql<number>`(s.received_po_line_id is not null and s.unit_cost is not null)` : sql<number>`(1 = 0)`;
  const unitCost = sql<number>`case when ${serialCost} then s.unit_cost else coalesce(p.avg_cost, p.unit_cost, 0) end`;
  let q = db
    .selectFrom('packing_scans as ps')
    .innerJoin('shipments as sh', 'sh.id', 'ps.shipment_id')
    .innerJoin('order_lines as ol', 'ol.id', 'ps.order_line_id')
    .innerJoin('orders as o', 'o.id', 'ps.order_id')
    .innerJoin('products as p', 'p.id', 'ps.product_id')
    .leftJoin('serials as s', 's.id', 'ps.serial_id');
  if (f.sku) q = q.where('p.sku', '=', f.sku);
  if (f.order) q = q.where('o.order_number', '=', f.order);
  if (f.from) q = q.where('sh.shipped_at', '>=', f.from);
  if (f.to) q = q.where('sh.shipped_at', '<', dayAfter(f.to));
  const key = f.by === 'order' ? sql<string>`o.order_number` : sql<string>`p.sku`;
  const label = f.by === 'order' ? sql<string>`max(sh.shipped_at)` : sql<string>`max(p.name)`;
  const rows = await q
    .select([
      key.as('key'),
      label.as('label'),
      sql<number>`sum(ps.qty)`.as('units'),
      sql<number>`sum(case when ${serialCost} then ps.qty else 0 end)`.as('serial_costed'),
      sql<number>`sum(ps.qty * coalesce(ol.unit_price, 0))`.as('revenue'),
      sql<number>`sum(ps.qty * ${unitCost})`.as('cost'),
    ])
    .groupBy(key)
    .orderBy(key)
    .execute();
  const out: ProfitRow[] = rows.map((r) => profitRow(r.key, r.label, Number(r.units), Number(r.serial_costed), Number(r.revenue), Number(r.cost)));
  const sum = (k: 'units' | 'serial_costed' | 'revenue' | 'cost') => out.reduce((n, r) => n + r[k], 0);
  const { key: _k, label: _l, ...totals } = profitRow('', '', sum('units'), sum('serial_costed'), sum('revenue'), sum('cost'));
  return { by: f.by, by_serial: bySerial, rows: out, totals };
}

function profitRow(key: string, label: string, units: number, serialCosted: number, revenue: number, cost: number): ProfitRow {
  const margin = round2(revenue - cost);
  return {
    key,
    label,
    units,
    serial_costed: serialCosted,
    average_costed: units - serialCosted,
    revenue: round2(revenue),
    cost: round2(cost),
    margin,
    margin_pct: revenue > 0 ? Math.round((margin / revenue) * 1000) / 10 : null,
  };
}
