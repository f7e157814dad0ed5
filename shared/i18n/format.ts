import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalog';
import type { Language } from './languages';

/** A sentence given as a parameter (shared/i18n/message.ts `Message`): formatted in the same language. */
interface Nested {
  key: string;
  params: Readonly<Record<string, unknown>>;
}

/** Values a message may be given: text, numbers (formatted for the locale), dates, other sentences. */
export type MessageParams = Readonly<Record<string, string | number | Date | Nested>>;

const isNested = (v: unknown): v is Nested => typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as Nested).key === 'string';

/** Formats a message in one language: `t('ui-ship.packed', { count: 3 })`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface Compiled {
  format: IntlMessageFormat;
  /** Parameters the text shows as is (`{n}`, not `{n, number}` or a plural). */
  plain: string[];
}

const compiled = new Map<string, Compiled>();

/** The names of plain `{arg}` placeholders that are never used as a number, plural or select. */
function plainArgs(ast: MessageFormatElement[]): string[] {
  const plain = new Set<string>();
  const other = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) plain.add(el.value);
      else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) other.add(el.value);
      else if (el.type === TYPE.plural || el.type === TYPE.select) {
        other.add(el.value);
        for (const o of Object.values(el.options)) walk(o.value);
      } else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(ast);
  return [...plain].filter((n) => !other.has(n));
}

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

function compile(lang: Language, key: string): Compiled | null {
  const id = `${lang}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    const text = CATALOGS[lang][key] ?? (strict ? undefined : CATALOGS.en[key]);
    if (text === undefined) return null;
    const format = new IntlMessageFormat(text, lang, undefined, { ignoreTag: true });
    f = { format, plain: plainArgs(format.getAst()) };
    compiled.set(id, f);
  }
  return f;
}

/**
 * A number given to a plain `{arg}` is shown with the language's decimal sign and no grouping
 * (1250,5 in German; English as before), so a weight or a count reads right without every text
 * having to say `{arg, number}`. Identifiers are given as strings and never change.
 */
function localPlain(lang: Language, plain: string[], params: MessageParams): Record<string, string | number | Date> {
  const out: Record<string, string | number | Date> = {};
  for (const [name, v] of Object.entries(params)) out[name] = isNested(v) ? formatMessage(lang, v.key, v.params as MessageParams) : v;
  for (const name of plain) {
    const v = out[name];
    if (typeof v === 'number') out[name] = plainNumber(lang).format(v);
  }
  return out;
}

const plainNumbers = new Map<Language, Intl.NumberFormat>();
function plainNumber(lang: Language): Intl.NumberFormat {
  let f = plainNumbers.get(lang);
  if (!f) plainNumbers.set(lang, (f = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 6 })));
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
    return String(f.format.format(localPlain(lang, f.plain, params)));
  } catch (err) {
    if (strict) throw new Error(`message ${key} in ${lang}: ${(err as Error).message}`);
    // A parameter the code did not give: the text with its placeholder reads better than nothing.
    return CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  }
}

export function translator(lang: Language): Translate {
  return (key, params) => formatMessage(lang, key, params);
}
