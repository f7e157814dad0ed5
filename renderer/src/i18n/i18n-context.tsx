import type { MessageArgs } from '../../../shared/i18n/message';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { translator, type Translate } from '../../../shared/i18n/format';
import { resolveLanguage, type Language } from '../../../shared/i18n/languages';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatTime, formatWeight } from '../../../shared/i18n/numbers';
import { useOptions } from '../app/options-context';

/** The station's language and its formatters, for every component (`useI18n()` / `useT()`). */
export interface I18n {
  lang: Language;
  t: Translate;
  number(n: number, maxFractionDigits?: number): string;
  weight(value: number, unit: string, digits?: number): string;
  money(amount: number, currency: string): string;
  dateTime(at: Date | string): string;
  date(at: Date | string): string;
  time(at: Date | string): string;
}

export function i18nFor(lang: Language): I18n {
  return {
    lang,
    t: translator(lang),
    number: (n, d) => formatNumber(lang, n, d),
    weight: (v, unit, digits) => formatWeight(lang, v, unit, digits),
    money: (a, c) => formatMoney(lang, a, c),
    dateTime: (at) => formatDateTime(lang, at),
    date: (at) => formatDate(lang, at),
    time: (at) => formatTime(lang, at),
  };
}

// Without a provider (component tests), English.
const I18nContext = createContext<I18n>(i18nFor('en'));

const browserTags = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language]);

/** Follows `general.language` (`auto`: the browser's / OS's languages) and sets `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { values } = useOptions();
  const lang = resolveLanguage(values['general.language'], browserTags());
  const value = useMemo(() => i18nFor(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
export const useT = (): Translate => useContext(I18nContext).t;

/** A verdict's (or any reply's) sentence in the station's language: from its key when it has one. */
export function sentence(t: Translate, v: { message: string; message_key?: string | null; params?: MessageArgs }): string {
  return v.message_key ? t(v.message_key as Parameters<Translate>[0], v.params) : v.message;
}
