import { useI18n, useT } from '../i18n/i18n-context';

/**
 * A document's progress: units done of units required as a bar with its numbers; once every unit
 * is done, a completion banner in its place. `label` names the count ("Units received"); the
 * numbers read "25 of 32 units received" (each language places and cases the label itself).
 */
export function DocumentProgress({ label, done, total, complete }: { label: string; done: number; total: number; complete: string }) {
  const { t, lang } = useI18n();
  const finished = total > 0 && done >= total;
  const counts = t('ui-common.progress.counts', { done, total, label, labelLower: label.toLocaleLowerCase(lang) });
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
  const t = useT();
  return (
    <span className="done-mark" title={t('ui-common.doneMark.title')}>
      ✔<span className="visually-hidden"> {t('ui-common.doneMark.text')} </span>
    </span>
  );
}
