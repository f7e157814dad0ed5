import type { CompiledQuery, Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { dayAfter, type ExportFilter, type ExportKind } from '../../../shared/workflows/lifecycle-report';
import type { DB, Db } from '../schema';
import { reportRows, reportWhere, type ReportContext } from './reports';
import { loadReportDims, reportIdRows, reportRowShaper } from './reports-dims';
import { notStaged } from '../staged-rows';

/**
 * The rows behind each export, read in chunks by serial id (keyset): memory stays flat whatever
 * the size, and between chunks the database is free for scans at the station.
 */

type SerialsEb = ExpressionBuilder<DB & { s: DB['serials'] }, 's'>;

function receivedVia(eb: SerialsEb) {
  return eb.selectFrom('po_lines as pl').innerJoin('purchase_orders as po', 'po.id', 'pl.po_id').innerJoin('vendors as v', 'v.id', 'po.vendor_id').select('pl.id');
}

/** The ids an export covers, as a query on `serials as s`. */
function exportIds(db: Db, kind: ExportKind, f: ExportFilter) {
  const base = db.selectFrom('serials as s').select('s.id');
  if (kind === 'report') return base.where((eb) => reportWhere(eb, f));
  return base.where((eb) => {
    const parts: Expression<SqlBool>[] = [eb('s.status', '!=', 'deleted'), notStaged('s')];
    if (f.sku) parts.push(eb('s.product_id', '=', eb.selectFrom('products').select('products.id').where('products.sku', '=', f.sku)));
    if (f.vendor) parts.push(eb('s.received_po_line_id', 'in', receivedVia(eb).where('v.code', '=', f.vendor)));
    if (kind === 'arrivals') {
      parts.push(eb('s.received_po_line_id', 'is not', null));
      if (f.from || f.to) {
        let sessions = eb.selectFrom('receiving_sessions as rs').select('rs.id');
        if (f.from) sessions = sessions.where('rs.received_on', '>=', f.from);
        if (f.to) sessions = sessions.where('rs.received_on', '<', dayAfter(f.to));
        parts.push(eb('s.received_session_id', 'in', sessions));
      }
    } else {
      if (f.from) parts.push(eb('s.created_at', '>=', f.from));
      if (f.to) parts.push(eb('s.created_at', '<', dayAfter(f.to)));
    }
    return eb.and(parts);
  });
}

function arrivalsRows(db: Db, ctx: ReportContext) {
  return db
    .selectFrom('serials as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .innerJoin('po_lines as pl', 'pl.id', 's.received_po_line_id')
    .innerJoin('purchase_orders as po', 'po.id', 'pl.po_id')
    .innerJoin('vendors as v', 'v.id', 'po.vendor_id')
    .leftJoin('receiving_sessions as rs', 'rs.id', 's.received_session_id')
    .leftJoin('users as u', 'u.id', 'rs.received_by')
    .leftJoin('receiving_session_lines as rsl', (join) => join.onRef('rsl.session_id', '=', 's.received_session_id').onRef('rsl.po_line_id', '=', 's.received_po_line_id'))
    .leftJoin('bins as rb', 'rb.id', 's.received_bin_id')
    .leftJoin('warehouses as rw', (join) => join.on((eb) => eb('rw.id', '=', eb.fn.coalesce('rb.warehouse_id', 'po.warehouse_id', eb.val(ctx.defaultWarehouseId)))))
    // In the order of the arrivals columns (electron/export/columns.ts).
    .select(['s.id', 'po.po_number', 'po.ordered_at as po_date', 'v.code as vendor', 'po.vendor_invoice as invoice', 'p.sku', 'p.name as product', 'pl.unit_cost as price', 'rs.received_on', (eb) => eb.fn.coalesce('u.name', 'rs.received_via').as('received_by'), 'rsl.qty as qty_received', 'rw.code as warehouse', 'rb.code as bin', 's.value as serial', 's.lot', 's.expiry']);
}

function serialRows(db: Db) {
  return db
    .selectFrom('serials as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .leftJoin('warehouses as w', 'w.id', 's.warehouse_id')
    .leftJoin('bins as b', 'b.id', 's.bin_id')
    .leftJoin('po_lines as pl', 'pl.id', 's.received_po_line_id')
    .leftJoin('purchase_orders as po', 'po.id', 'pl.po_id')
    // In the order of the serials columns (electron/export/columns.ts).
    .select(['s.id', 'p.sku', 'p.name as product', 's.value as serial', 's.status', 'w.code as warehouse', 'b.code as bin', 's.lot', 's.expiry', 's.source', 's.unit_cost', 'po.po_number as po', 's.created_at']);
}

export interface ExportQuery {
  kind: ExportKind;
  filter: ExportFilter;
  ctx: ReportContext;
}

export async function exportCount(db: Db, q: ExportQuery): Promise<number> {
  const row = await db
    .selectFrom(exportIds(db, q.kind, q.filter).as('ids'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * How to read one export: the whole statement, one chunk after a serial id, and how a row read
 * becomes `[serial id, ...column values in file order]`.
 */
export interface ExportPlan {
  all(): CompiledQuery;
  chunk(afterId: number, limit: number): CompiledQuery;
  shape(row: unknown[]): unknown[];
}

export async function exportPlan(db: Db, q: ExportQuery): Promise<ExportPlan> {
  const ids = () => exportIds(db, q.kind, q.filter);
  const chunkIds = (after: number, limit: number) => ids().where('s.id', '>', after).orderBy('s.id').limit(limit);
  if (q.kind === 'report') {
    const shape = reportRowShaper(await loadReportDims(db), q.ctx);
    return {
      all: () => reportIdRows(db).where('s.id', 'in', ids()).orderBy('s.id').compile(),
      chunk: (after, limit) => reportIdRows(db).where('s.id', 'in', chunkIds(after, limit)).orderBy('s.id').compile(),
      shape,
    };
  }
  const same = (row: unknown[]) => row;
  if (q.kind === 'arrivals') {
    return {
      all: () => arrivalsRows(db, q.ctx).where('s.id', 'in', ids()).orderBy('s.id').compile(),
      chunk: (after, limit) => arrivalsRows(db, q.ctx).where('s.id', 'in', chunkIds(after, limit)).orderBy('s.id').compile(),
      shape: same,
    };
  }
  return {
    all: () => serialRows(db).where('s.id', 'in', ids()).orderBy('s.id').compile(),
    chunk: (after, limit) => serialRows(db).where('s.id', 'in', chunkIds(after, limit)).orderBy('s.id').compile(),
    shape: same,
  };
}

/** The report as one SQL join (what the report screen shows); the benchmark hands it to the sqlite3 shell. */
export function reportStatement(db: Db, q: ExportQuery) {
  return reportRows(db, q.ctx).where('s.id', 'in', exportIds(db, 'report', q.filter)).orderBy('s.id').compile();
}
