import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC, type StationClient } from '../../shared/api/client';

/**
 * Exactly the typed station client, nothing else: `StationClient` is the contract type, so this
 * object cannot drift from shared/api. The renderer gets no ipcRenderer and no Node.
 */
const bridge: StationClient = {
  request: (name, input) => ipcRenderer.invoke(IPC.request, name, input),
  on(event, listener) {
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(IPC.event, handler);
    return () => {
      ipcRenderer.off(IPC.event, handler);
    };
  },
  ready: () => ipcRenderer.send(IPC.ready),
};

contextBridge.exposeInMainWorld('scanbay', bridge);
