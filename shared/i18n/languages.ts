/** The languages the station speaks. English is the source every other catalog translates. */
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `general.language`: a language, or `auto` (the OS / browser language when the station speaks it). */
export const LANGUAGE_PREFERENCES = ['auto', ...LANGUAGES] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

/** Each language in its own words (the Settings choice reads the same in every language). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  pl: 'Polski',
};

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** The first of `tags` (BCP 47, best first: `de-AT`, `fr`) the station speaks; English otherwise. */
export function firstSpoken(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language to use: the preference, or for `auto` the first of `tags` the station speaks. */
export function resolveLanguage(preference: LanguagePreference, tags: readonly string[]): Language {
  return preference === 'auto' ? firstSpoken(tags) : preference;
}

/**
 * An `Accept-Language` header's tags, best first (q-values honoured, `q=0` dropped, `*` ignored).
 * Malformed parts are skipped: the header only ever picks a language, never refuses a request.
 */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  const tags: { tag: string; q: number; i: number }[] = [];
  header.split(',').forEach((part, i) => {
    const [tag, ...params] = part.trim().split(';');
    if (!tag || tag === '*' || !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    if (q > 0) tags.push({ tag, q, i });
  });
  return tags.sort((a, b) => b.q - a.q || a.i - b.i).map((t) => t.tag);
}
