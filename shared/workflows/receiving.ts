import type { PurchaseOrderStatus, Tracking } from '../domain/types';
import type { Message } from '../i18n/message';
import type { Verdict } from './verdict';

/** One PO line as the receiving wizard shows it. */
export interface ReceivingLine {
  line_id: number;
  line_no: number;
  sku: string;
  name: string;
  tracking: Tracking;
  ordered: number;
  received: number;
  to_receive: number;
  /** Serials captured at receipt on this line (not deleted). */
  serials: number;
  /** Pre-receipt serials (all of the line's units, or 0). */
  expected_serials: number;
  /** Whether this station asks a serial per unit for this line now (tracking, options, vendor). */
  serial_required: boolean;
}

/** What the wizard waits for next. */
export type ReceivingStep =
  | { kind: 'bin' }
  | { kind: 'product' }
  | { kind: 'measure'; line_id: number; sku: string; qty: number }
  | { kind: 'serial'; line_id: number; sku: string; index: number; of: number; extra: boolean };

export interface ReceivingState {
  po_number: string;
  vendor: string;
  warehouse: string | null;
  vendor_invoice: string | null;
  tracking_number: string | null;
  status: PurchaseOrderStatus;
  session: { id: number; opened_at: string; received_by: string | null; bin: string | null } | null;
  /** Sessions already closed on this PO (partial receipts). */
  closed_sessions: number;
  lines: ReceivingLine[];
  step: ReceivingStep;
  /** The sentence above the Scan field, in English. */
  prompt: string;
  /** The same sentence as a message (key and parameters), to show in the station's language. */
  prompt_message: Message;
  skip_serials_for_vendor: boolean;
}

export interface ReceivingScanResult extends Verdict<ReceivingLine> {
  state: ReceivingState;
}

export interface PoCandidate {
  po_number: string;
  vendor: string;
  vendor_invoice: string | null;
  tracking_number: string | null;
  status: PurchaseOrderStatus;
  ordered_at: string;
  qty: number;
  received_qty: number;
}

export interface FindPoResult {
  /** What the query matched: a PO number, vendor invoice, tracking number, or a product on open POs. */
  by: 'po' | 'reference' | 'product' | 'none';
  product: { sku: string; name: string } | null;
  candidates: PoCandidate[];
}

export interface PoSerialRow {
  serial: string;
  sku: string;
  line_no: number;
  session_id: number | null;
  received_on: string | null;
  received_by: string | null;
  status: string;
  bin: string | null;
}

export interface CloseResult {
  session_id: number;
  /** Plain sentences about adjustments: fewer/more serials than expected, pending units dropped (English). */
  notes: string[];
  /** The same sentences as messages (key and parameters), to show in the station's language. */
  note_messages: Message[];
  state: ReceivingState;
}
