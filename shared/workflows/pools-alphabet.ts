import { firstInvalidChar } from '../barcode/charsets';
import { MAX_POOL_SERIAL_LENGTH } from './pools';

/**
 * Alphabets for generated serials. Every one is a subset of GS1 CSET 82 (General Specifications
 * §7.11, the character set of AI (21)), so a generated serial always fits a GS1 label.
 * `safe` (the default) leaves out characters that are mistaken for each other when a label is
 * read by eye: 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, and lower case.
 */
export const POOL_ALPHABETS = {
  safe: '34679ACEFGHJKMNPRTUVWXY',
  alphanumeric: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  cset82: '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz',
} as const;

export type PoolAlphabet = keyof typeof POOL_ALPHABETS;
export const POOL_ALPHABET_NAMES = Object.keys(POOL_ALPHABETS) as PoolAlphabet[];

/** Fills a byte array with cryptographically random bytes (Node's or the browser's crypto). */
export type RandomBytes = (count: number) => Uint8Array;

/**
 * Draws `count` random serials of `length` characters from `alphabet`, distinct from each other.
 * Each character is uniform over the alphabet: bytes that would bias the modulo are redrawn.
 */
export function randomSerials(alphabet: string, length: number, count: number, random: RandomBytes): string[] {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError('an alphabet has 2 to 256 characters');
  if (!Number.isInteger(length) || length < 1 || length > MAX_POOL_SERIAL_LENGTH) {
    throw new RangeError(`a serial length is 1 to ${MAX_POOL_SERIAL_LENGTH}`);
  }
  const size = alphabet.length;
  const accept = 256 - (256 % size);
  const out = new Set<string>();
  let bytes = random(count * length * 2);
  let at = 0;
  // A tiny space (e.g. 2 digits) can hold fewer distinct serials than asked: stop after enough tries.
  for (let tries = 0; out.size < count && tries < count * 20; tries++) {
    let serial = '';
    while (serial.length < length) {
      if (at >= bytes.length) {
        bytes = random(Math.max(64, (count - out.size) * length * 2));
        at = 0;
      }
      const b = bytes[at++] as number;
      if (b < accept) serial += alphabet.charAt(b % size);
    }
    out.add(serial);
  }
  return [...out];
}

/** How many distinct serials an alphabet and length can make (Infinity when beyond 2^53). */
export function serialSpace(alphabet: string, length: number): number {
  const n = alphabet.length ** length;
  return Number.isSafeInteger(n) ? n : Infinity;
}

/** Why a serial cannot be carried in GS1 AI (21), or null when it can. */
export function gs1SerialProblem(value: string): string | null {
  if (value.length === 0) return 'a serial cannot be empty';
  if (value.length > MAX_POOL_SERIAL_LENGTH) return `a serial has at most ${MAX_POOL_SERIAL_LENGTH} characters (GS1 AI 21), this one has ${value.length}`;
  const bad = firstInvalidChar(value, 'X');
  if (bad >= 0) return `character ${JSON.stringify(value.charAt(bad))} at position ${bad + 1} is not in GS1 CSET 82`;
  return null;
}
