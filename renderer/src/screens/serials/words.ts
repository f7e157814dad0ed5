import type { Translate } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/i18n/languages';
import type { I18n } from '../../i18n/i18n-context';

const fixedFormats = new Map<Language, Intl.NumberFormat>();

/** An amount with two decimals as before (`87.00`), with the locale's decimal sign (`87,00`). */
export function fixed2(lang: Language, n: number): string {
  let f = fixedFormats.get(lang);
  if (!f) fixedFormats.set(lang, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false })));
  return f.format(n);
}

/** The calendar day of a `YYYY-MM-DD…` value for the reader (that day, whatever the time zone). */
export function day(i18n: I18n, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? i18n.date(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/** Who did it where: "sam at STATION-1", either one alone, or null. */
export function who(t: Translate, user: string | null, station: string | null): string | null {
  if (user && station) return t('ui-serials.byAt', { user, station });
  return user || station || null;
}
