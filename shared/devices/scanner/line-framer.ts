// Framing for serial scanners (RS-232 or USB CDC-ACM): each scan is the data followed by a
// terminator the scanner is configured to send (CR by default on most, CR LF on some). Chunks
// from the port split anywhere; a line that grows past `maxLength` without a terminator is
// garbage (wrong baud rate, noise) and is dropped so framing resyncs at the next terminator.

export type LineTerminator = 'cr' | 'lf' | 'crlf' | 'any';
export const LINE_TERMINATORS: readonly LineTerminator[] = ['cr', 'lf', 'crlf', 'any'];

const CR = 0x0d;
const LF = 0x0a;

export type LineFramerOutput =
  /** `line` without the terminator; `raw` with it, as received. */
  | { kind: 'line'; line: Uint8Array; raw: Uint8Array }
  | { kind: 'overflow'; raw: Uint8Array };

export class LineFramer {
  readonly #terminator: LineTerminator;
  readonly #maxLength: number;
  #buf: number[] = [];
  /** In 'any' mode, an LF right after a CR ends nothing (it is the second half of CR LF). */
  #lastWasCr = false;
  #overflowing = false;

  constructor(opts: { terminator?: LineTerminator; maxLength?: number } = {}) {
    this.#terminator = opts.terminator ?? 'any';
    this.#maxLength = opts.maxLength ?? 8192;
  }

  reset(): void {
    this.#buf = [];
    this.#lastWasCr = false;
    this.#overflowing = false;
  }

  push(chunk: Uint8Array): LineFramerOutput[] {
    const out: LineFramerOutput[] = [];
    for (const byte of chunk) {
      const wasCr = this.#lastWasCr;
      this.#lastWasCr = byte === CR;
      if (this.#terminator === 'any' && byte === LF && wasCr) continue;
      this.#buf.push(byte);
      const end = this.#endsLine(byte, wasCr);
      if (end > 0) {
        const raw = Uint8Array.from(this.#buf);
        const line = raw.slice(0, raw.length - end);
        this.#buf = [];
        if (this.#overflowing) {
          this.#overflowing = false;
          continue; // the tail of an overflowed line: already reported
        }
        if (line.length > 0) out.push({ kind: 'line', line, raw });
      } else if (this.#buf.length > this.#maxLength + 2) {
        out.push({ kind: 'overflow', raw: Uint8Array.from(this.#buf) });
        this.#buf = [];
        this.#overflowing = true;
      }
    }
    return out;
  }

  /** How many terminator bytes end the buffer now (0 when the line goes on). */
  #endsLine(byte: number, wasCr: boolean): number {
    switch (this.#terminator) {
      case 'cr':
        return byte === CR ? 1 : 0;
      case 'lf':
        return byte === LF ? 1 : 0;
      case 'crlf':
        return byte === LF && wasCr ? 2 : 0;
      case 'any':
        return byte === CR || byte === LF ? 1 : 0;
    }
  }
}
