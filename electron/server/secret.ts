import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random URL-safe secret (for the per-run UI key, API secrets and tokens). */
export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time comparison of two strings of possibly different length. */
export function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
