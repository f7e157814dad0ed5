import { ScaleFramer } from './framer';

const STX = 0x02;
const CR = 0x0d;

/**
 * Toledo 8213/8217 framing: <STX> … <CR> (DIVA Service Manual §6.1.4.2). Bytes before STX are
 * garbage; a new STX inside a frame restarts it; frames longer than `maxLength` are dropped.
 * Bit 7 is masked when looking for delimiters, so an 8-bit line carrying 7E1 data still frames.
 */
export class StxCrFramer extends ScaleFramer {
  #inFrame = false;

  constructor(maxLength = 16) {
    super(maxLength);
  }

  protected onByte(byte: number): void {
    const b = byte & 0x7f;
    if (b === STX) {
      this.discard();
      this.#inFrame = true;
      this.buf.push(byte);
      return;
    }
    if (!this.#inFrame) {
      this.skip(1);
      return;
    }
    this.buf.push(byte);
    if (b === CR) {
      this.#inFrame = false;
      this.emitFrame();
    } else if (this.buf.length >= this.maxLength) {
      this.#inFrame = false;
      this.discard();
    }
  }
}
