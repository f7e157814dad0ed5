import { ScaleFramer } from './framer';

const LF = 0x0a;
const CR = 0x0d;

/**
 * MT-SICS framing: printable ASCII lines closed by <CR><LF> (MT-SICS Reference Manual §2).
 * A control or 8-bit byte cannot be part of a response, so it and the partial line before it
 * are garbage; the line restarts after it. Empty lines and over-long lines are garbage too.
 */
export class CrLfLineFramer extends ScaleFramer {
  constructor(maxLength = 128) {
    super(maxLength);
  }

  protected onByte(byte: number): void {
    if (byte === LF) {
      const last = this.buf[this.buf.length - 1];
      if (this.buf.length > (last === CR ? 1 : 0)) {
        this.buf.push(byte);
        this.emitFrame();
      } else {
        this.buf.push(byte);
        this.discard();
      }
      return;
    }
    if (this.buf[this.buf.length - 1] === CR) this.discard(); // CR must be followed by LF
    if (byte === CR) {
      this.buf.push(byte);
      return;
    }
    if (byte < 0x20 || byte > 0x7e) {
      this.discard();
      this.skip(1);
      return;
    }
    this.buf.push(byte);
    if (this.buf.length >= this.maxLength) this.discard();
  }
}
