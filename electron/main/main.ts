import { join, resolve } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { ApiServerControl } from '../backend/api-server-control';
import { appRoot, rendererDir } from '../backend/app-root';
import { openStation, type Station } from '../backend/station';
import type { StoreFactory } from '../options/store';
import { dataDirArg } from './args';
import { hardenWebContents } from './hardening';
import { wireIpc } from './ipc';
import { electronNativeBinding } from './native-binding';
import { registerAppScheme, serveUi } from './protocol';
import { createMainWindow, focusWindow } from './window';

// Electron shell: window, protocol, IPC. Everything else is the plain-Node station backend.
const electronStoreFactory: StoreFactory = (config) => new ElectronStore(config as never) as never;

let win: BrowserWindow | null = null;
let station: Station | null = null;
let api: ApiServerControl | null = null;

async function start(): Promise<void> {
  const flag = dataDirArg(process.argv);
  const dataDir = flag ? resolve(flag) : (process.env.SCANBAY_DATA_DIR ?? app.getPath('userData'));
  station = await openStation({
    dataDir,
    shell: 'electron',
    storeFactory: electronStoreFactory,
    nativeBinding: electronNativeBinding(),
    watchOptions: true,
    startDevices: true,
  });
  const running = station;
  api = new ApiServerControl(running);
  void api.apply(running.options.values());
  running.options.onChange((keys, values) => {
    if (keys.some((k) => k.startsWith('api.'))) void api?.apply(values);
  });
  serveUi(rendererDir());
  const ipc = wireIpc(station);
  win = createMainWindow(join(appRoot(), 'dist', 'electron', 'preload.cjs'));
  ipc.attach(win.webContents);
  win.on('closed', () => {
    win = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenWebContents();
  app.on('second-instance', () => focusWindow(win));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void api?.stop().then(() => station?.close());
  });
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('ScanBay cannot start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}
