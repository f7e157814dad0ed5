import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ScanSource } from '../../../shared/devices/scanner/scan-event';
import { useClient } from '../client/station-context';

/** One scan as the UI hands it to a wizard: the raw text (AIM identifier kept as a prefix). */
export interface UiScan {
  code: string;
  source: ScanSource | 'typed';
}

/**
 * A handler returns 'leave' when the scan took the station to another screen (a PO or order was
 * opened): the scans queued behind it then wait for that screen instead of reaching this one,
 * which React has not unmounted yet.
 */
export type ScanOutcome = void | 'leave';
type Handler = (scan: UiScan) => Promise<ScanOutcome> | ScanOutcome;

export interface Router {
  /** Delivers a scan to the active handler; scans are processed one at a time, in arrival order. */
  submit(scan: UiScan): void;
  register(handler: { current: Handler }): () => void;
}

const RouterContext = createContext<Router | null>(null);

/**
 * Every scan source — the Scan field, the keyboard-wedge detector, scanners read by the station
 * (HID, serial, simulator) — feeds one FIFO queue. Each scan waits for the previous one's verdict,
 * so a burst is never reordered or dropped, and a wizard always sees its own latest state.
 */
/**
 * Resolves after the tasks already queued: React schedules a render for a state update as a
 * posted message, and a blocking (non-transition) render commits within that one task, so a
 * message posted after the update is delivered after the commit.
 */
function afterPendingRender(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createScanRouter(): Router {
  let handlers: { current: Handler }[] = [];
  const queue: UiScan[] = [];
  let running = false;
  const drain = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      // With no handler (a screen still loading) scans wait in the queue: none is dropped.
      while (queue.length > 0 && handlers.length > 0) {
        const scan = queue.shift() as UiScan;
        const handler = handlers[handlers.length - 1] as { current: Handler };
        // A handler that throws (even before its first await) costs its own scan only.
        const outcome = await (async () => handler.current(scan))().catch(() => undefined);
        if (outcome === 'leave') handlers = handlers.filter((h) => h !== handler);
        // The verdict set React state (a new step, a dialog): let React render and commit it, so the
        // next scan meets the handler of the new state (see useScanHandler), not the one before.
        if (queue.length > 0) await afterPendingRender();
      }
    } finally {
      running = false;
    }
  };
  return {
    submit(scan) {
      queue.push(scan);
      void drain();
    },
    register(handler) {
      handlers.push(handler);
      void drain();
      return () => {
        handlers = handlers.filter((h) => h !== handler);
      };
    },
  };
}

export function ScanRouterProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [router] = useState(createScanRouter);
  useEffect(
    () => client.on('scan', (raw) => router.submit({ code: (raw.symbology ?? '') + raw.data, source: raw.source })),
    [client, router],
  );
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

export function useScanRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useScanRouter outside ScanRouterProvider');
  return router;
}

/**
 * Makes `handler` the receiver of scans while `enabled` (the most recently enabled one wins). Layout
 * effects, not effects: they run in the commit itself, so by the time the router delivers the next
 * scan the handler sees the state of the last verdict (and a dialog that opened has disabled it).
 */
export function useScanHandler(handler: Handler, enabled = true): void {
  const router = useScanRouter();
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  useLayoutEffect(() => (enabled ? router.register(ref) : undefined), [router, enabled]);
}
