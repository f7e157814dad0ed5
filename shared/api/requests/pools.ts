import { z } from 'zod';
import { POOL_MODES, PRODUCT_CODE_SCHEMAS } from '../../domain/types';
import {
  MAX_BATCH_SIZE,
  MAX_LABELS_PER_PRINT,
  MAX_POOL_SERIAL_LENGTH,
  MIN_SEARCH_LENGTH,
  type BatchView,
  type PoolSerialView,
  type PoolView,
} from '../../workflows/pools';
import { identifier } from '../../domain/identifiers';
import { request } from '../define';

/** Station API requests of the serial pools (Serials → Pools). */

const poolId = z.number().int().positive();
const serialIds = z.array(z.number().int().positive()).min(1, 'select at least one serial').max(MAX_LABELS_PER_PRINT);
const name = identifier(100);

export interface PrintResult {
  labels: number;
  /** Serials that went from available to assigned by this print. */
  assigned: number;
  /** The file written, or host:port of the printer. */
  target: string;
  bytes: number;
  pool: PoolView;
}

export const poolsRequests = {
  /** Pools with their counts; `filter` matches product code, SKU or name (any part, any case). */
  'pools.list': request<{ pools: PoolView[] }>()(z.object({ filter: z.string().trim().max(100).optional() }).strict()),
  'pools.get': request<{ pool: PoolView }>()(z.object({ poolId }).strict()),
  /** A pool for a product (SKU, alias or GTIN); one per product. */
  'pools.create': request<{ pool: PoolView }>()(
    z
      .object({
        productCode: identifier(64),
        codeSchema: z.enum(PRODUCT_CODE_SCHEMAS).optional(),
        name: name.optional(),
        mode: z.enum(POOL_MODES),
        limit: z.number().int().min(1).max(1_000_000).optional(),
        serialLength: z.number().int().min(1).max(MAX_POOL_SERIAL_LENGTH).optional(),
      })
      .strict(),
  ),
  'pools.update': request<{ pool: PoolView }>()(
    z
      .object({
        poolId,
        name: name.optional(),
        mode: z.enum(POOL_MODES).optional(),
        limit: z.number().int().min(1).max(1_000_000).optional(),
        serialLength: z.number().int().min(1).max(MAX_POOL_SERIAL_LENGTH).optional(),
      })
      .strict(),
  ),
  /**
   * Continuous pool: one serial. Batch pool: a named batch of 1-500 (name defaults to the date
   * and time). Refused whole when it would pass the pool's limit.
   */
  'pools.generate': request<{ pool: PoolView; batch: BatchView | null; serials: string[] }>()(
    z
      .object({
        poolId,
        count: z.number().int().min(1).max(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} serials`).default(1),
        batchName: z.string().trim().max(100).optional(),
      })
      .strict(),
  ),
  'pools.batches': request<{ batches: BatchView[] }>()(z.object({ poolId }).strict()),
  /** A page of a pool's serials, newest first; `search` (3+ characters) matches any part of the value. */
  'pools.serials': request<{ serials: PoolSerialView[]; total: number }>()(
    z
      .object({
        poolId,
        batchId: z.number().int().positive().optional(),
        search: z.string().trim().min(MIN_SEARCH_LENGTH, `type at least ${MIN_SEARCH_LENGTH} characters to search`).max(20).optional(),
        status: z.enum(['available', 'assigned']).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  /** Deletes serials that have no ledger event beyond generation; all or none. */
  'pools.delete': request<{ deleted: number; pool: PoolView }>()(z.object({ poolId, serialIds }).strict()),
  /** Assigned serials back to available; all or none. */
  'pools.release': request<{ released: number; pool: PoolView }>()(z.object({ poolId, serialIds }).strict()),
  /** Prints serials (selected, or a whole batch) as ZPL (file or printer) or a PDF sheet (file). */
  'pools.print': request<PrintResult>()(
    z
      .object({
        poolId,
        serialIds: serialIds.optional(),
        batchId: z.number().int().positive().optional(),
        format: z.enum(['zpl', 'pdf']),
        destination: z.enum(['file', 'printer']),
        /** Absolute, or relative to the data dir's `labels` folder; default: a name from the pool and time. */
        path: z.string().trim().min(1).max(1024).optional(),
        host: z.string().trim().min(1).max(255).optional(),
        port: z.number().int().min(1).max(65535).optional(),
      })
      .strict()
      .refine((v) => (v.serialIds === undefined) !== (v.batchId === undefined), {
        message: 'print either selected serials or a batch',
        path: ['serialIds'],
      })
      .refine((v) => !(v.format === 'pdf' && v.destination === 'printer'), {
        message: 'a PDF sheet is written to a file; send ZPL to a printer',
        path: ['destination'],
      }),
  ),
};
