import { Transform, type TransformCallback } from 'node:stream';

/**
 * Base of the per-protocol framers: a Transform from raw serial chunks to one Buffer per
 * complete frame (delimiters included, so the test panel shows the frame as received).
 * Bytes that cannot belong to a frame are dropped, counted in `skippedBytes`, and announced
 * with a `garbage` event (payload: number of bytes).
 */
export abstract class ScaleFramer extends Transform {
  skippedBytes = 0;
  protected buf: number[] = [];

  constructor(protected readonly maxLength: number) {
    super({ readableObjectMode: true });
  }

  /** Handle one byte; call `emitFrame()` / `skip()` / `discard()` as the protocol says. */
  protected abstract onByte(byte: number): void;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    for (const byte of chunk) this.onByte(byte);
    done();
  }

  override _flush(done: TransformCallback): void {
    this.skip(this.buf.length); // an unfinished frame at end of stream is garbage
    this.buf = [];
    done();
  }

  protected emitFrame(): void {
    this.push(Buffer.from(this.buf));
    this.buf = [];
  }

  /** Count `n` bytes as garbage (they are already out of `buf` or about to be discarded). */
  protected skip(n: number): void {
    if (n <= 0) return;
    this.skippedBytes += n;
    this.emit('garbage', n);
  }

  /** Discard the partial frame, counting it as garbage. */
  protected discard(): void {
    this.skip(this.buf.length);
    this.buf = [];
  }
}
