import { reasonTooltip } from '../words/reasons';

export interface VerdictView {
  verdict: 'accepted' | 'rejected';
  message: string;
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
  const accepted = view?.verdict === 'accepted' ? view : null;
  const rejected = view?.verdict === 'rejected' ? view : null;
  return (
    <div className="verdicts">
      <div role="status" className={accepted ? 'verdict verdict-accepted' : 'verdict verdict-empty'} key={`s${accepted?.seq ?? 0}`}>
        {accepted ? <>✔ {accepted.message}</> : null}
      </div>
      <div
        role="alert"
        className={rejected ? 'verdict verdict-rejected' : 'verdict verdict-empty'}
        key={`a${rejected?.seq ?? 0}`}
        title={rejected?.reason ? reasonTooltip(rejected.reason) : undefined}
        data-reason={rejected?.reason ?? undefined}
      >
        {rejected ? (
          <>
            ✖ {rejected.message}
            {/* The code is for support: on hover, and in the page for copying, but neither shown nor read out. */}
            {rejected.reason ? <span className="support-code" aria-hidden="true"> ({rejected.reason})</span> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
