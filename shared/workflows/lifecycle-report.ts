import type { Message } from '../i18n/message';
import type { SerialEventType, SerialStatus, Tracking } from '../domain/types';

/** The product serial report, profit by serial, stock and transactions, and exports. */

/** Search of the product serial report; every field narrows it. Dates are YYYY-MM-DD, inclusive. */
export interface SerialReportFilter {
  /** The start of a serial (any case). */
  serial?: string;
  sku?: string;
  po?: string;
  order?: string;
  /** Vendor code. */
  vendor?: string;
  /** A PO ordered or a sale made in [from, to]. */
  from?: string;
  to?: string;
  status?: SerialStatus;
}

export interface SerialReportRow {
  sku: string;
  product: string;
  serial: string;
  status: SerialStatus;
  po: string | null;
  date_ordered: string | null;
  vendor: string | null;
  purchase_price: number | null;
  sale_order: string | null;
  sale_date: string | null;
  sale_price: number | null;
  received_warehouse: string | null;
  ship_from_warehouse: string | null;
  /** The last RMA the unit came back on. */
  rma: string | null;
  /** The unit's cost for profit and loss (purchase price by serial, or the average cost). */
  cost: number | null;
  margin: number | null;
}

export const REPORT_COLUMNS: { key: keyof SerialReportRow; header: string }[] = [
  { key: 'sku', header: 'SKU' },
  { key: 'product', header: 'Product' },
  { key: 'serial', header: 'Serial' },
  { key: 'po', header: 'PO' },
  { key: 'date_ordered', header: 'Date ordered' },
  { key: 'vendor', header: 'Vendor' },
  { key: 'purchase_price', header: 'Purchase price' },
  { key: 'sale_order', header: 'Sale order' },
  { key: 'sale_date', header: 'Sale date' },
  { key: 'sale_price', header: 'Sale price' },
  { key: 'received_warehouse', header: 'Received warehouse' },
  { key: 'ship_from_warehouse', header: 'Ship-from warehouse' },
  { key: 'status', header: 'Status' },
  { key: 'rma', header: 'RMA' },
  { key: 'cost', header: 'Cost (P&L)' },
  { key: 'margin', header: 'Margin' },
];

export type ProfitGroup = 'order' | 'product';

export interface ProfitFilter {
  by: ProfitGroup;
  sku?: string;
  order?: string;
  /** Shipped (returns: returned) in [from, to] (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface ProfitRow {
  /** Order number or SKU. */
  key: string;
  /** Product name (by product) or ship date (by order). */
  label: string;
  units: number;
  /** Units costed at their serial's purchase price, the rest at average cost. */
  serial_costed: number;
  average_costed: number;
  revenue: number;
  cost: number;
  /** Units taken back on returns (RMA lines) in the period. */
  returned_units: number;
  /** The credit memo total of those returns. */
  credits: number;
  /** Cost of the returned units put back in stock: inventory again (quarantined units stay a loss). */
  returned_cost: number;
  /** revenue − credits − (cost − returned_cost). */
  margin: number;
  /** Margin over net revenue (revenue − credits), percent (null without it). */
  margin_pct: number | null;
}

export interface ProfitReport {
  by: ProfitGroup;
  by_serial: boolean;
  rows: ProfitRow[];
  totals: Omit<ProfitRow, 'key' | 'label'>;
}

export interface StockLine {
  product_id: number;
  sku: string;
  name: string;
  tracking: Tracking;
  warehouse: string;
  bin: string | null;
  qty: number;
  serial_count: number;
}

export interface StockSerialRow {
  serial: string;
  status: SerialStatus;
  lot: string | null;
  expiry: string | null;
  po: string | null;
  unit_cost: number | null;
  since: string;
}

export interface TransactionRow {
  id: number;
  /** The ledger's order (commit order across stations). */
  seq: number;
  station_id: string | null;
  at: string;
  type: SerialEventType;
  sku: string;
  serial: string;
  document: string | null;
  document_type: string | null;
  user: string | null;
  station: string | null;
  /** What happened, in English; `summary_message` is the same sentence to show in the station's language. */
  summary: string;
  summary_message: Message;
}

export const EXPORT_KINDS = ['arrivals', 'serials', 'report'] as const;
/** Arrivals with serials (one row per serial received), product serial numbers, the serial report. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  arrivals: 'Inventory arrivals with serials',
  serials: 'Product serial numbers',
  report: 'Product serial report',
};

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Export filters; dates YYYY-MM-DD inclusive (arrivals: received on; serials: entered the ledger; report: ordered or sold). */
export interface ExportFilter {
  from?: string;
  to?: string;
  vendor?: string;
  sku?: string;
}

export interface ExportJob {
  id: string;
  kind: ExportKind;
  format: ExportFormat;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  rows: number;
  /** Rows the query will write (known after a count; null before). */
  total: number | null;
  file_name: string;
  /** Where the finished file is on the station's disk. */
  path: string | null;
  error: string | null;
}

/** `YYYY-MM-DD` → the next calendar day, for an inclusive upper bound on dates and timestamps. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
