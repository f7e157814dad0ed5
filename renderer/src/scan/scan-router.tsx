import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useOptions } from '../app/options-context';
import { useClient } from '../client/station-context';
import { useT } from '../i18n/i18n-context';
import { REFUSAL_WORDS } from '../words/reasons';
import { giveFeedback } from './feedback';
import { fillField, focusedField } from './field-target';
import { createScanRouter, type Refusal, type Router, type ScanHandler } from './router-core';
import { isSecretField, useSecretFieldCapture } from './secret-capture';

export type { Router, ScanOutcome, UiScan } from './router-core';
export { createScanRouter } from './router-core';

const RouterContext = createContext<Router | null>(null);

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

const REFUSAL_SHOWN_MS = 6000;

/**
 * Every scan source — the Scan field, the keyboard-wedge detector, scanners read by the station
 * (HID, serial, simulator) — goes through one router (router-core.ts). A refused scan is answered
 * at once with the reject sound and a visible message (never its text: it may have been a PIN).
 */
export function ScanRouterProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const client = useClient();
  const { values } = useOptions();
  const [refusal, setRefusal] = useState<{ seq: number; why: Refusal } | null>(null);
  const [router] = useState(() =>
    createScanRouter<HTMLInputElement | HTMLTextAreaElement>({
      focusedField,
      fill: fillField,
      refuse: (_scan, why) => setRefusal((prev) => ({ seq: (prev?.seq ?? 0) + 1, why })),
      afterRender: afterPendingRender,
    }),
  );
  useEffect(() => client.on('scan', (raw) => router.scan({ code: (raw.symbology ?? '') + raw.data, source: raw.source })), [client, router]);
  // A scan the station captured for the focused PIN field: typed into it (its data, without the
  // AIM identifier) and submitted like a wedge burst. It never reaches a screen's handler: with no
  // PIN field focused any more it is refused.
  useSecretFieldCapture(client);
  useEffect(
    () =>
      client.on('field.input', (raw) => {
        const field = document.activeElement;
        if (isSecretField(field) && fillField(field, raw.data)) return;
        setRefusal((prev) => ({ seq: (prev?.seq ?? 0) + 1, why: 'secret_field_gone' }));
      }),
    [client],
  );
  const { sound, volume } = { sound: values['general.sound'], volume: values['general.volume'] };
  useEffect(() => {
    if (!refusal) return;
    giveFeedback('rejected', { sound, volume });
    const timer = setTimeout(() => setRefusal(null), REFUSAL_SHOWN_MS);
    return () => clearTimeout(timer);
    // Once per refusal (not again when the sound options change).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusal]);
  return (
    <RouterContext.Provider value={router}>
      {children}
      {refusal ? (
        <div role="alert" className="scan-refusal" data-testid="scan-refusal" key={refusal.seq}>
          ✖ {t(REFUSAL_WORDS[refusal.why])}
        </div>
      ) : null}
    </RouterContext.Provider>
  );
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
export function useScanHandler(handler: ScanHandler, enabled = true): void {
  const router = useScanRouter();
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  useLayoutEffect(() => (enabled ? router.register(ref) : undefined), [router, enabled]);
}
