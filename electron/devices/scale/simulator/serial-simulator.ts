import type { SerialPort } from 'serialport';
import type { SerialScaleProtocol } from '../../../../shared/devices/scale/config';
import { createResponder, type ScaleResponder } from './responders';
import { applySimCommand, initialSimState, type SimState } from './sim-state';

export interface SerialSimulatorOptions {
  /** Streaming protocols: ms between lines. Default 100. */
  intervalMs?: number;
  /** Called with each answer as it is written (benchmarks time frame-to-event latency). */
  onSend?: (bytes: Buffer) => void;
}

/**
 * A simulated serial scale on one end of a pseudo-terminal: answers requests like the real
 * protocol (or streams lines), with its state set by operator lines such as `1.234 kg`.
 */
export class SerialScaleSimulator {
  readonly state: SimState = initialSimState();
  readonly #responder: ScaleResponder;
  #port: SerialPort | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly path: string,
    readonly protocol: SerialScaleProtocol,
    private readonly options: SerialSimulatorOptions = {},
  ) {
    this.#responder = createResponder(protocol, this.state);
  }

  /** Apply an operator line (see SIM_COMMANDS_HELP). */
  set(line: string): { ok: true } | { ok: false; error: string } {
    return applySimCommand(this.state, line);
  }

  async open(): Promise<void> {
    const { SerialPort } = await import('serialport');
    const port = new SerialPort({ path: this.path, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.#port = port;
    port.on('data', (bytes: Buffer) => this.#send(this.#responder.receive(bytes)));
    port.on('error', () => undefined); // the pty vanished; the owner decides what to do
    const tick = this.#responder.tick?.bind(this.#responder);
    if (tick) this.#timer = setInterval(() => this.#send(tick()), this.options.intervalMs ?? 100);
  }

  /** Resolves when the port closes for any reason (e.g. socat went away). */
  closed(): Promise<void> {
    const port = this.#port;
    return port?.isOpen ? new Promise((resolve) => port.once('close', () => resolve())) : Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    const port = this.#port;
    this.#port = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  #send(bytes: Buffer): void {
    const port = this.#port;
    if (bytes.length === 0 || !port?.isOpen || this.state.unplugged) return;
    this.options.onSend?.(bytes);
    port.write(bytes);
  }
}
