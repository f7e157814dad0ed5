import { ScaleFramer } from './framer';

const LF = 0x0a;
const CR = 0x0d;

/**
 * SMA framing: every answer is <LF> … <CR> (SMA SCP-01, see shared/devices/scale/sma.ts). An <LF>
 * starts a frame (and restarts one cut short by noise); bytes outside a frame are garbage.
 * Bit 7 is masked when looking for delimiters (7-bit data with parity on an 8-bit line).
 */
export class LfCrFramer extends ScaleFramer {
  constructor(maxLength = 40) {
    super(maxLength);
  }

  protected onByte(byte: number): void {
    const b = byte & 0x7f;
    if (b === LF) {
      this.discard();
      this.buf.push(byte);
      return;
    }
    if (this.buf.length === 0) {
      this.skip(1);
      return;
    }
    this.buf.push(byte);
    if (b === CR) this.emitFrame();
    else if (this.buf.length >= this.maxLength) this.discard();
  }
}
