// Byte/text helpers for scanner payloads. `shared/` has no TextDecoder/Buffer (lib ES2023 only),
// so UTF-8 is decoded here by hand; it is a few lines and keeps the decoders pure.

/** Bytes as lower-case hex pairs separated by spaces: `02 0d 5d`. */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    if (i > 0) out += ' ';
    out += (bytes[i] as number).toString(16).padStart(2, '0');
  }
  return out;
}

/** Each byte as the character with that code (ISO 8859-1): never fails, keeps control bytes. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/**
 * Scanner payload bytes as text: UTF-8 when the bytes are valid UTF-8 (QR codes with accents),
 * otherwise ISO 8859-1 so that no byte is lost. ASCII (every GS1 payload) is the same either way.
 */
export function bytesToText(bytes: Uint8Array): string {
  const utf8 = decodeUtf8(bytes);
  return utf8 ?? latin1(bytes);
}

/** Strict UTF-8 decode; null on any malformed, overlong or surrogate sequence. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const codes: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      codes.push(b0);
      i += 1;
      continue;
    }
    const extra = utf8Continuations(b0);
    if (extra < 0 || i + extra >= bytes.length) return null;
    let cp = b0 & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    const min = extra === 1 ? 0x80 : extra === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    codes.push(cp);
    i += extra + 1;
  }
  let out = '';
  for (let j = 0; j < codes.length; j += 4096) out += String.fromCodePoint(...codes.slice(j, j + 4096));
  return out;
}

/** How many continuation bytes follow a UTF-8 lead byte; -1 when it cannot lead (RFC 3629 §4). */
function utf8Continuations(b0: number): number {
  if (b0 >= 0xc2 && b0 <= 0xdf) return 1;
  if (b0 >= 0xe0 && b0 <= 0xef) return 2;
  if (b0 >= 0xf0 && b0 <= 0xf4) return 3;
  return -1;
}

/** UTF-8 encoding of a string (the simulator turns text into report bytes with it). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

// ASCII control character names (C0 set, ISO 646 / ECMA-6) for the test panel.
const C0_NAMES = [
  'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
];

/** Text with every control character shown as `<GS>`, `<CR>`, `<DEL>`, … so a person can see it. */
export function visibleControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20) out += `<${C0_NAMES[c] as string}>`;
    else if (c === 0x7f) out += '<DEL>';
    else if (c >= 0x80 && c < 0xa0) out += `<x${c.toString(16)}>`;
    else out += ch;
  }
  return out;
}

/** The parts joined into one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
