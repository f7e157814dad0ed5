import { decodeMtSicsLine, MT_SICS_COMMANDS } from '../../../../shared/devices/scale/mt-sics';
import type { ScaleAck } from '../../../../shared/devices/scale/decoded-frame';
import { CrLfLineFramer } from '../framing/crlf-line-framer';
import { ScaleDriver } from '../scale-driver';
import { createResponder, type ScaleResponder } from './responders';
import { applySimCommand, initialSimState, type SimState } from './sim-state';

/**
 * Protocol `simulator`: an in-process MT-SICS scale for demo mode and the settings screen.
 * Each poll runs a real `SI` request through the simulated balance's answer, the MT-SICS
 * framer and decoder, so readings take the same path as from a serial scale.
 */
export class SimulatorScaleDriver extends ScaleDriver {
  readonly state: SimState = initialSimState();
  readonly #responder: ScaleResponder = createResponder('mt-sics', this.state);
  #framer: CrLfLineFramer | undefined;
  #timer: NodeJS.Timeout | undefined;
  #lastAck: ScaleAck | undefined;

  constructor(private readonly pollMs = 200) {
    super();
  }

  get description(): string {
    return 'simulated scale';
  }

  /** Operator line, as on `scanbay simulate scale` stdin (`1.234 kg`, `motion`, `unplug`, …). */
  set(line: string): { ok: true } | { ok: false; error: string } {
    const wasUnplugged = this.state.unplugged;
    const r = applySimCommand(this.state, line);
    if (r.ok && this.state.unplugged && !wasUnplugged && this.#framer) this.connectionLost(new Error('simulated scale unplugged'));
    return r;
  }

  protected async open(): Promise<void> {
    if (this.state.unplugged) throw new Error('simulated scale is unplugged');
    const framer = new CrLfLineFramer();
    framer.on('data', (frame: Buffer) => {
      const decoded = decodeMtSicsLine(frame.toString('latin1'), { fallbackUnit: this.state.unit });
      if (decoded.kind === 'ack') this.#lastAck = decoded.ack;
      this.handleFrame(frame, decoded);
    });
    framer.on('garbage', (n: number) => this.countGarbage(n));
    this.#framer = framer;
    this.#timer = setInterval(() => this.#ask(MT_SICS_COMMANDS.weigh), Math.max(10, this.pollMs));
  }

  protected async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#framer?.destroy();
    this.#framer = undefined;
  }

  override async zero(): Promise<ScaleAck> {
    return this.#command(MT_SICS_COMMANDS.zero, 'zero');
  }

  override async tare(): Promise<ScaleAck> {
    return this.#command(MT_SICS_COMMANDS.tare, 'tare');
  }

  #ask(command: string): void {
    this.#framer?.write(this.#responder.receive(Buffer.from(command, 'latin1')));
  }

  async #command(command: string, name: 'zero' | 'tare'): Promise<ScaleAck> {
    if (!this.#framer) throw new Error('simulated scale is not connected');
    this.#lastAck = undefined;
    this.#ask(command);
    await new Promise((r) => setImmediate(r)); // the framer emits asynchronously
    return this.#lastAck ?? { command: name, done: false, message: `no answer to ${name}` };
  }
}
