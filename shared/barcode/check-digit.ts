// Check digit algorithms from the GS1 General Specifications.

/**
 * §7.9 "Standard check digit calculations for GS1 data structures": weights 3,1,3,1...
 * applied from the rightmost digit of the body; check = (10 - sum mod 10) mod 10.
 * `body` must be digits only (no check digit).
 */
export function mod10CheckDigit(body: string): number {
  let sum = 0;
  let weight = 3;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * weight;
    weight = 4 - weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the mod-10 check digit of the rest. */
export function hasValidMod10(digits: string): boolean {
  if (digits.length < 2) return false;
  return mod10CheckDigit(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}

// §7.9 "Check character calculation (for alphanumeric keys)", used by the GMN (AI 8013)
// and AI 8014: data characters weighted by their CSET 82 position and by primes from the
// right, sum mod 1021, split into two 5-bit values shown as CSET 32 characters.
const CSET82_ORDER = '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const CSET32_ORDER = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function primes(count: number): number[] {
  const out: number[] = [];
  for (let n = 2; out.length < count; n++) {
    if (out.every((p) => n % p !== 0)) out.push(n);
  }
  return out;
}
const PRIMES = primes(97);

/** The two check characters for `body`, or null when a character is outside CSET 82 or it is too long. */
export function alphaCheckPair(body: string): string | null {
  if (body.length > PRIMES.length) return null;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const weight = CSET82_ORDER.indexOf(body.charAt(i));
    if (weight < 0) return null;
    sum += weight * (PRIMES[body.length - 1 - i] as number);
  }
  sum %= 1021;
  return CSET32_ORDER.charAt(sum >> 5) + CSET32_ORDER.charAt(sum & 31);
}
