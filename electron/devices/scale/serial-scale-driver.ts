import type { SerialPort } from 'serialport';
import { lineSettings, type SerialLineSettings, type SerialScaleConfig } from '../../../shared/devices/scale/config';
import type { DecodedScaleFrame, ScaleAck } from '../../../shared/devices/scale/decoded-frame';
import type { BackoffOptions } from '../reconnecting-driver';
import type { ScaleFramer } from './framing/framer';
import { isPermissionError, serialPermissionError } from './permission';
import { ScaleDriver, ScaleFrameError } from './scale-driver';
import { serialProtocol, type SerialProtocol } from './serial-protocols';

type Expect = 'weight' | 'zero' | 'tare';

interface Pending {
  expect: Expect;
  resolve: (frame: DecodedScaleFrame | null) => void;
  timer: NodeJS.Timeout;
}

/** How long to wait for an answer. NCI/DIVA: "one second should be more than adequate". */
const WEIGH_TIMEOUT_MS = 1000;
/** Zero and tare may wait for the weight to settle (MT-SICS Z/T). */
const COMMAND_TIMEOUT_MS = 5000;
/** A scale that acknowledges commands only when set to (A&D `AK`) does so at once. */
const OPTIONAL_ACK_MS = 1000;

/**
 * A scale on a serial port. Polled protocols get one request at a time (the answer, or a
 * timeout, releases the next); streaming protocols are only read. The port closing or
 * vanishing makes the driver `disconnected` and it reopens the same path with backoff.
 */
export class SerialScaleDriver extends ScaleDriver {
  readonly protocol: SerialProtocol;
  readonly line: SerialLineSettings & { pollMs: number };
  #port: SerialPort | undefined;
  #framer: ScaleFramer | undefined;
  #pending: Pending | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #generation = 0;
  #silent = false;

  constructor(
    readonly config: SerialScaleConfig,
    backoff?: BackoffOptions,
  ) {
    super(backoff);
    this.protocol = serialProtocol(config);
    this.line = lineSettings(config);
  }

  get description(): string {
    return `${this.protocol.name} scale on ${this.config.path}`;
  }

  override get reportsAfterZero(): boolean {
    return this.protocol.reportsAfterZero === true;
  }

  protected async open(): Promise<void> {
    const { path } = this.config;
    // Loaded when a port is opened, as the scanner's serial source does: not at every start.
    const { SerialPort } = await import('serialport');
    const port = new SerialPort({ path, baudRate: this.line.baudRate, dataBits: this.line.dataBits, parity: this.line.parity, stopBits: this.line.stopBits, autoOpen: false });
    await new Promise<void>((resolve, reject) => {
      port.open((err) => {
        if (!err) return resolve();
        reject(isPermissionError(err) ? serialPermissionError(path) : new Error(`cannot open serial port ${path}: ${reason(err.message, path)}`));
      });
    });
    const framer = this.protocol.createFramer();
    const generation = ++this.#generation;
    framer.on('data', (frame: Buffer) => this.#onFrame(frame));
    framer.on('garbage', (n: number) => this.countGarbage(n));
    port.on('error', (err: Error) => this.#lost(generation, err));
    port.on('close', (err: Error | null) => this.#lost(generation, err ?? new Error(`serial port ${path} closed`)));
    port.pipe(framer);
    this.#port = port;
    this.#framer = framer;
    if (this.protocol.weigh !== undefined) void this.#pollLoop(generation, this.protocol.weigh);
  }

  protected async close(): Promise<void> {
    this.#generation++;
    this.#settle(null);
    const port = this.#port;
    const framer = this.#framer;
    this.#port = undefined;
    this.#framer = undefined;
    if (framer) {
      port?.unpipe(framer);
      framer.removeAllListeners();
      framer.destroy();
    }
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  override zero(): Promise<ScaleAck> {
    return this.#command(this.protocol.zero, 'zero');
  }

  override tare(): Promise<ScaleAck> {
    return this.#command(this.protocol.tare, 'tare');
  }

  async #command(cmd: string | undefined, expect: 'zero' | 'tare'): Promise<ScaleAck> {
    if (cmd === undefined) throw new Error(`${this.description} has no ${expect} command`);
    if (!this.#port) throw new Error(`${this.description} is not connected`);
    const answer = this.protocol.commandAnswer ?? 'frame';
    const frame = await this.#transact(cmd, expect, answer === 'none' ? 0 : answer === 'optional' ? OPTIONAL_ACK_MS : COMMAND_TIMEOUT_MS);
    if (frame === null && answer !== 'frame') return { command: expect, done: true, message: `${expect} sent (the scale does not acknowledge it)` };
    if (frame === null) throw new Error(`${this.description} did not answer the ${expect} command`);
    if (frame.kind === 'ack') return frame.ack;
    if (frame.kind === 'error') throw new ScaleFrameError(frame.error.code, frame.error.message);
    return { command: expect, done: false, message: `unexpected weight answer to ${expect}` };
  }

  async #pollLoop(generation: number, weigh: string): Promise<void> {
    const answerMs = this.protocol.answerMs ?? WEIGH_TIMEOUT_MS;
    while (generation === this.#generation) {
      const frame = await this.#transact(weigh, 'weight', answerMs);
      if (generation !== this.#generation) return;
      if (frame === null && !this.#silent && !this.protocol.silenceIsUnchanged) {
        this.#silent = true; // report a silent scale once, not every poll
        this.emit('error', new Error(`${this.description} did not answer within ${answerMs} ms`));
      }
      const pause = frame?.kind === 'reading' ? (this.protocol.pauseAfterReadingMs ?? this.line.pollMs) : this.line.pollMs;
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  /** Send one request and wait for the next frame (or null after `timeoutMs`). Serialised. */
  #transact(cmd: string, expect: Expect, timeoutMs: number): Promise<DecodedScaleFrame | null> {
    const run = (): Promise<DecodedScaleFrame | null> =>
      new Promise((resolve) => {
        const port = this.#port;
        if (!port) return resolve(null);
        const timer = setTimeout(() => this.#settle(null), timeoutMs);
        this.#pending = { expect, resolve, timer };
        port.write(cmd, 'latin1');
      });
    const result = this.#queue.then(run, run);
    this.#queue = result;
    return result;
  }

  #settle(frame: DecodedScaleFrame | null): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(frame);
  }

  #onFrame(frame: Buffer): void {
    const expect = this.#pending?.expect ?? 'weight';
    const unit = this.config.unit;
    const decoded = this.protocol.decode(frame, { expect, fallbackUnit: unit ?? this.lastReading?.unit ?? 'g', ...(unit ? { unit } : {}) });
    if (decoded.kind !== 'error' || decoded.error.code !== 'no-match') this.#silent = false;
    this.handleFrame(frame, decoded);
    this.#settle(decoded);
  }

  #lost(generation: number, err: Error): void {
    if (generation !== this.#generation) return; // an old port, already handled
    this.#generation++;
    this.connectionLost(new Error(`${this.description}: ${err.message}`));
  }
}

/** serialport says "Error: No such file or directory, cannot open /dev/x"; keep the reason. */
function reason(message: string, path: string): string {
  return message.replace(/^Error: /, '').replace(`, cannot open ${path}`, '');
}
