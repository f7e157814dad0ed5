import { foldSerial } from '../../../shared/domain/serial-key';
import type { PurchaseOrderStatus, SerialStatus, Tracking } from '../../../shared/domain/types';
import { cachedRead } from '../scan-cache';
import { prepare } from '../prepared';
import type { Db } from '../schema';
import { containsText } from '../text-match';
import { purchaseOrderHeaders } from './purchase-orders';
import { notStaged } from '../staged-rows';

/** Reads the receiving workflow needs on every scan: small, index-backed queries only. */

export interface PoHeader {
  id: number;
  po_number: string;
  vendor: string;
  warehouse_id: number | null;
  warehouse: string | null;
  vendor_invoice: string | null;
  tracking_number: string | null;
  status: PurchaseOrderStatus;
}

const poHeader = prepare((db, p: { poNumber: string }) =>
  purchaseOrderHeaders(db).select('purchase_orders.warehouse_id').where('purchase_orders.po_number', '=', p.poNumber),
);

export async function getPoHeader(db: Db, poNumber: string): Promise<PoHeader | undefined> {
  return poHeader.first(db, { poNumber });
}

export interface PoLineForReceiving {
  line_id: number;
  line_no: number;
  product_id: number;
  sku: string;
  name: string;
  gtin: string | null;
  upc: string | null;
  tracking: Tracking;
  serial_length: number | null;
  serial_min_length: number | null;
  serial_max_length: number | null;
  serial_pattern: string | null;
  weight_grams: number | null;
  qty: number;
  received_qty: number;
  serials: number;
  expected_serials: number;
}

/** The PO's lines with counts: received units, serials captured (not deleted, kept per line), expected serials. */
const poLinesForReceiving = prepare((db, p: { poId: number }) =>
  db
    .selectFrom('po_lines')
    .innerJoin('products', 'products.id', 'po_lines.product_id')
    .select((eb) => [
      'po_lines.id as line_id',
      'po_lines.line_no',
      'po_lines.product_id',
      'products.sku',
      'products.name',
      'products.gtin',
      'products.upc',
      'products.tracking',
      'products.serial_length',
      'products.serial_min_length',
      'products.serial_max_length',
      'products.serial_pattern',
      'products.weight_grams',
      'po_lines.qty',
      'po_lines.received_qty',
      'po_lines.serial_count as serials',
      eb
        .selectFrom('po_expected_serials')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('po_expected_serials.po_line_id', '=', 'po_lines.id')
        .as('expected_serials'),
    ])
    .where('po_lines.po_id', '=', p.poId)
    .orderBy('po_lines.line_no'),
);

export async function getPoLinesForReceiving(db: Db, poId: number): Promise<PoLineForReceiving[]> {
  const rows = await poLinesForReceiving.all(db, { poId });
  return rows.map((r) => ({ ...r, serials: Number(r.serials ?? 0), expected_serials: Number(r.expected_serials ?? 0) }));
}

/** Aliases of the PO's products (with their SKUs, UPCs and GTINs: every code that names one). */
const aliasesOfPo = prepare((db, p: { poId: number }) =>
  db
    .selectFrom('po_lines')
    .innerJoin('product_aliases', 'product_aliases.product_id', 'po_lines.product_id')
    .select('product_aliases.alias')
    .where('po_lines.po_id', '=', p.poId),
);

/** Kept by a scan's cache while nothing writes (a new alias moves its stamp). */
export async function poAliases(db: Db, poId: number): Promise<readonly string[]> {
  return cachedRead(db, `po.aliases:${poId}`, async () => (await aliasesOfPo.all(db, { poId })).map((r) => r.alias));
}

export interface SerialMatch {
  id: number;
  value: string;
  product_id: number;
  sku: string;
  status: SerialStatus;
  received_po_line_id: number | null;
  po_id: number | null;
  po_number: string | null;
}

/** Live serials with this value (folded index probe), with the PO each was received on. */
const liveSerialsWithFold = prepare((db, p: { fold: string }) =>
  db
    .selectFrom('serials')
    .innerJoin('products', 'products.id', 'serials.product_id')
    .leftJoin('po_lines', 'po_lines.id', 'serials.received_po_line_id')
    .leftJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
    .select([
      'serials.id',
      'serials.value',
      'serials.product_id',
      'products.sku',
      'serials.status',
      'serials.received_po_line_id',
      'po_lines.po_id',
      'purchase_orders.po_number',
    ])
    .where('serials.value_fold', '=', p.fold)
    .where('serials.status', '!=', 'deleted')
    .where(notStaged('serials')),
);

export async function serialsWithValue(db: Db, value: string, caseSensitive: boolean): Promise<SerialMatch[]> {
  const rows = await liveSerialsWithFold.all(db, { fold: foldSerial(value) });
  return caseSensitive ? rows.filter((r) => r.value === value) : rows;
}

/** The line's pre-receipt serial with this value, if any. */
export async function isExpectedSerial(db: Db, lineId: number, value: string, caseSensitive: boolean): Promise<boolean> {
  const rows = await db
    .selectFrom('po_expected_serials')
    .select('value')
    .where('po_line_id', '=', lineId)
    .where('value_fold', '=', foldSerial(value))
    .execute();
  return rows.some((r) => !caseSensitive || r.value === value);
}

export interface PoSerialQuery {
  poId: number;
  sessionId?: number;
  /** Substring of the serial or SKU. */
  filter?: string;
  sort?: 'serial' | 'sku' | 'received';
  desc?: boolean;
  offset: number;
  limit: number;
}

function poSerialsBase(db: Db, q: PoSerialQuery) {
  let query = db
    .selectFrom('serials')
    .innerJoin('po_lines', 'po_lines.id', 'serials.received_po_line_id')
    .innerJoin('products', 'products.id', 'serials.product_id')
    .leftJoin('receiving_sessions', 'receiving_sessions.id', 'serials.received_session_id')
    .leftJoin('users', 'users.id', 'receiving_sessions.received_by')
    .leftJoin('bins', 'bins.id', 'serials.bin_id')
    .where('po_lines.po_id', '=', q.poId)
    .where('serials.status', '!=', 'deleted');
  if (q.sessionId !== undefined) query = query.where('serials.received_session_id', '=', q.sessionId);
  if (q.filter) {
    const text = q.filter;
    query = query.where((eb) => eb.or([containsText(db, 'serials.value', text), containsText(db, 'products.sku', text)]));
  }
  return query;
}

/** One page of a PO's serials (the PO serials view scrolls through 100,000 of them page by page). */
export async function listPoSerials(db: Db, q: PoSerialQuery) {
  const order = q.sort === 'sku' ? 'products.sku' : q.sort === 'received' ? 'serials.id' : 'serials.value';
  const dir = q.desc ? 'desc' : 'asc';
  return poSerialsBase(db, q)
    .select([
      'serials.id',
      'serials.value as serial',
      'products.sku',
      'po_lines.line_no',
      'serials.received_session_id as session_id',
      'receiving_sessions.received_on',
      (eb) => eb.fn.coalesce('users.name', 'receiving_sessions.received_via').as('received_by'),
      'serials.status',
      'bins.code as bin',
    ])
    .orderBy(order, dir)
    .orderBy('serials.id', dir)
    .offset(q.offset)
    .limit(q.limit)
    .execute();
}

export async function countPoSerials(db: Db, q: Omit<PoSerialQuery, 'offset' | 'limit'>): Promise<number> {
  const row = await poSerialsBase(db, { ...q, offset: 0, limit: 0 })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface OpenSessionRef {
  id: number;
  opened_at: string;
  received_by: string | null;
  bin: string | null;
}

/**
 * This station's open session on a PO, in one query (the scan path needs no session lines). `via`
 * is the API key (`api:<name>`) whose session it is, or null for the station's own UI: REST work
 * and work at the screen are recorded in separate sessions, each naming who did it.
 */
function openSessionRef(via: 'ui' | 'api') {
  return prepare((db, p: { poId: number; station: string; via: string }) => {
    const q = db
      .selectFrom('receiving_sessions')
      .leftJoin('users', 'users.id', 'receiving_sessions.received_by')
      .leftJoin('bins', 'bins.id', 'receiving_sessions.bin_id')
      .select(['receiving_sessions.id', 'receiving_sessions.opened_at', (eb) => eb.fn.coalesce('users.name', 'receiving_sessions.received_via').as('received_by'), 'bins.code as bin'])
      .where('receiving_sessions.po_id', '=', p.poId)
      .where('receiving_sessions.station', '=', p.station)
      .where('receiving_sessions.status', '=', 'open')
      .orderBy('receiving_sessions.id', 'desc');
    return via === 'ui' ? q.where('receiving_sessions.received_via', 'is', null) : q.where('receiving_sessions.received_via', '=', p.via);
  });
}
const openSessionOfUi = openSessionRef('ui');
const openSessionOfApi = openSessionRef('api');

export async function findOpenSessionRef(db: Db, poId: number, station: string, via: string | null = null): Promise<OpenSessionRef | undefined> {
  return via === null ? openSessionOfUi.first(db, { poId, station, via: '' }) : openSessionOfApi.first(db, { poId, station, via });
}

// Every wizard scan answers with the PO's state, which counts its closed sessions: prepared.
const closedSessionCount = prepare((db, p: { poId: number }) =>
  db
    .selectFrom('receiving_sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('po_id', '=', p.poId)
    .where('status', '=', 'closed'),
);

/** How many receiving sessions of the PO are closed. */
export async function countClosedSessions(db: Db, poId: number): Promise<number> {
  return Number((await closedSessionCount.first(db, { poId }))?.n ?? 0);
}
