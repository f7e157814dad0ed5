import { AK } from '../../../../shared/devices/scale/and-polled';
import { CrLfLineFramer } from './crlf-line-framer';

/**
 * A&D framing: answers are CR LF lines like MT-SICS, and a control command may be acknowledged
 * by a lone <AK> (06h) between lines, which is a frame of its own rather than noise.
 */
export class AndFramer extends CrLfLineFramer {
  protected override onByte(byte: number): void {
    if ((byte & 0x7f) === AK && this.buf.length === 0) {
      this.buf.push(byte);
      this.emitFrame();
      return;
    }
    super.onByte(byte);
  }
}
