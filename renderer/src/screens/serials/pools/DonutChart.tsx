import { useI18n } from '../../../i18n/i18n-context';

/**
 * Available vs assigned as a donut (SVG). Each ring segment names its count when hovered
 * (<title>), and the same numbers are written out beside it for everyone.
 */
export function DonutChart({ available, assigned }: { available: number; assigned: number }) {
  const { t, number } = useI18n();
  const total = available + assigned;
  // r = 100 / 2π: the circumference is 100, so dash lengths are percentages.
  const r = 15.915494;
  const availablePct = total === 0 ? 0 : (available / total) * 100;
  const label = t('ui-serials.donut.label', { available, assigned });
  return (
    <figure className="pool-donut">
      <svg viewBox="0 0 42 42" width="170" height="170" role="img" aria-label={label}>
        <circle cx="21" cy="21" r={r} fill="none" stroke="#2a313b" strokeWidth="6" />
        {total > 0 ? (
          <>
            <circle className="donut-assigned" cx="21" cy="21" r={r} fill="none" strokeWidth="6" strokeDasharray={`${100 - availablePct} ${availablePct}`} strokeDashoffset={25 - availablePct}>
              <title>{t('ui-serials.donut.assigned', { count: assigned })}</title>
            </circle>
            <circle className="donut-available" cx="21" cy="21" r={r} fill="none" strokeWidth="6" strokeDasharray={`${availablePct} ${100 - availablePct}`} strokeDashoffset="25">
              <title>{t('ui-serials.donut.available', { count: available })}</title>
            </circle>
          </>
        ) : null}
        <text x="21" y="23" textAnchor="middle" className="donut-total">
          {number(total)}
        </text>
      </svg>
      <figcaption>
        <span className="legend-available" data-testid="pool-available">{t('ui-serials.donut.available', { count: available })}</span>
        <span className="legend-assigned" data-testid="pool-assigned">{t('ui-serials.donut.assigned', { count: assigned })}</span>
      </figcaption>
    </figure>
  );
}
