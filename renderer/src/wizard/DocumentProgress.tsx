/**
 * A document's progress: units done of units required as a bar with its numbers; once every unit
 * is done, a completion banner in its place.
 */
export function DocumentProgress({ label, done, total, complete }: { label: string; done: number; total: number; complete: string }) {
  const finished = total > 0 && done >= total;
  const counts = `${done} of ${total} ${label.toLowerCase()}`;
  // Once finished, the banner takes the bar's place (and keeps its numbers).
  if (finished) {
    return (
      <p className="complete-banner" data-testid="complete-banner">
        ✔ {complete} <span className="doc-progress-text">({counts})</span>
      </p>
    );
  }
  return (
    <div className="doc-progress">
      <progress aria-label={label} max={Math.max(total, 1)} value={Math.min(done, total)} />
      <span className="doc-progress-text">{counts}</span>
    </div>
  );
}

/** The mark of a finished line (every unit done). */
export function DoneMark() {
  return (
    <span className="done-mark" title="Complete">
      ✔<span className="visually-hidden"> complete </span>
    </span>
  );
}
