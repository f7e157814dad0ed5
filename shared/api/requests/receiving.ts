import { z } from 'zod';
import type { ReceivingSessionView } from '../../domain/views';
import type { CloseResult, FindPoResult, PoSerialRow, ReceivingLine, ReceivingScanResult, ReceivingState } from '../../workflows/receiving';
import type { Verdict } from '../../workflows/verdict';
import { identifier } from '../../domain/identifiers';
import { request } from '../define';

const po = identifier(100);
/** Scans are validated by the workflow (a 10 KB scan gets a `too_long` verdict, not a request error). */
const code = z.string().max(20_000);
const qty = z.number().int().min(1).max(100_000);
const mm = z.number().positive().max(100_000);
const scanInput = z.object({ po_number: po, code, sku: identifier(100).optional(), qty: qty.optional(), bin: identifier(100).optional() }).strict();

/** The receiving wizard (Receive screen); REST `POST /purchase-orders/{po}/scans|receipts` calls the same workflow. */
export const receivingRequests = {
  'receiving.find': request<FindPoResult>()(z.object({ query: z.string().max(20_000) }).strict()),
  'receiving.open': request<ReceivingState>()(z.object({ po_number: po }).strict()),
  /** With `sku` (REST, fixed-mount scanners), `code` is a serial of that product. */
  'receiving.scan': request<ReceivingScanResult>()(scanInput),
  /** REST `POST /purchase-orders/{po}/scans`: the same scan, answered with the verdict and its line only (no wizard state to build). */
  'receiving.scanVerdict': request<Verdict<ReceivingLine>>()(scanInput),
  'receiving.measure': request<ReceivingScanResult>()(
    z.object({ po_number: po, weight_grams: z.number().positive().max(10_000_000).optional(), from_scale: z.boolean().optional(), length_mm: mm.optional(), width_mm: mm.optional(), height_mm: mm.optional() }).strict(),
  ),
  'receiving.cancelPending': request<ReceivingState>()(z.object({ po_number: po }).strict()),
  'receiving.close': request<CloseResult>()(z.object({ po_number: po }).strict()),
  'receiving.sessions': request<{ sessions: ReceivingSessionView[] }>()(z.object({ po_number: po }).strict()),
  'receiving.serials': request<{ total: number; rows: PoSerialRow[] }>()(
    z
      .object({
        po_number: po,
        session_id: z.number().int().positive().optional(),
        filter: z.string().max(200).optional(),
        sort: z.enum(['serial', 'sku', 'received']).optional(),
        desc: z.boolean().optional(),
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(1000),
      })
      .strict(),
  ),
  /** "Enter serials for received units": a serial for a unit of `sku` received without one, with every receiving serial check. */
  'receiving.addSerial': request<Verdict & { state: ReceivingState; without_serial: { sku: string; line_no: number; units: number }[] }>()(
    z.object({ po_number: po, sku: z.string().min(1).max(100), code }).strict(),
  ),
  /** "Print labels": a label per serial (or per unit without one) received on the PO or one session. */
  'receiving.printLabels': request<{ labels: number; serials: number; units_without_serial: number; target: string }>()(
    z.object({ po_number: po, session_id: z.number().int().positive().optional(), format: z.enum(['zpl', 'pdf']), destination: z.enum(['file', 'printer']) }).strict(),
  ),
  'receiving.deleteSerial': request<ReceivingState>()(z.object({ po_number: po, serial: z.string().min(1).max(200), reason: z.string().trim().min(1).max(500) }).strict()),
  'receiving.editSerial': request<Verdict & { state: ReceivingState }>()(z.object({ po_number: po, serial: z.string().min(1).max(200), new_value: z.string().max(200) }).strict()),
};
