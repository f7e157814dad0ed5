// AIM symbology identifiers (ISO/IEC 15424): three characters `]cm` — a flag `]`, a code character
// naming the symbology (`d` Data Matrix, `C` Code 128, `Q` QR, `E` EAN/UPC, …) and one modifier
// character. Scanners can send it before the data; HID POS carries it in its own report fields.

const FLAG = 0x5d; // ']'

function isCodeChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isModifierChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isCodeChar(c);
}

/** True for a well-formed three-character AIM identifier such as `]d2`. */
export function isAimIdentifier(text: string): boolean {
  return (
    text.length === 3 &&
    text.charCodeAt(0) === FLAG &&
    isCodeChar(text.charCodeAt(1)) &&
    isModifierChar(text.charCodeAt(2))
  );
}

/**
 * Splits a leading AIM identifier off in-band scan text (serial and keyboard scanners send it as
 * the first three characters when "transmit AIM ID" is configured). Text without one is returned
 * whole with `symbology: null`.
 */
export function splitAimPrefix(text: string): { symbology: string | null; data: string } {
  const head = text.slice(0, 3);
  return isAimIdentifier(head) ? { symbology: head, data: text.slice(3) } : { symbology: null, data: text };
}
