import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { app, openWindows } from './app';
import { standInBrowser } from './chromium';
import { ipcMain } from './ipc-main';
import { pageShim } from './page-shim';
import { record } from './records';
import { newPortId, type StandInPort } from './ports';
import { fromPageUrl, serveSchemeRequest, toPageUrl } from './protocol';

let nextId = 1;

/** Electron's WebContents over a Playwright page. */
export class WebContents extends EventEmitter {
  readonly id = nextId++;
  #page: Page | null = null;
  #destroyed = false;
  readonly #ports = new Map<number, StandInPort>();
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;

  attach(page: Page): void {
    this.#page = page;
  }

  send(channel: string, ...args: unknown[]): void {
    this.#deliver(channel, args, []);
  }

  postMessage(channel: string, message: unknown, transfer: StandInPort[] = []): void {
    const ids = transfer.map((port) => {
      const id = newPortId();
      this.#ports.set(id, port);
      port.relay = (data) => void this.#page?.evaluate(([i, d]) => (window as unknown as { __standInPortDeliver(i: number, d: unknown): void }).__standInPortDeliver(i, d), [id, data] as const).catch(() => undefined);
      return id;
    });
    this.#deliver(channel, [message], ids);
  }

  /** What the page posted on a port it was given: out through that port's main-process end. */
  portMessage(id: number, data: unknown): void {
    this.#ports.get(id)?.postMessage(data);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.#page ? fromPageUrl(this.#page.url()) : '';
  }

  /**
   * Electron's print: headless Chromium has no print dialog, so the call is recorded (records.ts)
   * and answered as a print the user confirmed. Refused like Electron before the page has loaded.
   */
  print(options: Record<string, unknown> = {}, callback?: (success: boolean, failureReason: string) => void): void {
    if (this.#destroyed || !this.#page) {
      callback?.(false, 'Print job failed');
      return;
    }
    record({ what: 'print', url: this.getURL(), options });
    callback?.(true, '');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  destroyed(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    for (const port of this.#ports.values()) port.close();
    this.#ports.clear();
    this.emit('destroyed');
  }

  #deliver(channel: string, args: unknown[], portIds: number[]): void {
    if (this.#destroyed || !this.#page) return;
    void this.#page
      .evaluate(([c, a, p]) => (window as unknown as { __standInDeliver(c: string, a: unknown[], p: number[]): void }).__standInDeliver(c, a, p), [channel, args, portIds] as const)
      .catch(() => undefined);
  }
}

interface WindowOptions {
  width?: number;
  height?: number;
  show?: boolean;
  title?: string;
  webPreferences?: { preload?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** Electron's BrowserWindow: a page in the stand-in Chromium, with the window's preload injected. */
export class BrowserWindow extends EventEmitter {
  static #all = new Set<BrowserWindow>();
  readonly webContents = new WebContents();
  readonly #page: Promise<Page>;
  #destroyed = false;
  #visible = false;

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.#all];
  }

  constructor(readonly options: WindowOptions = {}) {
    super();
    BrowserWindow.#all.add(this);
    openWindows.add(this);
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    this.#page = this.#open();
    this.#page.catch((err: unknown) => process.stderr.write(`stand-in: window failed: ${String(err)}\n`));
  }

  async #open(): Promise<Page> {
    const { context } = await standInBrowser();
    const page = await context.newPage();
    this.webContents.attach(page);
    await page.setViewportSize({ width: this.options.width ?? 1280, height: this.options.height ?? 860 });
    await page.exposeBinding('__standInIpc', (source, channel: string, args: unknown[]) => {
      const event = { sender: this.webContents, senderFrame: { url: fromPageUrl(source.frame.url()) }, ports: [], returnValue: undefined };
      const handler = ipcMain.handlerFor(channel);
      if (handler) return handler(event, ...args);
      ipcMain.emit(channel, event, ...args);
      return undefined;
    });
    await page.exposeBinding('__standInPort', (_source, id: number, data: unknown) => this.webContents.portMessage(id, data));
    const preload = this.options.webPreferences?.preload;
    if (preload) await page.addInitScript({ content: pageShim(new URL(toPageUrl('scanbay://app/')).origin, readFileSync(preload, 'utf8')) });
    // No network: scheme URLs are answered by the app's protocol handler, everything else is refused.
    await page.route('**/*', async (route) => {
      try {
        // Local files load as in Electron (a PDF shown by Chromium's viewer, for printing).
        if (route.request().url().startsWith('file:')) return await route.continue();
        const res = await serveSchemeRequest(route.request().url()).catch(() => null);
        if (!res) await route.abort('blockedbyclient');
        else await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
      } catch {
        // the page went away while its request was answered
      }
    });
    page.once('load', () => this.emit('ready-to-show'));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.webContents.emit('did-start-loading');
    });
    page.once('close', () => this.#closed());
    return page;
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.#page;
    await page.goto(toPageUrl(url));
    this.webContents.emit('did-finish-load');
  }

  removeMenu(): void {}
  setMenu(): void {}
  show(): void {
    this.#visible = true;
  }
  hide(): void {
    this.#visible = false;
  }
  isVisible(): boolean {
    return this.#visible;
  }
  focus(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.#destroyed;
  }

  async close(): Promise<void> {
    if (this.#destroyed) return;
    const page = await this.#page.catch(() => null);
    if (page && !page.isClosed()) await page.close().catch(() => undefined);
    this.#closed();
  }

  #closed(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    BrowserWindow.#all.delete(this);
    openWindows.delete(this);
    this.webContents.destroyed();
    this.emit('closed');
    app.windowClosed();
  }
}
