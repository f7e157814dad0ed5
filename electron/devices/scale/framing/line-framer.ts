import { ScaleFramer } from './framer';

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;

/**
 * Continuous-output framing: one weight line per <CR>, <LF> or <CR><LF>. Indicators differ, so
 * the first of either ends a line (it is kept with the line) and the delimiters that follow are
 * ignored. Bytes that are neither printable nor tab (noise while the line settles) drop the
 * partial line as garbage.
 */
export class LineFramer extends ScaleFramer {
  constructor(maxLength = 256) {
    super(maxLength);
  }

  protected onByte(byte: number): void {
    if (byte === CR || byte === LF) {
      if (this.buf.length > 0) {
        this.buf.push(byte);
        this.emitFrame();
      }
      return;
    }
    if (byte !== TAB && (byte < 0x20 || byte > 0x7e)) {
      this.discard();
      this.skip(1);
      return;
    }
    this.buf.push(byte);
    if (this.buf.length >= this.maxLength) this.discard();
  }
}
