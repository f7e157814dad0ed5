import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** PINs are stored as `scrypt$N$r$p$salt$hash` (base64): a random 16-byte salt per user. */

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(pin: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(pin, salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** 4 to 12 digits: typed on a bench keypad or a touch screen. */
export const PIN_PATTERN = /^\d{4,12}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pin, salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (!Number.isInteger(n) || expected.length === 0) return false;
  const actual = await scrypt(pin, salt, expected.length, { N: n, r, p });
  return timingSafeEqual(actual, expected);
}
