import type { Db } from '../schema';
import { iso } from '../time';

/** Overrides, replacements and option changes: who, what, why. */

export interface AuditInput {
  at?: Date;
  userId?: number | null;
  station?: string | null;
  /** e.g. `serial.override`, `order.replacement`, `options.change`. */
  action: string;
  subject?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string | null;
  station: string | null;
  action: string;
  subject: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
}

export async function recordAudit(db: Db, entry: AuditInput): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: iso(entry.at),
      user_id: entry.userId ?? null,
      station: entry.station ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Newest first. */
export async function listAudit(db: Db, opts: { action?: string; limit?: number } = {}): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'users.name as user',
      'audit_log.station',
      'audit_log.action',
      'audit_log.subject',
      'audit_log.reason',
      'audit_log.details',
    ]);
  if (opts.action !== undefined) q = q.where('audit_log.action', '=', opts.action);
  const rows = await q.orderBy('audit_log.id', 'desc').limit(opts.limit ?? 200).execute();
  return rows.map((r) => ({ ...r, details: r.details === null ? null : (JSON.parse(r.details) as Record<string, unknown>) }));
}
