import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `x-scanbay-signature` header of requests the station sends (label service; issue 17's
 * webhooks share it): `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` keyed by the secret.
 */
export const SIGNATURE_HEADER = 'x-scanbay-signature';

export function signBody(secret: string, body: string, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** Checks a header against the body (receivers, tests): the signature matches and `t` is within `toleranceSeconds`. */
export function verifySignature(secret: string, body: string, header: string, toleranceSeconds = 300, now: Date = new Date()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const want = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const got = Buffer.from(parts.v1);
  return want.length === got.length && timingSafeEqual(want, got);
}
