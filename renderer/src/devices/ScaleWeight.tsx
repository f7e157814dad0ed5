import { useEffect, useState } from 'react';
import type { ScaleSnapshot } from '../../../shared/api/requests/devices';
import { formatReading } from './devices-context';

const WHY: Record<NonNullable<ScaleSnapshot['no_reading']>, string> = {
  none_yet: 'the scale has sent nothing yet',
  disconnected: 'scale not connected',
  error: 'scale error',
  stale: 'the scale stopped answering',
};

/** The current time, updated every `ms` (for ages that tick while nothing else changes). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

export function ageText(now: number, iso: string): string {
  const s = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return `${Math.floor(s / 3600)} h ago`;
}

/**
 * The weight now, or "no reading" — never an old weight as the current one — with the reading's
 * age, and, when there is none, why and what the scale last said.
 */
export function ScaleWeight({ scale, testId }: { scale: ScaleSnapshot; testId: string }) {
  const now = useNow();
  const r = scale.current;
  if (r) {
    return (
      <>
        <strong data-testid={testId}>{formatReading(r)}</strong> <span className="tag" data-testid={`${testId}-age`}>read {ageText(now, r.received_at)}</span>
      </>
    );
  }
  const why = scale.no_reading === 'error' && scale.error ? `${WHY.error}: ${scale.error}` : WHY[scale.no_reading ?? 'none_yet'];
  const last = scale.last ? ` · last ${formatReading(scale.last)}, ${ageText(now, scale.last.received_at)}` : '';
  return (
    <>
      <strong data-testid={testId}>no reading</strong> <span className="tag" data-testid={`${testId}-age`}>{why}{last}</span>
    </>
  );
}
