import type { MessageKey } from '../../../../shared/i18n/catalog';
import { isLanguage, LANGUAGE_NAMES } from '../../../../shared/i18n/languages';
import type { OptionKey } from '../../../../shared/options/registry';
import type { I18n } from '../../i18n/i18n-context';

/**
 * The words of an option in the station's language, from the `options` namespace:
 * `options.<key>.label`, `.help` and `.choice.<value>` (test/shared/i18n/options-catalog.test.ts
 * checks every option has them, in English the definition's own words).
 */
export const optionLabel = (t: I18n['t'], key: OptionKey): string => t(`options.${key}.label` as MessageKey);

export const optionHelp = (t: I18n['t'], key: OptionKey): string => t(`options.${key}.help` as MessageKey);

/** A choice as Settings shows it: a number for the locale, a language in its own words, else its word. */
export function choiceLabel(i18n: I18n, key: OptionKey, value: string | number): string {
  if (typeof value === 'number') return i18n.number(value);
  if (key === 'general.language' && isLanguage(value)) return LANGUAGE_NAMES[value];
  return i18n.t(`options.${key}.choice.${value}` as MessageKey);
}
