import { ipcMain, type WebContents } from 'electron';
import { IPC } from '../../shared/api/client';
import type { BackendProcess } from './backend-process';
import { isAppUrl } from './window-options';

/**
 * Hands every app page a MessagePort to the station backend: when the page (re)loads and asks,
 * and again each time a restarted backend is ready. Only the app's own pages get one.
 */
export function wireLinks(backend: BackendProcess): void {
  const pages = new Set<WebContents>();
  const give = (page: WebContents) => {
    if (page.isDestroyed()) return;
    const port = backend.link();
    if (port) page.postMessage(IPC.link, null, [port]);
  };
  const tell = (state: 'restarting' | 'closed') => {
    for (const page of pages) if (!page.isDestroyed()) page.send(IPC.linkState, state);
  };

  ipcMain.on(IPC.linkRequest, (event) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
    const page = event.sender;
    if (!pages.has(page)) {
      pages.add(page);
      page.once('destroyed', () => pages.delete(page));
    }
    give(page);
  });
  backend.on('ready', () => pages.forEach(give));
  backend.on('down', () => tell('restarting'));
  backend.on('failed', () => tell('closed'));
}
