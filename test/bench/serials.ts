// Serial values for the benchmarks: random, unique and reproducible. A serial scanned in ascending
// order (`SCALE000001`, …) lands at the end of every index it touches, which a real warehouse never
// does, and flatters the scan path. Here the i-th serial of a stream is a keyed permutation of
// (stream, i) over 2^40 values, so values are spread over the whole index whatever their order,
// never repeat (a permutation is one-to-one), and the i-th value can be computed again for a lookup.

/** Each use of serials in a bench run takes its own stream: streams never share a value. */
export const SERIAL_STREAMS = {
  ledger: 0,
  scanPath: 1,
  warmUp: 2,
  storageScan: 3,
  storageRaw: 4,
  importFile: 5,
  receivingWorkflow: 6,
  receivingHttp: 7,
  concurrent: 8,
  burstRest: 9,
  burstWedge: 10,
  shipping: 11,
  lifecycle: 12,
  commission: 13,
} as const;

const HALF_BITS = 20;
const HALF_MASK = (1 << HALF_BITS) - 1;
const STREAM_SIZE = 2 ** 32;
const ROUND_KEYS = [0x3c6ef372, 0x9e3779b9, 0x7f4a7c15, 0x1b873593];
/** Crockford's base 32 (no I, L, O, U): serial-like, no confusable characters. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The round function of the Feistel network: any mix of 20 bits into 20 bits will do. */
function mix(half: number, key: number): number {
  let h = Math.imul(half ^ key, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & HALF_MASK;
}

/** A bijection on [0, 2^40): a four-round Feistel network on two 20-bit halves. */
export function permute40(x: number): number {
  let left = Math.floor(x / 2 ** HALF_BITS) & HALF_MASK;
  let right = x & HALF_MASK;
  for (const key of ROUND_KEYS) [left, right] = [right, left ^ mix(right, key)];
  return left * 2 ** HALF_BITS + right;
}

/**
 * The i-th serial of a stream: `SN` and 8 base-32 characters (10 characters, never all digits, so
 * it is never taken for a GTIN or a quantity). Every stream holds 2^32 serials.
 */
export function benchSerial(stream: number, i: number): string {
  if (!Number.isInteger(i) || i < 0 || i >= STREAM_SIZE) throw new RangeError(`serial index ${i} is outside 0..2^32-1`);
  if (!Number.isInteger(stream) || stream < 0 || stream >= 256) throw new RangeError(`serial stream ${stream} is outside 0..255`);
  let v = permute40(stream * STREAM_SIZE + i);
  let out = '';
  for (let k = 0; k < 8; k++) {
    out = ALPHABET[v % 32] + out;
    v = Math.floor(v / 32);
  }
  return `SN${out}`;
}

/** `count` serials of a stream, from index `from`. */
export function benchSerials(stream: number, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, k) => benchSerial(stream, from + k));
}

/** Small seeded PRNG (mulberry32): uniform in [0, 1), the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
