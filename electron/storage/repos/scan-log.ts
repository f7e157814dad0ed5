import type { Selectable } from 'kysely';
import { prepare, rowOf } from '../prepared';
import type { Db, ScanLogTable } from '../schema';
import { iso } from '../time';

/** Every scan, accepted or rejected, with its verdict and reason. */

export interface ScanLogInput {
  at?: Date;
  station: string;
  userId?: number | null;
  /** `receive`, `ship`, `return`, `transfer`, … */
  workflow: string;
  documentType?: string | null;
  documentNumber?: string | null;
  rawCode: string;
  verdict: 'accepted' | 'rejected';
  reason?: string | null;
  message?: string | null;
}

export type ScanLogEntry = Selectable<ScanLogTable>;

type ScanLogRow = Omit<Selectable<ScanLogTable>, 'id'>;

const SCAN_LOG_COLUMNS: Record<keyof ScanLogRow, true> = {
  at: true, station: true, user_id: true, workflow: true, document_type: true, document_number: true,
  raw_code: true, verdict: true, reason: true, message: true,
};
const insertScan = prepare((db, p: ScanLogRow) => db.insertInto('scan_log').values(rowOf(p, SCAN_LOG_COLUMNS)).returning('id'));

export async function logScan(db: Db, entry: ScanLogInput): Promise<number> {
  const row = await insertScan.first(db, {
    at: iso(entry.at),
    station: entry.station,
    user_id: entry.userId ?? null,
    workflow: entry.workflow,
    document_type: entry.documentType ?? null,
    document_number: entry.documentNumber ?? null,
    raw_code: entry.rawCode,
    verdict: entry.verdict,
    reason: entry.reason ?? null,
    message: entry.message ?? null,
  });
  return row!.id;
}

export interface ScanLogQuery {
  documentType?: string;
  documentNumber?: string;
  verdict?: 'accepted' | 'rejected';
  limit?: number;
}

/** Newest first. */
export async function listScans(db: Db, query: ScanLogQuery = {}): Promise<ScanLogEntry[]> {
  let q = db.selectFrom('scan_log').selectAll();
  if (query.documentType !== undefined) q = q.where('document_type', '=', query.documentType);
  if (query.documentNumber !== undefined) q = q.where('document_number', '=', query.documentNumber);
  if (query.verdict !== undefined) q = q.where('verdict', '=', query.verdict);
  return q.orderBy('id', 'desc').limit(query.limit ?? 200).execute();
}
