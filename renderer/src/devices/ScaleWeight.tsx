import { useEffect, useState } from 'react';
import type { ScaleSnapshot } from '../../../shared/api/requests/devices';
import type { MessageKey } from '../../../shared/i18n/catalog';
import { translator, type Translate } from '../../../shared/i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { formatReading } from './devices-context';

const WHY: Record<NonNullable<ScaleSnapshot['no_reading']>, MessageKey> = {
  none_yet: 'ui-common.scale.noneYet',
  disconnected: 'ui-common.scale.disconnected',
  error: 'ui-common.scale.error',
  stale: 'ui-common.scale.stale',
};

const EN = translator('en');

/** The current time, updated every `ms` (for ages that tick while nothing else changes). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** "3 s ago", "2 min ago", "1 h ago" (in the language of `t`). */
export function ageText(now: number, iso: string, t: Translate = EN): string {
  const s = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  if (s < 60) return t('ui-common.age.seconds', { count: s });
  if (s < 3600) return t('ui-common.age.minutes', { count: Math.floor(s / 60) });
  return t('ui-common.age.hours', { count: Math.floor(s / 3600) });
}

/**
 * The weight now, or "no reading" — never an old weight as the current one — with the reading's
 * age, and, when there is none, why and what the scale last said.
 */
export function ScaleWeight({ scale, testId }: { scale: ScaleSnapshot; testId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useNow();
  const r = scale.current;
  if (r) {
    return (
      <>
        <strong data-testid={testId}>{formatReading(r, i18n)}</strong> <span className="tag" data-testid={`${testId}-age`}>{t('ui-common.scale.readAgo', { age: ageText(now, r.received_at, t) })}</span>
      </>
    );
  }
  const why = scale.no_reading === 'error' && scale.error ? t('ui-common.scale.errorDetail', { error: scale.error }) : t(WHY[scale.no_reading ?? 'none_yet']);
  const last = scale.last ? t('ui-common.scale.last', { reading: formatReading(scale.last, i18n), age: ageText(now, scale.last.received_at, t) }) : null;
  return (
    <>
      <strong data-testid={testId}>{t('ui-common.scale.noReading')}</strong> <span className="tag" data-testid={`${testId}-age`}>{last ? `${why} · ${last}` : why}</span>
    </>
  );
}
