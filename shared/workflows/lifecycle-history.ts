import type { DocumentType, SerialEventType, SerialStatus } from '../domain/types';

/** A serial's timeline as the History tab and `GET /api/v1/serials/{serial}` show it. */

export interface HistoryEvent {
  type: SerialEventType;
  at: string;
  /** The document's number (PO, order, RMA, transfer…), when the event names one. */
  document: string | null;
  document_type: DocumentType | null;
  user: string | null;
  station: string | null;
  /** The ledger's order (commit order across stations) and the writing station's stable id. */
  seq?: number;
  station_id?: string | null;
  /** Received on a PO: its vendor and the unit's purchase price. */
  vendor?: string | null;
  cost?: number | null;
  /** Shipped on an order: the sale price. */
  price?: number | null;
  /** One sentence for people. */
  summary: string;
  details: Record<string, unknown> | null;
}

/** One serial value of one product (per-product uniqueness: a value may exist for two products). */
export interface SerialHistory {
  sku: string;
  product_name: string;
  serial: string;
  status: SerialStatus;
  warehouse: string | null;
  bin: string | null;
  /** Purchase price of the receipt (profit by serial). */
  unit_cost: number | null;
  events: HistoryEvent[];
}

const money = (v: unknown): string | null => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(2) : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const on = (document: string | null) => (document ? ` on ${document}` : '');

function place(details: Record<string, unknown>, key: 'from' | 'to'): string | null {
  return text(details[key]);
}

function describeMove(document: string | null, d: Record<string, unknown>): string {
  const action = text(d.action);
  const to = place(d, 'to');
  const from = place(d, 'from');
  if (action === 'restock') return `Put back in stock at ${to ?? 'the warehouse'}${on(document)}`;
  if (action === 'quarantine') return `Quarantined${to ? ` at ${to}` : ''}${on(document)}`;
  if (action === 'cycle_count') return `Found at ${to ?? 'this location'} in a cycle count${from ? ` (recorded at ${from})` : ''}`;
  if (action === 'in_transit') return `Left ${from ?? 'the source'} for ${to ?? 'the destination'}${on(document)} (in transit)`;
  if (action === 'arrived') return `Arrived at ${to ?? 'the destination'}${on(document)}`;
  if (text(d.to_sku)) {
    return `Transferred from SKU ${text(d.from_sku) ?? '?'} to SKU ${text(d.to_sku)}${on(document)}${to && from !== to ? ` (to ${to})` : ''}`;
  }
  return `Moved${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}${on(document)}`;
}

function describeAdjust(document: string | null, d: Record<string, unknown>): string {
  const reason = text(d.reason);
  const why = reason ? `: ${reason}` : '';
  switch (text(d.action)) {
    case 'deleted':
      return `Deleted${why}`;
    case 'added':
      return `Added to stock${place(d, 'to') ? ` at ${place(d, 'to')}` : ''}${why}`;
    case 'removed':
      return `Removed from stock${place(d, 'from') ? ` at ${place(d, 'from')}` : ''}${why}`;
    case 'cycle_count_missing':
      return `Not found at ${place(d, 'from') ?? 'its location'} in a cycle count: removed from stock`;
    case 'retired':
      return `Retired by SKU-to-SKU transfer to ${text(d.to_sku) ?? 'another SKU'}${on(document)}`;
    case 'opening_stock':
      return 'Entered as opening stock';
    default:
      return `Adjusted${on(document)}${why}`;
  }
}

/** The sentence for one ledger event: generated → received on PO from vendor at cost → moved → shipped at price → returned … */
export function describeEvent(e: Pick<HistoryEvent, 'type' | 'document' | 'vendor' | 'cost' | 'price' | 'details'>): string {
  const d = e.details ?? {};
  switch (e.type) {
    case 'generated':
      return `Generated in a serial pool${on(e.document)}`;
    case 'commissioned':
      return `Commissioned${on(e.document)}`;
    case 'assigned':
      return `Assigned${text(d.reason) ? ` (${text(d.reason)})` : ''}`;
    case 'released':
      return 'Released back to its pool';
    case 'received': {
      const cost = money(e.cost ?? d.unit_cost);
      const back = d.re_receipt === true ? ' (a unit shipped before, back in stock)' : '';
      return `Received${on(e.document)}${e.vendor ? ` from ${e.vendor}` : ''}${cost ? ` at ${cost}` : ''}${back}`;
    }
    case 'moved':
      return describeMove(e.document, d);
    case 'shipped': {
      const price = money(e.price ?? d.unit_price);
      return `Shipped${e.document ? ` on order ${e.document}` : ''}${price ? ` at ${price}` : ''}`;
    }
    case 'returned': {
      const condition = text(d.condition);
      return `Returned${on(e.document)}${text(d.order) ? ` (order ${text(d.order)})` : ''}${condition ? `, condition ${condition}` : ''}`;
    }
    case 'adjusted':
      return describeAdjust(e.document, d);
    case 'overridden':
      return `Accepted by supervisor override${text(d.reason) ? `: ${text(d.reason)}` : ''}`;
    default:
      return String(e.type);
  }
}
