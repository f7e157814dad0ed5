import { resolveLanguage, type Language, type LanguagePreference } from '../../shared/i18n/languages';

/**
 * The station's language outside a browser (labels, packing slips, CLI): the preference, or for
 * `auto` the process's locale (LC_ALL / LC_MESSAGES / LANG, then the runtime's default locale).
 */
export function stationLanguage(preference: LanguagePreference, env: Readonly<Record<string, string | undefined>> = process.env): Language {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter((v): v is string => !!v && v !== 'C' && v !== 'POSIX').map((v) => v.split('.')[0] as string);
  return resolveLanguage(preference, [...posix, Intl.DateTimeFormat().resolvedOptions().locale]);
}

/** The language of what the station prints (labels, packing slips): its `general.language`. */
export function printLanguage(options: { get(key: 'general.language'): LanguagePreference }): Language {
  return stationLanguage(options.get('general.language'));
}
