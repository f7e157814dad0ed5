import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type LinkState } from '../../shared/api/client';
import { createLinkClient } from '../../shared/api/link';

/**
 * Exactly the typed station client, nothing else: the renderer gets no ipcRenderer and no Node.
 * The client speaks the browser mode's station protocol over a MessagePort that the main process
 * hands over on every page load and again after it restarted a crashed backend.
 */
type Port = IpcRendererEvent['ports'][number];

const link = createLinkClient();
let port: Port | null = null;

ipcRenderer.on(IPC.link, (event: IpcRendererEvent) => {
  const next = event.ports[0];
  if (!next) return;
  port?.close();
  port = next;
  next.onmessage = (e: { data: unknown }) => {
    if (typeof e.data === 'string') link.receive(e.data);
  };
  next.start();
  link.attach((text) => next.postMessage(text));
});

ipcRenderer.on(IPC.linkState, (_event: IpcRendererEvent, state: unknown) => {
  if (state !== 'restarting' && state !== 'closed') return;
  port?.close();
  port = null;
  link.detach(state satisfies Exclude<LinkState, 'open' | 'connecting'>);
});

ipcRenderer.send(IPC.linkRequest);
contextBridge.exposeInMainWorld('scanbay', link.client);
