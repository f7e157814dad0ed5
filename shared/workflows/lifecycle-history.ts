import type { DocumentType, SerialEventType, SerialStatus } from '../domain/types';
import { english, msg, type Message } from '../i18n/message';

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

/** Whether an optional part of a sentence is there: the `yes`/`no` its message selects on. */
const has = (v: unknown): 'yes' | 'no' => (v === null || v === undefined || v === '' ? 'no' : 'yes');
const amount = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
/** ` on {document}` when the event names one. */
const on = (document: string | null) => ({ hasDocument: has(document), document: document ?? '' });
const reasonOf = (d: Record<string, unknown>) => ({ hasReason: has(text(d.reason)), reason: text(d.reason) ?? '' });

function place(details: Record<string, unknown>, key: 'from' | 'to'): string | null {
  return text(details[key]);
}

function describeMove(document: string | null, d: Record<string, unknown>): Message {
  const action = text(d.action);
  const to = place(d, 'to');
  const from = place(d, 'from');
  const places = { hasTo: has(to), to: to ?? '', hasFrom: has(from), from: from ?? '' };
  if (action === 'restock') return msg('verdicts-stock.history.restocked', { ...places, ...on(document) });
  if (action === 'quarantine') return msg('verdicts-stock.history.quarantined', { ...places, ...on(document) });
  if (action === 'cycle_count') return msg('verdicts-stock.history.foundInCount', places);
  if (action === 'in_transit') return msg('verdicts-stock.history.leftInTransit', { ...places, ...on(document) });
  if (action === 'arrived') return msg('verdicts-stock.history.arrived', { ...places, ...on(document) });
  const toSku = text(d.to_sku);
  if (toSku) {
    return msg('verdicts-stock.history.skuTransferred', { fromSku: text(d.from_sku) ?? '?', toSku, ...on(document), movedTo: to && from !== to ? 'yes' : 'no', to: to ?? '' });
  }
  return msg('verdicts-stock.history.moved', { ...places, ...on(document) });
}

function describeAdjust(document: string | null, d: Record<string, unknown>): Message {
  const to = place(d, 'to');
  const from = place(d, 'from');
  switch (text(d.action)) {
    case 'deleted':
      return msg('verdicts-stock.history.deleted', reasonOf(d));
    case 'added':
      return msg('verdicts-stock.history.addedToStock', { hasTo: has(to), to: to ?? '', ...reasonOf(d) });
    case 'removed':
      return msg('verdicts-stock.history.removedFromStock', { hasFrom: has(from), from: from ?? '', ...reasonOf(d) });
    case 'cycle_count_missing':
      return msg('verdicts-stock.history.missingInCount', { hasFrom: has(from), from: from ?? '' });
    case 'retired':
      return msg('verdicts-stock.history.retired', { hasToSku: has(text(d.to_sku)), toSku: text(d.to_sku) ?? '', ...on(document) });
    case 'opening_stock':
      return msg('verdicts-stock.history.openingStock');
    default:
      return msg('verdicts-stock.history.adjusted', { ...on(document), ...reasonOf(d) });
  }
}

/**
 * The sentence for one ledger event as a message (shared/i18n): generated → received on PO from
 * vendor at cost → moved → shipped at price → returned … Prices are numbers (two decimals, in the
 * language's own way); documents, places, SKUs and reasons are given as they are.
 */
export function describeEventMessage(e: Pick<HistoryEvent, 'type' | 'document' | 'vendor' | 'cost' | 'price' | 'details'>): Message {
  const d = e.details ?? {};
  switch (e.type) {
    case 'generated':
      return msg('verdicts-stock.history.generated', on(e.document));
    case 'commissioned':
      return msg('verdicts-stock.history.commissioned', on(e.document));
    case 'assigned':
      return msg('verdicts-stock.history.assigned', reasonOf(d));
    case 'released':
      return msg('verdicts-stock.history.released');
    case 'received': {
      const cost = amount(e.cost ?? d.unit_cost);
      return msg('verdicts-stock.history.received', {
        ...on(e.document),
        hasVendor: has(e.vendor),
        vendor: e.vendor ?? '',
        hasCost: has(cost),
        cost: cost ?? 0,
        reReceipt: d.re_receipt === true ? 'yes' : 'no',
      });
    }
    case 'moved':
      return describeMove(e.document, d);
    case 'shipped': {
      const price = amount(e.price ?? d.unit_price);
      return msg('verdicts-stock.history.shipped', { ...on(e.document), hasPrice: has(price), price: price ?? 0 });
    }
    case 'returned': {
      const order = text(d.order);
      const condition = text(d.condition);
      return msg('verdicts-stock.history.returned', { ...on(e.document), hasOrder: has(order), order: order ?? '', hasCondition: has(condition), condition: condition ?? '' });
    }
    case 'adjusted':
      return describeAdjust(e.document, d);
    case 'overridden':
      return msg('verdicts-stock.history.overridden', reasonOf(d));
    default:
      return msg('verdicts-stock.history.unknownEvent', { type: String(e.type) });
  }
}

/** The sentence for one ledger event, in English (`summary`). */
export function describeEvent(e: Pick<HistoryEvent, 'type' | 'document' | 'vendor' | 'cost' | 'price' | 'details'>): string {
  return english(describeEventMessage(e));
}
