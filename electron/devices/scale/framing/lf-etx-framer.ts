import { ScaleFramer } from './framer';

const LF = 0x0a;
const CR = 0x0d;
const ETX = 0x03;

/**
 * NCI framing: <LF> … <CR><ETX> (NCI SCP-01; Weigh-Tronix 7821 manual §6.3). A weight answer
 * holds a second <LF>, but always right after <CR>; an <LF> not preceded by <CR> therefore
 * starts a new frame, which resynchronises after garbage. Bytes outside a frame are garbage.
 */
export class LfEtxFramer extends ScaleFramer {
  constructor(maxLength = 48) {
    super(maxLength);
  }

  protected onByte(byte: number): void {
    const b = byte & 0x7f;
    const inFrame = this.buf.length > 0;
    if (b === LF && (!inFrame || ((this.buf[this.buf.length - 1] ?? 0) & 0x7f) !== CR)) {
      this.discard();
      this.buf.push(byte);
      return;
    }
    if (!inFrame) {
      this.skip(1);
      return;
    }
    this.buf.push(byte);
    if (b === ETX) this.emitFrame();
    else if (this.buf.length >= this.maxLength) this.discard();
  }
}
