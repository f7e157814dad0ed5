import { BrowserWindow } from 'electron';
import { APP_URL, windowOptions } from './window-options';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath));
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}

/** A second `npm start` (or a second click on the icon) brings the running window forward. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
