// The stand-in `electron` module (tests only; see register.mjs): what ScanBay's main process uses,
// backed by Debian's Chromium (windows), Node child processes (utility processes) and plain
// objects. A deviation from Electron is a bug here, not in the app.
import { app } from './app';
import { MessageChannelMain } from './ports';
import { protocol } from './protocol';
import { ipcMain } from './ipc-main';
import { UtilityProcess } from './utility';
import { record } from './records';
import { BrowserWindow } from './window';

export { standInRecords } from './records';

const permissionHandlers: { request: unknown; check: unknown } = { request: null, check: null };

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: unknown): void {
      permissionHandlers.request = handler;
    },
    setPermissionCheckHandler(handler: unknown): void {
      permissionHandlers.check = handler;
    },
  },
};

/** Dialogs cannot be clicked here: each one is printed as one `stand-in: dialog …` line on stdout. */
export const dialog = {
  showErrorBox(title: string, content: string): void {
    process.stdout.write(`stand-in: dialog ${JSON.stringify({ title, content })}\n`);
  },
};

/** `shell.openPath`: nothing is opened here; the call is recorded (records.ts) and succeeds ('' as in Electron). */
export const shell = {
  async openPath(path: string): Promise<string> {
    record({ what: 'shell.openPath', path });
    return '';
  },
};

export const Menu = {
  setApplicationMenu(): void {},
};

export const utilityProcess = { fork: UtilityProcess.fork };

export { app, BrowserWindow, ipcMain, MessageChannelMain, protocol };
export default { app, BrowserWindow, ipcMain, MessageChannelMain, protocol, session, dialog, Menu, shell, utilityProcess };
