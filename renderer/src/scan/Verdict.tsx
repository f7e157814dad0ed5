export interface VerdictView {
  verdict: 'accepted' | 'rejected';
  message: string;
  reason?: string | null;
  /** Increments per verdict so the same message twice still re-announces and re-flashes. */
  seq: number;
}

/**
 * Accepted scans are announced politely in role=status; rejections in role=alert, with the reason
 * in words. Both regions always exist so screen readers track them.
 */
export function Verdict({ view }: { view: VerdictView | null }) {
  const accepted = view?.verdict === 'accepted' ? view : null;
  const rejected = view?.verdict === 'rejected' ? view : null;
  return (
    <div className="verdicts">
      <div role="status" className={accepted ? 'verdict verdict-accepted' : 'verdict verdict-empty'} key={`s${accepted?.seq ?? 0}`}>
        {accepted ? <>✔ {accepted.message}</> : null}
      </div>
      <div role="alert" className={rejected ? 'verdict verdict-rejected' : 'verdict verdict-empty'} key={`a${rejected?.seq ?? 0}`}>
        {rejected ? (
          <>
            ✖ {rejected.message}
            {rejected.reason ? <span className="verdict-reason"> ({rejected.reason})</span> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
