import { english } from '../../../shared/i18n/message';
import type { SerialEventType } from '../../../shared/domain/types';
import { foldSerial } from '../../../shared/domain/serial-key';
import { describeEvent, describeEventMessage, type HistoryEvent, type SerialHistory } from '../../../shared/workflows/lifecycle-history';
import { dayAfter, type StockLine, type StockSerialRow, type TransactionRow } from '../../../shared/workflows/lifecycle-report';
import { ledgerOrder } from '../ledger-seq';
import type { Db } from '../schema';
import { findSerials, serialHistory } from './serials';
import { getSerialKeyPolicy } from './settings';
import { stockByLocation } from './stock';
import { notStaged } from '../staged-rows';

/** Read models of the serial lifecycle: timelines, the ledger as transactions, stock with serials. */

/**
 * Every serial with this value (one per product under per-product uniqueness; deleted ones too,
 * since their history stays), each with its timeline: vendor and cost on receipts, price on sales.
 */
export async function serialTimelines(db: Db, value: string): Promise<SerialHistory[]> {
  const serials = await findSerials(db, value, { includeDeleted: true });
  const out: SerialHistory[] = [];
  for (const s of serials) {
    const product = await db.selectFrom('products').select('name').where('id', '=', s.product_id).executeTakeFirstOrThrow();
    const events = await serialHistory(db, s.id);
    const poIds = [...new Set(events.filter((e) => e.type === 'received' && e.document_type === 'purchase_order' && e.document_id !== null).map((e) => e.document_id as number))];
    const vendors = new Map<number, string>();
    if (poIds.length > 0) {
      const rows = await db.selectFrom('purchase_orders').innerJoin('vendors', 'vendors.id', 'purchase_orders.vendor_id').select(['purchase_orders.id', 'vendors.code']).where('purchase_orders.id', 'in', poIds).execute();
      for (const r of rows) vendors.set(r.id, r.code);
    }
    out.push({
      sku: s.sku,
      product_name: product.name,
      serial: s.value,
      status: s.status,
      warehouse: s.warehouse,
      bin: s.bin,
      unit_cost: s.unit_cost,
      events: events.map((e) => {
        const d = e.details ?? {};
        const h: HistoryEvent = { type: e.type, at: e.at, document: e.document_number, document_type: e.document_type, user: e.user, station: e.station, seq: e.seq, station_id: e.station_id, summary: '', details: e.details };
        if (e.type === 'received') {
          h.vendor = e.document_id !== null ? (vendors.get(e.document_id) ?? null) : null;
          h.cost = typeof d.unit_cost === 'number' ? d.unit_cost : null;
        }
        if (e.type === 'shipped') h.price = typeof d.unit_price === 'number' ? d.unit_price : null;
        h.summary = describeEvent(h);
        return h;
      }),
    });
  }
  return out;
}

export interface TransactionQuery {
  sku?: string;
  serial?: string;
  type?: SerialEventType;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

function transactionsBase(db: Db, q: Omit<TransactionQuery, 'offset' | 'limit'>, caseSensitive: boolean) {
  let query = db.selectFrom('serial_events as e').innerJoin('serials as s', 's.id', 'e.serial_id').innerJoin('products as p', 'p.id', 'e.product_id').where(notStaged('s'));
  if (q.sku) query = query.where('p.sku', '=', q.sku);
  if (q.serial) {
    query = query.where('s.value_fold', '=', foldSerial(q.serial));
    if (caseSensitive) query = query.where('s.value', '=', q.serial);
  }
  if (q.type) query = query.where('e.type', '=', q.type);
  if (q.from) query = query.where('e.at', '>=', q.from);
  if (q.to) query = query.where('e.at', '<', dayAfter(q.to));
  return query;
}

/** The ledger as "transactions with serial numbers", newest first, one page at a time. */
export async function serialTransactions(db: Db, q: TransactionQuery): Promise<{ total: number; rows: TransactionRow[] }> {
  const { caseSensitive } = await getSerialKeyPolicy(db);
  const count = await transactionsBase(db, q, caseSensitive).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await transactionsBase(db, q, caseSensitive)
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.seq', 'e.station_id', 'e.at', 'e.type', 'p.sku', 's.value as serial', 'e.document_number as document', 'e.document_type', 'u.name as user', 'e.station', 'e.details'])
    .orderBy(ledgerOrder(db, 'e'), 'desc')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map(({ details, ...r }) => {
      const parsed = details === null ? null : (JSON.parse(details) as Record<string, unknown>);
      const what = describeEventMessage({ type: r.type, document: r.document, details: parsed });
      return { ...r, summary: english(what), summary_message: what };
    }),
  };
}

/** Stock per product / warehouse / bin with the serials in stock there. */
export async function stockLines(db: Db, filter: { sku?: string; warehouse?: string }): Promise<StockLine[]> {
  let productId: number | undefined;
  let warehouseId: number | undefined;
  if (filter.sku) {
    const p = await db.selectFrom('products').select('id').where('sku', '=', filter.sku).executeTakeFirst();
    if (!p) return [];
    productId = p.id;
  }
  if (filter.warehouse) {
    const w = await db.selectFrom('warehouses').select('id').where('code', '=', filter.warehouse).executeTakeFirst();
    if (!w) return [];
    warehouseId = w.id;
  }
  const rows = await stockByLocation(db, { ...(productId === undefined ? {} : { productId }), ...(warehouseId === undefined ? {} : { warehouseId }) });
  const ids = [...new Set(rows.map((r) => r.product_id))];
  const products = new Map<number, { name: string; tracking: StockLine['tracking'] }>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = await db.selectFrom('products').select(['id', 'name', 'tracking']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const p of part) products.set(p.id, p);
  }
  return rows.map((r) => ({
    product_id: r.product_id,
    sku: r.sku,
    name: products.get(r.product_id)?.name ?? r.sku,
    tracking: products.get(r.product_id)?.tracking ?? 'none',
    warehouse: r.warehouse,
    bin: r.bin,
    qty: r.qty,
    serial_count: r.serial_count,
  }));
}

export interface StockSerialQuery {
  productId: number;
  warehouseId: number;
  binId: number | null;
  offset: number;
  limit: number;
}

/** The serials in stock on one stock line (product at a warehouse/bin), a page at a time. */
export async function stockLineSerials(db: Db, q: StockSerialQuery): Promise<{ total: number; rows: StockSerialRow[] }> {
  const base = () => {
    const b = db.selectFrom('serials as s').where('s.product_id', '=', q.productId).where('s.status', '=', 'in_stock').where('s.warehouse_id', '=', q.warehouseId).where(notStaged('s'));
    return q.binId === null ? b.where('s.bin_id', 'is', null) : b.where('s.bin_id', '=', q.binId);
  };
  const count = await base().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base()
    .leftJoin('po_lines as pl', 'pl.id', 's.received_po_line_id')
    .leftJoin('purchase_orders as po', 'po.id', 'pl.po_id')
    .select(['s.value as serial', 's.status', 's.lot', 's.expiry', 'po.po_number as po', 's.unit_cost', 's.updated_at as since'])
    .orderBy('s.id')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
  return { total: Number(count?.n ?? 0), rows };
}
