// GS1 character sets (General Specifications §7.11): CSET 82 (AI type "X"), CSET 39 ("Y"),
// CSET 64 ("Z", file-safe/URI-safe base64 with "=" padding) and digits ("N").

export type Charset = 'N' | 'X' | 'Y' | 'Z';

const CSET82 = '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CSET64 = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

const TABLES: Record<Exclude<Charset, 'N'>, Uint8Array> = {
  X: table(CSET82),
  Y: table(CSET39),
  Z: table(CSET64),
};

export const CHARSET_NAMES: Record<Charset, string> = {
  N: 'digits',
  X: 'CSET 82',
  Y: 'CSET 39',
  Z: 'CSET 64',
};

export function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Index of the first character outside the set, or -1 when every character belongs to it. */
export function firstInvalidChar(value: string, charset: Charset): number {
  if (charset === 'N') {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return i;
    }
    return -1;
  }
  const t = TABLES[charset];
  // CSET 64 allows up to two "=" padding characters at the end, and only when the padded
  // length is a multiple of three (as the GS1 Barcode Syntax Tests "cset64" check).
  let end = value.length;
  if (charset === 'Z') {
    while (end > 0 && value.charCodeAt(end - 1) === 61) end--;
    const pads = value.length - end;
    if (pads > 2 || (pads > 0 && value.length % 3 !== 0)) return end;
  }
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || t[c] !== 1) return i;
  }
  return -1;
}

/** C0 controls, DEL and C1 controls: never part of a code a person can type or read. */
export function isControlChar(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
