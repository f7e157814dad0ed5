import { Transform, type TransformCallback } from 'node:stream';
import { msg } from '../../shared/i18n/message';
import { ImportFileError } from './errors';

/**
 * Passes bytes through unchanged after checking they are UTF-8, so that Latin-1 or UTF-16 exports
 * from old spreadsheets are refused instead of importing as mojibake. The CSV parser decodes (and
 * drops a BOM); a character split across chunks is carried over to the next check.
 */
export class Utf8Guard extends Transform {
  #carry: Buffer = Buffer.alloc(0);
  #offset = 0;
  #line = 1;

  constructor(private readonly fileName: string) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const bytes = this.#carry.length > 0 ? Buffer.concat([this.#carry, chunk]) : chunk;
    const scan = scanUtf8(bytes);
    if (scan.invalidAt >= 0) {
      done(this.#error(bytes, scan.invalidAt));
      return;
    }
    const complete = bytes.subarray(0, scan.complete);
    this.#offset += complete.length;
    for (let i = complete.indexOf(10); i !== -1; i = complete.indexOf(10, i + 1)) this.#line++;
    this.#carry = Buffer.from(bytes.subarray(scan.complete));
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.#carry.length > 0) done(this.#error(this.#carry, 0));
    else done();
  }

  #error(bytes: Buffer, at: number): ImportFileError {
    let line = this.#line;
    const before = bytes.subarray(0, at);
    for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) line++;
    return new ImportFileError(msg('errors-import.file.notUtf8', { file: this.fileName, offset: this.#offset + at, line }));
  }
}

/**
 * Checks UTF-8 well-formedness (RFC 3629, section 4: no overlongs, no surrogates, ≤ U+10FFFF).
 * `invalidAt`: index of the first bad sequence or -1; `complete`: length of the prefix made of
 * whole characters (a sequence cut off by the end of `bytes` is not an error yet).
 */
export function scanUtf8(bytes: Uint8Array): { invalidAt: number; complete: number } {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { invalidAt: i, complete: i };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { invalidAt: -1, complete: i };
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return { invalidAt: i, complete: i };
    }
    i += need + 1;
  }
  return { invalidAt: -1, complete: n };
}
