import type { MessageArgs } from '../../../shared/i18n/message';
import { useCallback, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { english, type Message } from '../../../shared/i18n/message';
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
  /** When the verdict came (milliseconds since the epoch); shown as a time in the station's language. */
  at: number;
  code: string;
  verdict: 'accepted' | 'rejected';
  reason: string | null;
  /** The sentence in English; shown in the station's language from `message_key` + `params` when it has them. */
  message: string;
  message_key?: MessageKey | null;
  params?: MessageArgs;
}

/** A verdict as a wizard shows it: the station's (with its message key), or one the UI words itself. */
export type ShownVerdict = Pick<Verdict, 'verdict' | 'reason' | 'message'> & Partial<Pick<Verdict, 'message_key' | 'params'>>;

const LOG_LIMIT = 200;

/** A notice's text: a message (shown in the station's language) or a sentence already worded. */
const noticeText = (message: string | Message): Pick<VerdictView, 'message' | 'message_key' | 'params'> =>
  typeof message === 'string' ? { message } : { message: english(message), message_key: message.key, params: message.params };

/**
 * A wizard's verdict display: the latest verdict (status/alert regions), sound feedback, and the
 * on-screen scan log of this session (rejected scans stay visible; the station keeps them all).
 * `first` is shown from the first render (e.g. the scan that opened the document): set by an
 * effect instead, it could land after the verdict of a scan made right behind it.
 */
export function useVerdicts(first: { verdict: 'accepted' | 'rejected'; message: string | Message } | null = null) {
  const { values } = useOptions();
  const [view, setView] = useState<VerdictView | null>(() => (first ? { verdict: first.verdict, ...noticeText(first.message), reason: null, seq: 1 } : null));
  const [log, setLog] = useState<ScanLogEntry[]>([]);

  const show = useCallback(
    (code: string, v: ShownVerdict) => {
      const text = { message: v.message, message_key: v.message_key ?? null, params: v.params ?? {} };
      setView((prev) => ({ verdict: v.verdict, ...text, reason: v.reason, seq: (prev?.seq ?? 0) + 1 }));
      setLog((prev) => [{ seq: (prev[0]?.seq ?? 0) + 1, at: Date.now(), code, verdict: v.verdict, reason: v.reason, ...text }, ...prev].slice(0, LOG_LIMIT));
      giveFeedback(v.verdict, { sound: values['general.sound'], volume: values['general.volume'] });
      returnFocusToScan();
    },
    [values],
  );

  /** A message that is not a scan verdict (a failed request, a step change): a sentence, or a message `msg(key, params)`. */
  const notice = useCallback((verdict: 'accepted' | 'rejected', message: string | Message) => {
    setView((prev) => ({ verdict, ...noticeText(message), reason: null, seq: (prev?.seq ?? 0) + 1 }));
    if (verdict === 'rejected') giveFeedback('rejected', { sound: values['general.sound'], volume: values['general.volume'] });
  }, [values]);

  const clear = useCallback(() => {
    setView(null);
    setLog([]);
  }, []);

  return { view, log, show, notice, clear };
}
