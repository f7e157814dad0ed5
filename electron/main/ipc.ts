import { ipcMain, type WebContents } from 'electron';
import { IPC } from '../../shared/api/client';
import { fail } from '../../shared/api/errors';
import type { EventName, StationEvents } from '../../shared/api/events';
import { PushQueue } from '../backend/push-queue';
import type { Station } from '../backend/station';
import { isAppUrl } from './window-options';

type Push = { name: EventName; payload: unknown };

/**
 * Station API over IPC. Requests are accepted only from the app's own page; pushes to a window are
 * queued until its renderer reports ready, and queued again from the start of every (re)load.
 */
export function wireIpc(station: Station): { attach(contents: WebContents): void } {
  const queues = new Map<number, PushQueue<Push>>();

  ipcMain.handle(IPC.request, async (event, name: unknown, input: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return fail('forbidden', 'requests are accepted only from the ScanBay window');
    }
    return station.dispatch(name, input, { origin: 'ipc' });
  });
  ipcMain.on(IPC.ready, (event) => {
    if (event.senderFrame && isAppUrl(event.senderFrame.url)) queues.get(event.sender.id)?.markReady();
  });
  station.events.onAny(<E extends EventName>(name: E, payload: StationEvents[E]) => {
    for (const queue of queues.values()) queue.push({ name, payload });
  });

  return {
    attach(contents) {
      const fresh = () =>
        queues.set(contents.id, new PushQueue<Push>((p) => {
          if (!contents.isDestroyed()) contents.send(IPC.event, p.name, p.payload);
        }));
      fresh();
      contents.on('did-start-loading', fresh);
      contents.once('destroyed', () => queues.delete(contents.id));
    },
  };
}
