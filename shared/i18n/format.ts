import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalog';
import type { Language } from './languages';

/** Values a message may be given: text, numbers (formatted for the locale), dates. */
export type MessageParams = Readonly<Record<string, string | number | Date>>;

/** Formats a message in one language: `t('ui-ship.packed', { count: 3 })`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Strict mode (tests): a message that cannot be formatted — its key is missing, or it uses a
 * parameter the code did not give — throws instead of falling back. Off in the product, where a
 * station shows the English text (or the key) rather than fail a scan over a sentence.
 */
let strict = false;
export function setStrictMessages(on: boolean): void {
  strict = on;
}
export const strictMessages = (): boolean => strict;

function compile(lang: Language, key: string): IntlMessageFormat | null {
  const id = `${lang}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    const text = CATALOGS[lang][key] ?? (strict ? undefined : CATALOGS.en[key]);
    if (text === undefined) return null;
    f = new IntlMessageFormat(text, lang, undefined, { ignoreTag: true });
    compiled.set(id, f);
  }
  return f;
}

/** One message in `lang`; English when the key has no translation, the key itself when unknown. */
export function formatMessage(lang: Language, key: string, params: MessageParams = {}): string {
  const f = compile(lang, key);
  if (!f) {
    if (strict) throw new Error(`message ${key} is missing in ${lang}`);
    return key;
  }
  try {
    return String(f.format(params as Record<string, string | number | Date>));
  } catch (err) {
    if (strict) throw new Error(`message ${key} in ${lang}: ${(err as Error).message}`);
    return lang === 'en' ? key : formatMessage('en', key, params);
  }
}

export function translator(lang: Language): Translate {
  return (key, params) => formatMessage(lang, key, params);
}
