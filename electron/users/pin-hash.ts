import { hashSecret, verifySecret } from '../crypto/secrets';

/** 4 to 12 digits: typed on a bench keypad or a touch screen. */
export const PIN_PATTERN = /^\d{4,12}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** PINs are stored as salted scrypt hashes (`scrypt$N$r$p$salt$hash`), like API secrets. */
export const hashPin = hashSecret;

/** Compares in constant time; a malformed stored hash never matches. */
export const pinMatches = verifySecret;
