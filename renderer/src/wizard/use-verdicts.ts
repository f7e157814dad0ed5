import { useCallback, useState } from 'react';
import type { Verdict } from '../../../shared/workflows/verdict';
import { useOptions } from '../app/options-context';
import { giveFeedback } from '../scan/feedback';
import type { VerdictView } from '../scan/Verdict';

/** After a verdict the Scan field has focus again (unless a dialog is open). */
function returnFocusToScan(): void {
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
  (document.querySelector('[data-scan-field]') as HTMLElement | null)?.focus();
}

export interface ScanLogEntry {
  seq: number;
  at: string;
  code: string;
  verdict: 'accepted' | 'rejected';
  reason: string | null;
  message: string;
}

const LOG_LIMIT = 200;

/**
 * A wizard's verdict display: the latest verdict (status/alert regions), sound feedback, and the
 * on-screen scan log of this session (rejected scans stay visible; the station keeps them all).
 */
export function useVerdicts() {
  const { values } = useOptions();
  const [view, setView] = useState<VerdictView | null>(null);
  const [log, setLog] = useState<ScanLogEntry[]>([]);

  const show = useCallback(
    (code: string, v: Pick<Verdict, 'verdict' | 'reason' | 'message'>) => {
      setView((prev) => ({ verdict: v.verdict, message: v.message, reason: v.reason, seq: (prev?.seq ?? 0) + 1 }));
      setLog((prev) => [{ seq: (prev[0]?.seq ?? 0) + 1, at: new Date().toLocaleTimeString(), code, verdict: v.verdict, reason: v.reason, message: v.message }, ...prev].slice(0, LOG_LIMIT));
      giveFeedback(v.verdict, { sound: values['general.sound'], volume: values['general.volume'] });
      returnFocusToScan();
    },
    [values],
  );

  /** A message that is not a scan verdict (a failed request, a step change). */
  const notice = useCallback((verdict: 'accepted' | 'rejected', message: string) => {
    setView((prev) => ({ verdict, message, reason: null, seq: (prev?.seq ?? 0) + 1 }));
    if (verdict === 'rejected') giveFeedback('rejected', { sound: values['general.sound'], volume: values['general.volume'] });
  }, [values]);

  const clear = useCallback(() => {
    setView(null);
    setLog([]);
  }, []);

  return { view, log, show, notice, clear };
}
