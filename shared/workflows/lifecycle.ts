import type { Tracking } from '../domain/types';
import { english, type Message } from '../i18n/message';
import type { Verdict } from './verdict';

/** Returns (RMA), transfers, adjustments and cycle counts as the station API shows them. */

/** What a screen asks for next (the sentence above the Scan field). */
export interface Prompted {
  /** In English. */
  prompt: string;
  /** The same sentence as a message (key and parameters), to show in the station's language. */
  prompt_message: Message;
}

export function prompted(m: Message): Prompted {
  return { prompt: english(m), prompt_message: m };
}

export const RETURN_CONDITIONS = ['new', 'opened', 'used', 'damaged', 'defective'] as const;
export type ReturnCondition = (typeof RETURN_CONDITIONS)[number];

export const CONDITION_LABELS: Record<ReturnCondition, string> = {
  new: 'New, sealed',
  opened: 'Opened, as new',
  used: 'Used, working',
  damaged: 'Damaged',
  defective: 'Defective',
};

/** Why the customer sent it back (RMA level); free text is accepted too. */
export const RETURN_REASONS = ['defective', 'damaged_in_transit', 'wrong_item', 'not_as_described', 'no_longer_needed', 'other'] as const;

export const RETURN_REASON_LABELS: Record<(typeof RETURN_REASONS)[number], string> = {
  defective: 'Defective',
  damaged_in_transit: 'Damaged in transit',
  wrong_item: 'Wrong item sent',
  not_as_described: 'Not as described',
  no_longer_needed: 'No longer needed',
  other: 'Other',
};

export type Disposition = 'restock' | 'quarantine';

/** Damaged and defective units go to quarantine unless the person says otherwise; others back to stock. */
export function dispositionFor(condition: ReturnCondition | null): Disposition {
  return condition === 'damaged' || condition === 'defective' ? 'quarantine' : 'restock';
}

/** One line of the order being returned: what shipped and what came back so far (all RMAs). */
export interface ReturnOrderLine {
  order_line_id: number;
  line_no: number;
  sku: string;
  name: string;
  tracking: Tracking;
  shipped: number;
  returned: number;
}

/** One returned unit (a credit memo line). */
export interface ReturnLineView {
  line_id: number;
  sku: string;
  name: string;
  serial: string | null;
  qty: number;
  condition: ReturnCondition | null;
  /** Set when the unit was put away (restock) or quarantined. */
  disposition: Disposition | null;
  warehouse: string | null;
  bin: string | null;
  /** The order line's sale price per unit (null when the order had no price). */
  credit_amount: number | null;
}

export type ReturnStep = { kind: 'item' } | { kind: 'serial'; sku: string } | { kind: 'closed' };

/** An RMA is open, closed (its units put away), or cancelled (closed with nothing put away). */
export type ReturnStatus = 'open' | 'closed' | 'cancelled';

export interface ReturnState extends Prompted {
  rma_number: string;
  order_number: string;
  status: ReturnStatus;
  reason: string | null;
  created_at: string;
  closed_at: string | null;
  /** `returns.requireSerialValidation` in force now. */
  validation: boolean;
  order_lines: ReturnOrderLine[];
  lines: ReturnLineView[];
  step: ReturnStep;
  credit_total: number;
}

export interface ReturnScanResult extends Verdict<ReturnLineView> {
  state: ReturnState;
}

export interface CreditMemoLine {
  sku: string;
  serial: string | null;
  qty: number;
  unit_price: number | null;
  amount: number;
  condition: ReturnCondition | null;
  disposition: Disposition | null;
}

export interface CreditMemo {
  rma_number: string;
  order_number: string;
  lines: CreditMemoLine[];
  total: number;
}

export interface RestockResult {
  restocked: number;
  quarantined: number;
  credit_memo: CreditMemo;
  state: ReturnState;
}

export interface ReturnSummary {
  rma_number: string;
  order_number: string;
  status: ReturnStatus;
  created_at: string;
  units: number;
}

export interface FindReturnResult {
  /** What the scan matched: an RMA number, an order number, a serial shipped on an order, or nothing. */
  by: 'rma' | 'order' | 'serial' | 'none';
  order_number: string | null;
  returns: ReturnSummary[];
}

export const TRANSFER_KINDS = ['bin', 'warehouse', 'one_way', 'sku'] as const;
/** Bin-to-bin, warehouse-to-warehouse, one-way (in transit until received) and SKU-to-SKU. */
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = {
  bin: 'Bin to bin',
  warehouse: 'Warehouse to warehouse',
  one_way: 'One-way (in transit until received)',
  sku: 'SKU to SKU',
};

export interface TransferLineView {
  line_id: number;
  sku: string;
  to_sku: string | null;
  serial: string | null;
  qty: number;
}

export type TransferStep = { kind: 'item' } | { kind: 'serial'; sku: string } | { kind: 'arrival' } | { kind: 'closed' };

export interface TransferState extends Prompted {
  transfer_number: string;
  kind: TransferKind;
  from_warehouse: string;
  from_bin: string | null;
  to_warehouse: string;
  to_bin: string | null;
  /** SKU-to-SKU: the product the units become. */
  to_sku: string | null;
  status: 'open' | 'in_transit' | 'completed' | 'cancelled';
  created_at: string;
  completed_at: string | null;
  lines: TransferLineView[];
  units: number;
  step: TransferStep;
}

export interface TransferScanResult extends Verdict<TransferLineView> {
  state: TransferState;
}

export interface TransferSummary {
  transfer_number: string;
  kind: TransferKind;
  from: string;
  to: string;
  status: TransferState['status'];
  units: number;
  created_at: string;
}

/** One adjustment: a serial (or units of a product without serials) added to or removed from a location. */
export interface AdjustResult extends Verdict {
  sku: string | null;
  serial: string | null;
}

export interface CountedItem {
  sku: string;
  serial: string | null;
  qty: number;
}

export interface CountState extends Prompted {
  warehouse: string;
  bin: string | null;
  /** Serials the ledger has at this location, and units of products without serials. */
  expected_serials: number;
  expected_units: number;
  counted: CountedItem[];
  step: { kind: 'item' } | { kind: 'serial'; sku: string };
}

export interface CountScanResult extends Verdict {
  state: CountState;
}

export interface CountSummary {
  warehouse: string;
  bin: string | null;
  counted_serials: number;
  /** Expected here, not counted: removed from stock (ledger: adjusted). */
  missing: { sku: string; serial: string }[];
  /** Counted here, recorded elsewhere: moved here (ledger: moved). */
  moved_here: { sku: string; serial: string; from: string | null }[];
  /** Counted, unknown to stock: added (ledger: adjusted). */
  added: { sku: string; serial: string }[];
  /** Products without serials whose count differed. */
  quantities: { sku: string; expected: number; counted: number }[];
  /** The supervisor who approved the write-offs (null when none was needed). */
  approved_by: string | null;
}

/** A location as people type it: `MAIN` or `MAIN/A-01`. */
export function locationText(warehouse: string | null, bin: string | null): string {
  if (warehouse === null) return '—';
  return bin ? `${warehouse}/${bin}` : warehouse;
}
