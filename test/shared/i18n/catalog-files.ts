import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { Messages } from '../../../shared/i18n/catalog/types';

export const CATALOG_DIR = fileURLToPath(new URL('../../../shared/i18n/catalog', import.meta.url));

/** Each language's namespaces as files: namespace name → its messages. */
export async function loadNamespaces(): Promise<Record<Language, Map<string, Messages>>> {
  const out = {} as Record<Language, Map<string, Messages>>;
  for (const lang of LANGUAGES) {
    const map = new Map<string, Messages>();
    for (const file of readdirSync(join(CATALOG_DIR, lang)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()) {
      const mod = (await import(join(CATALOG_DIR, lang, file))) as Record<string, Messages>;
      const exported = Object.values(mod);
      if (exported.length !== 1) throw new Error(`${lang}/${file} must export exactly one namespace`);
      map.set(file.replace(/\.ts$/, ''), exported[0] as Messages);
    }
    out[lang] = map;
  }
  return out;
}
