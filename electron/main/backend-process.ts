import { EventEmitter } from 'node:events';
import { MessageChannelMain, utilityProcess, type MessagePortMain, type UtilityProcess } from 'electron';
import type { Logger } from '../logging/logger';
import { fromBackend, type ToBackend } from '../server/desktop-protocol';
import { RestartPolicy } from './restart-policy';

export interface BackendProcessOptions {
  /** The bundled CLI (dist/electron/cli.mjs): the backend is `scanbay serve --desktop`. */
  entry: string;
  dataDir: string;
  logger: Logger;
  policy?: RestartPolicy;
}

type Events = {
  /** The station is open and links can be handed out. */
  ready: [];
  /** The backend died unexpectedly; a restart is scheduled. */
  down: [];
  /** It cannot run: its own startup failure, or too many crashes in a row. */
  failed: [message: string];
  /** The backend saved a PDF to print (`pools.pdfTarget` `dialog`): open the print dialog for it. */
  print: [file: string];
};

/** Quitting waits this long for the station to close, then ends the process. */
export const STOP_TIMEOUT_MS = 5000;

/**
 * The station backend as an Electron utility process: started, restarted after a crash (SQLite,
 * node-hid and serialport live there, so a native crash no longer takes the window with it), and
 * asked to close the station when the app quits.
 */
export class BackendProcess extends EventEmitter<Events> {
  #child: UtilityProcess | null = null;
  #ready = false;
  #stopping = false;
  #failure: string | null = null;
  #timer: NodeJS.Timeout | undefined;
  readonly #policy: RestartPolicy;

  constructor(private readonly opts: BackendProcessOptions) {
    super();
    this.#policy = opts.policy ?? new RestartPolicy();
  }

  get ready(): boolean {
    return this.#ready;
  }

  /** The running backend's process id. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  start(): void {
    const { logger } = this.opts;
    const child = utilityProcess.fork(this.opts.entry, ['serve', '--desktop', '--data-dir', this.opts.dataDir], {
      serviceName: 'ScanBay station',
      stdio: 'inherit',
    });
    this.#child = child;
    this.#failure = null;
    child.on('spawn', () => logger.info({ backendPid: child.pid }, 'station backend process started'));
    child.on('message', (data: unknown) => {
      const msg = fromBackend.safeParse(data);
      if (!msg.success) return logger.warn({ data }, 'unknown message from the station backend ignored');
      if (msg.data.t === 'failed') {
        this.#failure = msg.data.message;
        return;
      }
      if (msg.data.t === 'print') {
        this.emit('print', msg.data.file);
        return;
      }
      this.#ready = true;
      this.emit('ready');
    });
    child.on('exit', (code) => this.#onExit(child, code));
  }

  /** A new MessagePort to the backend for one page, or null while it is not ready. */
  link(): MessagePortMain | null {
    if (!this.#ready || !this.#child) return null;
    const { port1, port2 } = new MessageChannelMain();
    this.#send({ t: 'link' }, [port1]);
    return port2;
  }

  /** Asks the backend to close the station; ends it after `timeoutMs` if it has not exited by then. */
  async stop(timeoutMs = STOP_TIMEOUT_MS): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#timer);
    const child = this.#child;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.#send({ t: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    if ((await Promise.race([exited, late])) === 'late') {
      this.opts.logger.warn({ backendPid: child.pid, timeoutMs }, 'station backend did not stop in time; ending it');
      child.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
    }
    clearTimeout(timer);
  }

  #send(message: ToBackend, ports?: MessagePortMain[]): void {
    this.#child?.postMessage(message, ports);
  }

  #onExit(child: UtilityProcess, code: number): void {
    if (child !== this.#child) return;
    this.#child = null;
    this.#ready = false;
    const { logger } = this.opts;
    if (this.#stopping) {
      logger.info({ code }, 'station backend stopped');
      return;
    }
    if (this.#failure !== null) {
      logger.error({ code, reason: this.#failure }, 'the station backend cannot start');
      this.emit('failed', this.#failure);
      return;
    }
    logger.error({ code }, 'crash: the station backend exited unexpectedly');
    this.emit('down');
    const delay = this.#policy.next(Date.now());
    if (delay === null) {
      this.emit('failed', 'The station backend stopped several times in a row.');
      return;
    }
    logger.info({ delayMs: delay }, 'restarting the station backend');
    this.#timer = setTimeout(() => this.start(), delay);
  }
}
