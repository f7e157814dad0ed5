import { msg } from '../../shared/i18n/message';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { IdempotencyClaim } from '../backend/dispatcher';
import type { Db } from '../storage/schema';
import { findStoredReply, storeReply, type StoredReply } from '../storage/repos/idempotency';
import { RestError } from './errors';
import type { AuthContext, RouteDef } from './route';

export const MAX_IDEMPOTENCY_KEY = 255;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface IdempotencyOptions {
  db(): Db;
  /** `api.requireIdempotencyKey`: scan routes refuse a request without a key. */
  requireOnScans(): boolean;
  now?(): Date;
}

/** JSON with object keys sorted: the same body sent with its keys in another order is the same body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The request's Idempotency-Key claim (mutating, authenticated routes), or null without a key.
 * Refuses a key over 255 characters, and a scan without one when the station requires it.
 */
export function claimOf(route: RouteDef, req: FastifyRequest, auth: AuthContext | null, opts: IdempotencyOptions | undefined): IdempotencyClaim | null {
  if (!opts || !auth || !MUTATING.has(route.method)) return null;
  const raw = req.headers['idempotency-key'];
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!key) {
    if (route.path.endsWith('/scans') && opts.requireOnScans()) {
      throw new RestError(400, 'ValidationError', msg('errors-import.rest.idempotencyRequired'));
    }
    return null;
  }
  if (key.length > MAX_IDEMPOTENCY_KEY) throw new RestError(400, 'ValidationError', msg('errors-import.rest.idempotencyTooLong', { max: MAX_IDEMPOTENCY_KEY }));
  const hash = createHash('sha256').update(`${route.method} ${req.url}\n${canonical(req.body)}`).digest('hex');
  return { scope: `key:${auth.apiKeyId}`, key, hash };
}

/** The stored reply for this claim within 24 h (409 ConflictError when the key came with another request). */
export async function storedFor(claim: IdempotencyClaim, opts: IdempotencyOptions): Promise<StoredReply | undefined> {
  const stored = await findStoredReply(opts.db(), claim.scope, claim.key, opts.now?.() ?? new Date());
  if (stored && stored.request_hash !== claim.hash) {
    throw new RestError(409, 'ConflictError', msg('errors-import.rest.idempotencyReused', { key: claim.key.slice(0, 80) }));
  }
  return stored;
}

export async function remember(claim: IdempotencyClaim, opts: IdempotencyOptions, status: number, reply: unknown): Promise<void> {
  await storeReply(opts.db(), { scope: claim.scope, key: claim.key, request_hash: claim.hash, status, reply }, opts.now?.() ?? new Date());
}
