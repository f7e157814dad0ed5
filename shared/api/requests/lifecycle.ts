import { z } from 'zod';
import { SERIAL_EVENT_TYPES, SERIAL_STATUSES } from '../../domain/types';
import type { SerialHistory } from '../../workflows/lifecycle-history';
import {
  RETURN_CONDITIONS,
  TRANSFER_KINDS,
  type AdjustResult,
  type CountScanResult,
  type CountState,
  type CountSummary,
  type CreditMemo,
  type FindReturnResult,
  type RestockResult,
  type ReturnScanResult,
  type ReturnState,
  type ReturnSummary,
  type TransferScanResult,
  type TransferState,
  type TransferSummary,
} from '../../workflows/lifecycle';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  isDay,
  type ExportJob,
  type ProfitReport,
  type SerialReportRow,
  type StockLine,
  type StockSerialRow,
  type TransactionRow,
} from '../../workflows/lifecycle-report';
import { identifier } from '../../domain/identifiers';
import type { CountReview } from '../../workflows/count-review';
import { request } from '../define';

/** Station API of the serial lifecycle: returns, transfers, adjustments and counts, history, reports, stock, exports. */

/** Document numbers, SKUs, serials, warehouses and bins: identifiers (shared/domain/identifiers.ts). */
const text = (max = 100) => identifier(max);
/** Free text (a reason): well-formed, no control characters. */
const note = (max: number) => identifier(max, 'text');
/** Scans are validated by the workflow (a 10 KB scan gets a `too_long` verdict, not a request error). */
const code = z.string().max(20_000);
const rma = z.object({ rma_number: text() }).strict();
const transfer = z.object({ transfer_number: text() }).strict();
const day = z.string().refine(isDay, 'a date written YYYY-MM-DD');
const page = { offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) };
const place = { warehouse: text(), bin: text().optional() };
const disposition = z.enum(['restock', 'quarantine']);

export const reportFilterSchema = z
  .object({
    serial: text(200).optional(),
    sku: text().optional(),
    po: text().optional(),
    order: text().optional(),
    vendor: text().optional(),
    from: day.optional(),
    to: day.optional(),
    status: z.enum(SERIAL_STATUSES).optional(),
  })
  .strict();

export const exportFilterSchema = z.object({ from: day.optional(), to: day.optional(), vendor: text().optional(), sku: text().optional() }).strict();

export const lifecycleRequests = {
  /** An RMA number, an order number or a shipped serial → the order and its RMAs. */
  'returns.find': request<FindReturnResult>()(z.object({ query: z.string().max(20_000) }).strict()),
  'returns.create': request<{ created: boolean; state: ReturnState }>()(
    z.object({ order_number: text(), rma_number: text().optional(), reason: note(200).optional() }).strict(),
  ),
  'returns.open': request<ReturnState>()(rma),
  'returns.scan': request<ReturnScanResult>()(
    z.object({ rma_number: text(), code, sku: text().optional(), condition: z.enum(RETURN_CONDITIONS).optional() }).strict(),
  ),
  'returns.cancelPending': request<ReturnState>()(rma),
  'returns.restock': request<RestockResult>()(
    z
      .object({
        rma_number: text(),
        warehouse: text().optional(),
        bin: text().optional(),
        disposition: disposition.optional(),
        lines: z.array(z.object({ line_id: z.number().int().positive(), disposition }).strict()).max(10_000).optional(),
      })
      .strict(),
  ),
  'returns.creditMemo': request<CreditMemo>()(rma),
  /** The open RMAs, newest first. */
  'returns.list': request<{ returns: ReturnSummary[] }>()(z.object({}).strict()),
  /** Cancels an open RMA with nothing put away: its scanned units go back to shipped. */
  'returns.cancel': request<ReturnState>()(rma),

  'transfers.list': request<{ transfers: TransferSummary[] }>()(z.object({}).strict()),
  'transfers.create': request<TransferState>()(
    z
      .object({ kind: z.enum(TRANSFER_KINDS), from_warehouse: text(), from_bin: text().optional(), to_warehouse: text().optional(), to_bin: text().optional(), to_sku: text().optional() })
      .strict(),
  ),
  'transfers.open': request<TransferState>()(transfer),
  'transfers.scan': request<TransferScanResult>()(z.object({ transfer_number: text(), code, to_sku: text().optional() }).strict()),
  'transfers.cancelPending': request<TransferState>()(transfer),
  /** Done scanning: completed, or (one-way) in transit. */
  'transfers.finish': request<TransferState>()(transfer),
  /** A one-way transfer arrives at its destination. */
  'transfers.receive': request<TransferState>()(transfer),

  'stock.adjust': request<AdjustResult>()(
    z
      .object({ action: z.enum(['add', 'remove']), code, sku: text().optional(), ...place, qty: z.number().int().min(1).max(100_000).optional(), reason: note(500) })
      .strict(),
  ),
  'counts.start': request<CountState>()(z.object(place).strict()),
  /** One count scan; `qty` counts that many units of a product without serials (a `QTY<n>` scan does the same for the next product). */
  'counts.scan': request<CountScanResult>()(z.object({ ...place, code, qty: z.number().int().min(1).max(100_000).optional() }).strict()),
  /** The variance review: expected, counted and difference per product, each missing and extra serial. Changes nothing. */
  'counts.review': request<CountReview>()(z.object(place).strict()),
  /** Applies the count; write-offs above `counts.supervisorAbove` need a supervisor `pin`. */
  'counts.finish': request<CountSummary>()(z.object({ ...place, pin: z.string().max(64).optional() }).strict()),
  'counts.cancel': request<{ cancelled: true }>()(z.object(place).strict()),

  'stock.list': request<{ lines: StockLine[] }>()(z.object({ sku: text().optional(), warehouse: text().optional(), bin: text().optional() }).strict()),
  /** The serials in stock on one stock line. */
  'stock.serials': request<{ total: number; rows: StockSerialRow[] }>()(z.object({ sku: text(), warehouse: text(), bin: text().nullable(), ...page }).strict()),
  /** The ledger as "transactions with serial numbers", newest first. */
  'stock.transactions': request<{ total: number; rows: TransactionRow[] }>()(
    z.object({ sku: text().optional(), serial: text(200).optional(), type: z.enum(SERIAL_EVENT_TYPES).optional(), from: day.optional(), to: day.optional(), ...page }).strict(),
  ),
  'stock.places': request<{ warehouses: { code: string; name: string; bins: string[] }[] }>()(z.object({}).strict()),

  /** Every serial with this value (one per product), with its timeline. */
  'serials.history': request<{ serials: SerialHistory[] }>()(z.object({ serial: text(200) }).strict()),
  'reports.serials': request<{ total: number; rows: SerialReportRow[] }>()(z.object({ filter: reportFilterSchema, ...page }).strict()),
  'reports.profit': request<ProfitReport>()(
    z.object({ by: z.enum(['order', 'product']), sku: text().optional(), order: text().optional(), from: day.optional(), to: day.optional() }).strict(),
  ),

  /** Starts an export into the station's exports folder; progress arrives as `export.progress`. */
  'exports.start': request<ExportJob>()(z.object({ kind: z.enum(EXPORT_KINDS), format: z.enum(EXPORT_FORMATS), filter: exportFilterSchema }).strict()),
  'exports.cancel': request<ExportJob>()(z.object({ id: text(64) }).strict()),
  'exports.list': request<{ jobs: ExportJob[] }>()(z.object({}).strict()),
};
