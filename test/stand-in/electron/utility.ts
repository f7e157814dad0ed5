import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { newPortId, type StandInPort } from './ports';
import { app as appEvents } from './app';

const childShim = fileURLToPath(new URL('./utility-child.mjs', import.meta.url));

interface ForkOptions {
  env?: NodeJS.ProcessEnv;
  execArgv?: string[];
  cwd?: string;
  stdio?: 'pipe' | 'ignore' | 'inherit' | string[];
  serviceName?: string;
}

/** Electron's UtilityProcess as a Node child process (the backend then runs under Node's ABI, as in tests). */
export class UtilityProcess extends EventEmitter {
  readonly #child: ChildProcess;
  readonly #ports = new Map<number, StandInPort>();
  pid: number | undefined;
  stdout: NodeJS.ReadableStream | null = null;
  stderr: NodeJS.ReadableStream | null = null;

  static fork(modulePath: string, args: string[] = [], options: ForkOptions = {}): UtilityProcess {
    return new UtilityProcess(modulePath, args, options);
  }

  private constructor(modulePath: string, args: string[], options: ForkOptions) {
    super();
    const mode = typeof options.stdio === 'string' ? options.stdio : 'inherit';
    this.#child = fork(modulePath, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      execArgv: ['--import', childShim, ...(options.execArgv ?? [])],
      stdio: ['ignore', mode, mode, 'ipc'] as never,
    });
    this.stdout = this.#child.stdout;
    this.stderr = this.#child.stderr;
    this.#child.on('spawn', () => {
      this.pid = this.#child.pid;
      this.emit('spawn');
    });
    this.#child.on('message', (m: { t: string; id?: number; data?: unknown }) => {
      if (m.t === 'msg') this.emit('message', m.data);
      else if (m.t === 'port') this.#ports.get(m.id as number)?.postMessage(m.data);
      else if (m.t === 'port-close') this.#ports.get(m.id as number)?.close();
    });
    this.#child.on('exit', (code, signal) => {
      const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
      for (const port of this.#ports.values()) port.close();
      this.#ports.clear();
      this.pid = undefined;
      if (exitCode !== 0) {
        appEvents.emit('child-process-gone', {}, { type: 'Utility', reason: signal ? 'killed' : 'crashed', exitCode, serviceName: options.serviceName ?? 'Node Utility Process', name: options.serviceName });
      }
      this.emit('exit', exitCode);
    });
  }

  postMessage(message: unknown, transfer: StandInPort[] = []): void {
    const ids = transfer.map((port) => {
      const id = newPortId();
      this.#ports.set(id, port);
      port.relay = (data) => this.#child.connected && this.#child.send({ t: 'port', id, data });
      return id;
    });
    if (this.#child.connected) this.#child.send({ t: 'msg', data: message, ports: ids });
  }

  kill(): boolean {
    return this.#child.kill('SIGTERM');
  }
}
