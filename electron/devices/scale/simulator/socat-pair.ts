import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, unlinkSync } from 'node:fs';

/**
 * A pseudo-terminal pair made by socat, each end reachable through a symlink:
 * `socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B`. What is written to one end is
 * read at the other, so a simulator on B looks like a scale plugged in at A.
 */
export class SocatPair {
  #child: ChildProcess | undefined;
  #exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly linkA: string,
    readonly linkB: string,
  ) {}

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get running(): boolean {
    return this.#child !== undefined && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /** Resolves when the process ends (exit code, or null when killed by a signal). */
  get exited(): Promise<number | null> {
    return this.#exited;
  }

  /** Start socat and wait until both links exist. */
  async start(timeoutMs = 5000): Promise<void> {
    if (this.running) return;
    removeStaleLink(this.linkA);
    removeStaleLink(this.linkB);
    const child = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${this.linkA}`, `pty,raw,echo=0,link=${this.linkB}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.#child = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    this.#exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (existsSync(this.linkA) && existsSync(this.linkB)) return;
      const failed = await Promise.race([spawnError, this.#exited.then(() => null), sleep(10).then(() => undefined)]);
      if (failed instanceof Error) {
        throw new Error((failed as NodeJS.ErrnoException).code === 'ENOENT' ? 'socat is not installed (apt-get install socat)' : `cannot start socat: ${failed.message}`);
      }
      if (failed === null) throw new Error(`socat exited before creating the pseudo-terminals: ${stderr.trim().split('\n').pop() ?? ''}`);
      if (Date.now() > deadline) {
        this.kill('SIGKILL');
        throw new Error(`socat did not create ${this.linkA} and ${this.linkB} within ${timeoutMs} ms`);
      }
    }
  }

  /** Send a signal to socat (SIGKILL leaves the links dangling; `start()` replaces them). */
  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.running) this.#child?.kill(signal);
  }

  /** Stop socat and remove its links. */
  async stop(): Promise<void> {
    if (this.running) {
      this.kill('SIGTERM');
      await Promise.race([this.#exited, sleep(2000, true)]);
      this.kill('SIGKILL');
    }
    removeStaleLink(this.linkA);
    removeStaleLink(this.linkB);
  }
}

function removeStaleLink(path: string): void {
  try {
    if (lstatSync(path).isSymbolicLink()) unlinkSync(path);
  } catch {
    // absent: nothing to remove
  }
}

/** `unref`: do not keep the process alive just for this timer. */
function sleep(ms: number, unref = false): Promise<void> {
  return new Promise((r) => {
    const t = setTimeout(r, ms);
    if (unref) t.unref();
  });
}
