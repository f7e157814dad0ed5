import { sql } from 'kysely';
import { dayAfter, type ProfitFilter, type ProfitReport, type ProfitRow } from '../../../shared/workflows/lifecycle-report';
import type { Db } from '../schema';
import { round2 } from './reports';

interface Sales {
  key: string;
  label: string;
  units: number;
  serial_costed: number;
  revenue: number;
  cost: number;
}

interface Returns {
  returned_units: number;
  credits: number;
  returned_cost: number;
}

const NO_RETURNS: Returns = { returned_units: 0, credits: 0, returned_cost: 0 };

/**
 * What a unit costs: with profit by serial, the purchase price of the PO that received its serial;
 * a unit without a serial, a serial with no receipt, or every unit when the option is off costs
 * the product's average cost. Expects `s` (serials, may be null) and `p` (products) in the query.
 */
function unitCostOf(bySerial: boolean) {
  const serialCost = bySerial ? sql<number>`(s.received_po_line_id is not null and s.unit_cost is not null)` : sql<number>`(1 = 0)`;
  return { serialCost, unitCost: sql<number>`case when ${serialCost} then s.unit_cost else coalesce(p.avg_cost, p.unit_cost, 0) end` };
}

/** The report's filter over `p` (products) and `o` (orders), with `at` as the date in the period. */
function inFilter(f: ProfitFilter, at: string) {
  const parts = [sql`1 = 1`];
  if (f.sku) parts.push(sql`p.sku = ${f.sku}`);
  if (f.order) parts.push(sql`o.order_number = ${f.order}`);
  if (f.from) parts.push(sql`${sql.ref(at)} >= ${f.from}`);
  if (f.to) parts.push(sql`${sql.ref(at)} < ${dayAfter(f.to)}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

const groupKey = (f: ProfitFilter) => (f.by === 'order' ? sql<string>`o.order_number` : sql<string>`p.sku`);

/**
 * Profit and loss per order or per product: shipped units at their sale price and cost, less the
 * returns made in the period — their credit memos, and the cost of the units put back in stock.
 */
export async function profitReport(db: Db, f: ProfitFilter, bySerial: boolean): Promise<ProfitReport> {
  const [sales, returns] = await Promise.all([salesOf(db, f, bySerial), returnsOf(db, f, bySerial)]);
  const keys = [...new Set([...sales.keys(), ...returns.keys()])].sort();
  const out = keys.map((key) => profitRow(sales.get(key) ?? { key, label: '', units: 0, serial_costed: 0, revenue: 0, cost: 0 }, returns.get(key) ?? NO_RETURNS));
  const sum = (k: 'units' | 'serial_costed' | 'revenue' | 'cost' | keyof Returns) => out.reduce((n, r) => n + r[k], 0);
  const { key: _k, label: _l, ...totals } = profitRow(
    { key: '', label: '', units: sum('units'), serial_costed: sum('serial_costed'), revenue: sum('revenue'), cost: sum('cost') },
    { returned_units: sum('returned_units'), credits: sum('credits'), returned_cost: sum('returned_cost') },
  );
  return { by: f.by, by_serial: bySerial, rows: out, totals };
}

/**
 * A kit's price is paid once for the kit: each component unit gets its share of it, by the
 * components' cost (unit cost × quantity per kit; equal shares per unit when no component has a
 * cost). Component id → share of the kit price, per kit product.
 */
async function kitShares(db: Db, kitIds: number[]): Promise<Map<number, Map<number, number>>> {
  const shares = new Map<number, Map<number, number>>();
  if (kitIds.length === 0) return shares;
  const rows = await db
    .selectFrom('kit_components as k')
    .innerJoin('products as c', 'c.id', 'k.component_id')
    .select(['k.parent_id', 'k.component_id', 'k.qty', sql<number>`coalesce(c.avg_cost, c.unit_cost, 0)`.as('cost')])
    .where('k.parent_id', 'in', kitIds)
    .execute();
  for (const kit of kitIds) {
    const parts = rows.filter((r) => r.parent_id === kit);
    const total = parts.reduce((n, r) => n + Number(r.cost) * r.qty, 0);
    const units = parts.reduce((n, r) => n + r.qty, 0);
    shares.set(kit, new Map(parts.map((r) => [r.component_id, total > 0 ? Number(r.cost) / total : units > 0 ? 1 / units : 0])));
  }
  return shares;
}

async function salesOf(db: Db, f: ProfitFilter, bySerial: boolean): Promise<Map<string, Sales>> {
  const { serialCost, unitCost } = unitCostOf(bySerial);
  const key = groupKey(f);
  const label = f.by === 'order' ? sql<string>`max(sh.shipped_at)` : sql<string>`max(p.name)`;
  // Per line product and packed product: a kit line's packed units are its components (and the
  // kit's own closing scan, which is no unit and carries no price of its own).
  const rows = await db
    .selectFrom('packing_scans as ps')
    .innerJoin('shipments as sh', 'sh.id', 'ps.shipment_id')
    .innerJoin('order_lines as ol', 'ol.id', 'ps.order_line_id')
    .innerJoin('orders as o', 'o.id', 'ps.order_id')
    .innerJoin('products as p', 'p.id', 'ps.product_id')
    .leftJoin('serials as s', 's.id', 'ps.serial_id')
    .where(inFilter(f, 'sh.shipped_at'))
    .select([
      key.as('key'),
      label.as('label'),
      'ol.product_id as line_product_id',
      'ps.product_id',
      sql<number>`sum(ps.qty)`.as('units'),
      sql<number>`sum(case when ${serialCost} then ps.qty else 0 end)`.as('serial_costed'),
      sql<number>`sum(ps.qty * coalesce(ol.unit_price, 0))`.as('revenue'),
      sql<number>`sum(ps.qty * ${unitCost})`.as('cost'),
    ])
    .groupBy([key, 'ol.product_id', 'ps.product_id'])
    .execute();
  const kits = await kitShares(db, [...new Set(rows.map((r) => r.line_product_id))]);
  const out = new Map<string, Sales>();
  for (const r of rows) {
    const kit = kits.get(r.line_product_id);
    const isKit = kit !== undefined && kit.size > 0;
    // The kit's closing scan: the kit itself ships as its components.
    if (isKit && r.product_id === r.line_product_id) continue;
    const share = isKit ? (kit.get(r.product_id) ?? 0) : 1;
    const sales = out.get(r.key) ?? { key: r.key, label: r.label, units: 0, serial_costed: 0, revenue: 0, cost: 0 };
    sales.label = r.label > sales.label ? r.label : sales.label;
    sales.units += Number(r.units);
    sales.serial_costed += Number(r.serial_costed);
    sales.revenue += Number(r.revenue) * share;
    sales.cost += Number(r.cost);
    out.set(r.key, sales);
  }
  return out;
}

async function returnsOf(db: Db, f: ProfitFilter, bySerial: boolean): Promise<Map<string, Returns>> {
  const { unitCost } = unitCostOf(bySerial);
  const key = groupKey(f);
  const rows = await db
    .selectFrom('return_lines as rl')
    .innerJoin('returns as r', 'r.id', 'rl.return_id')
    .innerJoin('orders as o', 'o.id', 'r.order_id')
    .innerJoin('products as p', 'p.id', 'rl.product_id')
    .leftJoin('serials as s', 's.id', 'rl.serial_id')
    .where(inFilter(f, 'rl.created_at'))
    .select([
      key.as('key'),
      sql<number>`sum(rl.qty)`.as('returned_units'),
      sql<number>`sum(rl.qty * coalesce(rl.credit_amount, 0))`.as('credits'),
      sql<number>`sum(case when rl.disposition = 'restock' then rl.qty * ${unitCost} else 0 end)`.as('returned_cost'),
    ])
    .groupBy(key)
    .execute();
  return new Map(rows.map((r) => [r.key, { returned_units: Number(r.returned_units), credits: Number(r.credits), returned_cost: Number(r.returned_cost) }]));
}

function profitRow(s: Sales, r: Returns): ProfitRow {
  const net = s.revenue - r.credits;
  const margin = round2(net - (s.cost - r.returned_cost));
  return {
    key: s.key,
    label: s.label,
    units: s.units,
    serial_costed: s.serial_costed,
    average_costed: s.units - s.serial_costed,
    revenue: round2(s.revenue),
    cost: round2(s.cost),
    returned_units: r.returned_units,
    credits: round2(r.credits),
    returned_cost: round2(r.returned_cost),
    margin,
    margin_pct: net > 0 ? Math.round((margin / net) * 1000) / 10 : null,
  };
}
