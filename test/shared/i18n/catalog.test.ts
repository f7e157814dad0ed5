import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalog';
import { formatMessage } from '../../../shared/i18n/format';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { loadNamespaces } from './catalog-files';
import { messageArgs } from './message-args';

const files = await loadNamespaces();
const english = files.en;

/**
 * Sample values of the kind the code gives: a number where any language counts or formats it
 * (plural, number), a date for dates, a select's fallback, else text.
 */
function sampleParams(key: string): Record<string, string | number | Date> {
  const uses = new Map<string, Set<string>>();
  for (const lang of LANGUAGES) for (const [name, use] of messageArgs(CATALOGS[lang][key] ?? '')) uses.set(name, (uses.get(name) ?? new Set()).add(use));
  const out: Record<string, string | number | Date> = {};
  for (const [name, u] of uses) out[name] = u.has('plural') || u.has('number') ? 3 : u.has('date') ? new Date(0) : u.has('select') ? 'other' : 'X1';
  return out;
}

describe('message catalogs', () => {
  it('has the same namespaces in every language', () => {
    for (const lang of LANGUAGES) expect([...files[lang].keys()], lang).toEqual([...english.keys()]);
  });

  it('names every key after its namespace, once across all namespaces', () => {
    const seen = new Map<string, string>();
    for (const [ns, messages] of english) {
      for (const key of Object.keys(messages)) {
        expect(key.startsWith(`${ns}.`), `${key} is in ${ns}`).toBe(true);
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${ns}`).toBeUndefined();
        seen.set(key, ns);
      }
    }
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang}: has every English key, and no other`, () => {
      for (const [ns, messages] of english) {
        const translated = files[lang].get(ns) ?? {};
        const missing = Object.keys(messages).filter((k) => !(k in translated));
        const extra = Object.keys(translated).filter((k) => !(k in messages));
        expect({ ns, missing, extra }).toEqual({ ns, missing: [], extra: [] });
      }
    });

    it(`${lang}: uses only the parameters the English message is given, a choice as a choice`, () => {
      const wrong: string[] = [];
      for (const [key, source] of Object.entries(CATALOGS.en)) {
        const given = messageArgs(source);
        for (const [name, use] of messageArgs(CATALOGS[lang][key] ?? '')) {
          const sourceUse = given.get(name);
          if (!sourceUse) wrong.push(`${key}: {${name}} is not given`);
          // A number may be shown plain, formatted or counted; a select's value is a word.
          else if ((use === 'select') !== (sourceUse === 'select') && use !== 'argument' && sourceUse !== 'argument') wrong.push(`${key}: {${name}} is ${use}, English ${sourceUse}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('formats every message in every language with its parameters', () => {
    for (const key of Object.keys(CATALOGS.en)) {
      const params = sampleParams(key);
      for (const lang of LANGUAGES) expect(() => formatMessage(lang, key, params), `${lang} ${key}`).not.toThrow();
    }
  });

  it('does not leave a translation equal to a long English sentence (untranslated copy)', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const copies = Object.entries(CATALOGS.en).filter(([k, v]) => v.split(' ').length >= 4 && CATALOGS[lang][k] === v).map(([k]) => k);
      expect(copies, lang).toEqual([]);
    }
  });

  it('fails loudly (strict mode) when a parameter is missing', () => {
    const [key] = Object.entries(CATALOGS.en).find(([, v]) => messageArgs(v).size > 0) ?? [];
    expect(key).toBeDefined();
    expect(() => formatMessage('de', key as string, {})).toThrow(/de/);
  });
});
