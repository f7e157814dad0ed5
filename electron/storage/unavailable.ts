/**
 * "The database cannot be reached right now": a PostgreSQL server that is down, restarting,
 * unreachable over the network or refusing connections. Nothing of the failed request was
 * committed (a transaction without its COMMIT is rolled back by the server). The pool connects
 * again on the next request, so the station recovers by itself once the server is back.
 */

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
/** SQLSTATE: class 08 (connection exception), 57P01–57P03 (server shutting down or starting), 53300 (too many connections). */
const SERVER_CODES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** SQLSTATE: class 28 (the login was refused: wrong password, no such role), 3D000 (no such database). */
const REFUSED_CODES = /^(28[0-9A-Z]{3}|3D000)$/;
// Not "timeout exceeded when trying to connect": that is pg-pool's wait for a free connection of
// its own (a busy station), not the server.
const DRIVER_MESSAGES = [/connection terminated/i, /not queryable/i, /connection (is )?closed/i, /the database system is (starting up|shutting down|in recovery mode)/i];

function refused(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && REFUSED_CODES.test(code);
}

/** Unreachable, or reachable but refusing this station (its login or database is wrong): nothing can be recorded. */
export function isStorageUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.test(code) || REFUSED_CODES.test(code))) return true;
    const message = e instanceof Error ? e.message : '';
    if (DRIVER_MESSAGES.some((re) => re.test(message))) return true;
    if (e instanceof AggregateError && e.errors.some(isStorageUnavailable)) return true;
  }
  return false;
}

/** One line for people ("database unreachable — nothing was recorded: …"), or null when not that. */
export function storageUnavailableMessage(err: unknown): string | null {
  if (!isStorageUnavailable(err)) return null;
  const detail = err instanceof AggregateError ? err.errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ') : err instanceof Error ? err.message : String(err);
  const what = refused(err) ? 'database refused the connection' : 'database unreachable';
  return `${what} — nothing was recorded (${detail || 'connection failed'})`;
}
