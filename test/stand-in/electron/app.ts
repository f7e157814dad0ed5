import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standInBrowser } from './chromium';

const root = new URL('../../../', import.meta.url);

/** An Electron event: `preventDefault()` is how a listener keeps the app from quitting. */
function electronEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** Windows register themselves here so that quitting can close them. */
export interface ClosableWindow {
  close(): Promise<void>;
}
export const openWindows = new Set<ClosableWindow>();

/**
 * Electron's `app`: ready (once Chromium is up), single-instance lock, paths, and the quit sequence
 * before-quit → windows closed → will-quit (which may be prevented) → quit → exit.
 */
class App extends EventEmitter {
  readonly isPackaged = false;
  readonly commandLine = { appendSwitch: () => undefined, hasSwitch: () => false };
  #ready: Promise<void> | null = null;
  #quitting = false;
  #userData: string | null = null;

  get quitting(): boolean {
    return this.#quitting;
  }

  whenReady(): Promise<void> {
    this.#ready ??= (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await standInBrowser();
      this.emit('ready', electronEvent(), {});
    })();
    return this.#ready;
  }

  isReady(): boolean {
    return this.#ready !== null;
  }

  requestSingleInstanceLock(): boolean {
    return true;
  }

  getName(): string {
    return 'ScanBay';
  }

  getVersion(): string {
    return (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string }).version;
  }

  getPath(name: string): string {
    if (name !== 'userData') return tmpdir();
    this.#userData ??= process.env.SCANBAY_STAND_IN_USER_DATA ?? mkdtempSync(join(tmpdir(), 'scanbay-stand-in-userdata-'));
    return this.#userData;
  }

  quit(): void {
    void this.#quit();
  }

  async #quit(): Promise<void> {
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.#quitting = true;
    await Promise.all([...openWindows].map((w) => w.close()));
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.#quitting = false;
      return;
    }
    this.emit('quit', electronEvent(), 0);
    await this.#exit(0);
  }

  exit(code = 0): void {
    void this.#exit(code);
  }

  async #exit(code: number): Promise<void> {
    this.#quitting = true;
    await Promise.all([...openWindows].map((w) => w.close()));
    await (await standInBrowser()).close().catch(() => undefined);
    process.stdout.write(`stand-in: exit ${code}\n`);
    process.exit(code);
  }

  /** A window closed by the user (not by quitting): the last one ends the app unless someone listens. */
  windowClosed(): void {
    if (openWindows.size === 0 && !this.#quitting) this.emit('window-all-closed', electronEvent());
  }
}

export const app = new App();
