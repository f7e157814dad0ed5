import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalog';
import { options } from '../../../shared/i18n/catalog/en/options';
import { formatMessage } from '../../../shared/i18n/format';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { optionWidget } from '../../../shared/options/describe';
import { optionDef, optionKeys } from '../../../shared/options/registry';

/** The worded choices: the string values of an option Settings shows as a choice (numbers are formatted, not translated). */
function wordChoices(key: (typeof optionKeys)[number]): string[] {
  const widget = optionWidget(optionDef(key));
  if (widget.kind !== 'choice') return [];
  const words = widget.choices.filter((c): c is string => typeof c === 'string');
  // general.language names each language in its own words (LANGUAGE_NAMES); only `auto` is a message.
  return key === 'general.language' ? words.filter((c) => c === 'auto') : words;
}

const english: Record<string, string> = options;

describe('options catalog', () => {
  it('has every option’s label, in English exactly the definition’s', () => {
    const wrong = optionKeys.filter((k) => english[`options.${k}.label`] !== optionDef(k).label);
    expect(wrong).toEqual([]);
  });

  it('has a help text exactly when the definition has one, in English the same words', () => {
    const wrong = optionKeys.filter((k) => english[`options.${k}.help`] !== optionDef(k).help);
    expect(wrong).toEqual([]);
  });

  it('has a word for every choice of an enum option (English: the value Settings showed)', () => {
    const missing = optionKeys.flatMap((k) => wordChoices(k).filter((c) => english[`options.${k}.choice.${c}`] !== c).map((c) => `${k}=${c}`));
    expect(missing).toEqual([]);
    expect(wordChoices('general.language')).toEqual(['auto']);
  });

  it('has no key for an option or choice that does not exist', () => {
    const expected = new Set(
      optionKeys.flatMap((k) => [
        `options.${k}.label`,
        ...(optionDef(k).help === undefined ? [] : [`options.${k}.help`]),
        ...wordChoices(k).map((c) => `options.${k}.choice.${c}`),
      ]),
    );
    expect(Object.keys(english).filter((k) => !expected.has(k))).toEqual([]);
  });

  it('reads every option in every language (the English text formats to itself)', () => {
    for (const key of Object.keys(english)) {
      expect(formatMessage('en', key), key).toBe(english[key]);
      for (const lang of LANGUAGES) expect(CATALOGS[lang][key], `${lang} ${key}`).toBeTruthy();
    }
  });
});
