import { join, resolve } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { appRoot, rendererDir } from '../backend/app-root';
import { SCANBAY_VERSION } from '../backend/version';
import { logCrashes } from '../logging/crash';
import { createLogger } from '../logging/logger';
import { dataDirArg } from './args';
import { BackendProcess } from './backend-process';
import { hardenWebContents } from './hardening';
import { wireLinks } from './links';
import { printPdf } from './print-pdf';
import { registerAppScheme, serveUi } from './protocol';
import { createMainWindow, focusWindow } from './window';

// Electron shell: windows, the app protocol, the lifecycle. The station backend runs in a utility process.
const flag = dataDirArg(process.argv);
const dataDir = flag ? resolve(flag) : (process.env.SCANBAY_DATA_DIR ?? app.getPath('userData'));
const logger = createLogger({ proc: 'app', dataDir });
const backend = new BackendProcess({ entry: join(appRoot(), 'dist', 'electron', 'cli.mjs'), dataDir, logger });
let win: BrowserWindow | null = null;
let quitting = false;

function start(): void {
  logger.info({ version: SCANBAY_VERSION, electron: process.versions.electron, dataDir, platform: process.platform }, 'ScanBay starting');
  serveUi(rendererDir());
  wireLinks(backend);
  backend.start();
  win = createMainWindow(join(appRoot(), 'dist', 'electron', 'preload.cjs'), join(rendererDir(), 'icon.png'));
  win.on('closed', () => {
    win = null;
  });
}

function fatal(title: string, message: string): void {
  logger.fatal({ reason: message }, title);
  dialog.showErrorBox(title, `${message}\n\nLog: ${logger.file ?? '(none)'}`);
  quitting = true;
  void backend.stop().finally(() => app.exit(1));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  logCrashes(logger, (code) => app.exit(code));
  registerAppScheme();
  hardenWebContents();
  backend.on('failed', (message) => fatal('ScanBay cannot start', message));
  // pools.pdfTarget "dialog": the backend saved a PDF; the print dialog is a window's, so main opens it.
  backend.on('print', (file) => void printPdf(file, dataDir, logger));
  app.on('second-instance', () => focusWindow(win));
  app.on('window-all-closed', () => app.quit());
  // Quitting waits (at most 5 s) for the backend to close the station.
  app.on('will-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    logger.info('ScanBay quitting');
    void backend.stop().finally(() => {
      logger.info('ScanBay stopped');
      app.quit();
    });
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'Utility') logger.error({ ...details }, `station backend process gone: ${details.reason}`);
  });
  app.on('render-process-gone', (_event, _contents, details) => logger.error({ ...details }, `window renderer gone: ${details.reason}`));
  app.whenReady().then(start).catch((err: unknown) => fatal('ScanBay cannot start', err instanceof Error ? err.message : String(err)));
}
