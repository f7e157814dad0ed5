import type { MessageArgs } from '../../../shared/i18n/message';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { sentence, useT } from '../i18n/i18n-context';
import { reasonTooltip } from '../words/reasons';

export interface VerdictView {
  verdict: 'accepted' | 'rejected';
  /** The sentence in English; shown in the station's language from `message_key` + `params` when it has them. */
  message: string;
  message_key?: MessageKey | null;
  params?: MessageArgs;
  reason?: string | null;
  /** Increments per verdict so the same message twice still re-announces and re-flashes. */
  seq: number;
}

/**
 * Accepted scans are announced politely in role=status; rejections in role=alert, with the reason
 * in words (its code only on hover, for support). Both regions always exist so screen readers
 * track them.
 */
export function Verdict({ view }: { view: VerdictView | null }) {
  const t = useT();
  const accepted = view?.verdict === 'accepted' ? view : null;
  const rejected = view?.verdict === 'rejected' ? view : null;
  return (
    <div className="verdicts">
      <div role="status" className={accepted ? 'verdict verdict-accepted' : 'verdict verdict-empty'} key={`s${accepted?.seq ?? 0}`}>
        {accepted ? <>✔ {sentence(t, accepted)}</> : null}
      </div>
      <div
        role="alert"
        className={rejected ? 'verdict verdict-rejected' : 'verdict verdict-empty'}
        key={`a${rejected?.seq ?? 0}`}
        title={rejected?.reason ? reasonTooltip(rejected.reason, t) : undefined}
        data-reason={rejected?.reason ?? undefined}
      >
        {rejected ? (
          <>
            ✖ {sentence(t, rejected)}
            {/* The code is for support: on hover, and in the page for copying, but neither shown nor read out. */}
            {rejected.reason ? <span className="support-code" aria-hidden="true"> ({rejected.reason})</span> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
