import type { ScanSource } from '../../../shared/devices/scanner/scan-event';

/** One scan as the UI hands it to a wizard: the raw text (AIM identifier kept as a prefix). */
export interface UiScan {
  code: string;
  source: ScanSource | 'typed';
}

/**
 * A handler returns 'leave' when the scan took the station to another screen (a PO, order or RMA
 * was opened): the scans behind it then wait (at most `handoffMs`) for that screen's handler
 * instead of reaching this one, which React has not unmounted yet.
 */
export type ScanOutcome = void | 'leave';
export type ScanHandler = (scan: UiScan) => Promise<ScanOutcome> | ScanOutcome;

/**
 * Why a scan was refused: no screen takes it, the focused field cannot hold it, or it was captured
 * for a PIN field that lost focus before it came.
 */
export type Refusal = 'no_handler' | 'field_refused' | 'secret_field_gone';

export interface RouterDeps<F> {
  /** The focused editable field other than the Scan field, or null. */
  focusedField(): F | null;
  /** Types the scan into the field and fires its Enter action; false when the field cannot take it. */
  fill(field: F, text: string): boolean;
  /** The scan reached nothing: say so at once (sound and message). */
  refuse(scan: UiScan, why: Refusal): void;
  /** Lets React commit the state a verdict set before the next scan is delivered. */
  afterRender?(): Promise<void>;
  /** How long scans behind a scan that opened a document wait for the new screen. */
  handoffMs?: number;
}

export interface Router {
  /** A scan from a scanner (wedge burst or station device): the routing rule. */
  scan(scan: UiScan): void;
  /** The Scan field's Enter action: to the current screen's handler, or refused. */
  submit(scan: UiScan): void;
  register(handler: { current: ScanHandler }): () => void;
}

export const HANDOFF_MS = 2000;

interface Registered {
  ref: { current: ScanHandler };
  id: number;
}

/**
 * The one routing rule for every scan: the focused editable field takes it as typed text (and its
 * Enter action runs); otherwise the current screen's handler (the most recently registered one);
 * otherwise it is refused at once. Scans for a handler are delivered one at a time in arrival
 * order, each after the previous verdict. A scan is never held for a screen that is not showing,
 * except right after a scan that opened a document: then the scans behind it wait for the new
 * screen at most `handoffMs`, and are refused if it does not come.
 */
export function createScanRouter<F>(deps: RouterDeps<F>): Router {
  const handoffMs = deps.handoffMs ?? HANDOFF_MS;
  let handlers: Registered[] = [];
  let nextId = 1;
  const queue: UiScan[] = [];
  let running = false;
  /** Set after a 'leave': only a handler registered after `after` may take the next scans. */
  let handoff: { after: number; timer: ReturnType<typeof setTimeout> } | null = null;

  const ready = (): Registered | undefined => {
    const top = handlers[handlers.length - 1];
    return top && (handoff === null || top.id > handoff.after) ? top : undefined;
  };
  const endHandoff = () => {
    if (handoff) clearTimeout(handoff.timer);
    handoff = null;
  };
  const refuseQueued = () => {
    for (const scan of queue.splice(0)) deps.refuse(scan, 'no_handler');
  };
  const startHandoff = () => {
    endHandoff();
    const timer = setTimeout(() => {
      handoff = null;
      if (!running) void drain();
    }, handoffMs);
    handoff = { after: nextId - 1, timer };
  };

  const drain = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) {
        const target = ready();
        if (!target) {
          // The new screen may still come (handoff); otherwise nothing takes these scans.
          if (handoff === null) refuseQueued();
          return;
        }
        endHandoff();
        const scan = queue.shift() as UiScan;
        // A handler that throws (even before its first await) costs its own scan only.
        const outcome = await (async () => target.ref.current(scan))().catch(() => undefined);
        if (outcome === 'leave') {
          handlers = handlers.filter((h) => h !== target);
          startHandoff();
        }
        // The verdict set React state (a new step, a dialog): let React render and commit it, so
        // the next scan meets the handler of the new state, not the one before.
        if (queue.length > 0 && deps.afterRender) await deps.afterRender();
      }
    } finally {
      running = false;
    }
  };

  const deliver = (scan: UiScan) => {
    if (!running && queue.length === 0 && handoff === null && !ready()) return deps.refuse(scan, 'no_handler');
    queue.push(scan);
    void drain();
  };

  return {
    scan(scan) {
      const field = deps.focusedField();
      if (field === null) return deliver(scan);
      if (!deps.fill(field, scan.code)) deps.refuse(scan, 'field_refused');
    },
    submit: deliver,
    register(ref) {
      const entry = { ref, id: nextId++ };
      handlers.push(entry);
      if (handoff) endHandoff();
      void drain();
      return () => {
        handlers = handlers.filter((h) => h !== entry);
        if (!running && handoff === null && queue.length > 0 && !ready()) refuseQueued();
      };
    },
  };
}
