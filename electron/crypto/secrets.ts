import { hash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt cost: N=2^14, r=8, p=1 (OWASP's minimum for scrypt) — about 40 ms per check here, which
// is fine for a PIN or an API secret and slows brute force of a stolen database.
const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

function derive(secret: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEYLEN, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Salted scrypt hash of a low-entropy secret (PIN, API secret): `scrypt$N$r$p$salt$hash`. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Constant-time check of a secret against `hashSecret` output; false for malformed hashes. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const expected = Buffer.from(parts[5] as string, 'base64url');
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p) || expected.length !== KEYLEN) return false;
  const key = await derive(secret, Buffer.from(parts[4] as string, 'base64url'), n, r, p);
  return timingSafeEqual(key, expected);
}

/**
 * Unsalted SHA-256 for high-entropy random tokens (access tokens, channel keys): they cannot be
 * guessed, so a fast hash lets each request look its token up by index. (The one-shot `hash`
 * costs a quarter of a `createHash` object's update and digest; every REST request hashes two.)
 */
export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

/** A random URL-safe secret (per-run UI key, API secrets, tokens, channel keys). */
export function newSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time comparison of two strings of possibly different length. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(hash('sha256', a, 'buffer'), hash('sha256', b, 'buffer'));
}
