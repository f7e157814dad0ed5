// The AI table against GS1's published Barcode Syntax Dictionary (release 2026-01-27, kept in
// fixtures). When GS1 publishes a new release: copy it into fixtures, run this test, and the
// failure is the reviewed list of rows to change in shared/barcode/ai-table.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allAiDefinitions, lookupAi } from '../../../shared/barcode';
import { AI_TABLE } from '../../../shared/barcode/ai-table';
import { LINTERS } from '../../../shared/barcode/linters';

const RELEASE = '2026-01-27';
const dictionary = readFileSync(new URL(`./fixtures/gs1-syntax-dictionary-${RELEASE}.txt`, import.meta.url), 'utf8');

interface Entry {
  ais: string;
  flags: string;
  spec: string;
  attributes: string;
  title: string;
}

/** Reads the dictionary's entry lines: AIs, [flags], components, [attributes], [# title]. */
function parseDictionary(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const title = hash < 0 ? '' : line.slice(hash + 1).trim();
    const tokens = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/);
    const ais = tokens.shift() ?? '';
    // Flags are punctuation only; a component starts with its type letter or "[".
    const flags = tokens[0] !== undefined && /^[^A-Za-z0-9[]+$/.test(tokens[0]) ? (tokens.shift() as string) : '';
    const firstAttribute = tokens.findIndex((t) => t.includes('=') || /^[a-z]+$/.test(t));
    const split = firstAttribute < 0 ? tokens.length : firstAttribute;
    entries.push({ ais, flags, spec: tokens.slice(0, split).join(' '), attributes: tokens.slice(split).join(' '), title });
  }
  return entries;
}

const row = (e: Entry): string => [e.ais, [...e.flags].sort().join(''), e.spec, e.attributes, e.title].join(' | ');

function expand(ais: string): string[] {
  const [first = '', last = first] = ais.split('-');
  const out: string[] = [];
  for (let n = Number(first); n <= Number(last); n++) out.push(String(n).padStart(first.length, '0'));
  return out;
}

describe(`AI table vs. GS1 Barcode Syntax Dictionary ${RELEASE}`, () => {
  const entries = parseDictionary(dictionary);

  it('is the release the table says it follows', () => {
    expect(dictionary).toContain(`# Release: ${RELEASE}`);
    expect(readFileSync(new URL('../../../shared/barcode/ai-table.ts', import.meta.url), 'utf8')).toContain(`release ${RELEASE}`);
  });

  it('has every entry of the dictionary, row for row: AIs, flags, components with checks, attributes, title', () => {
    expect(entries.length).toBeGreaterThan(200);
    const table = AI_TABLE.map(([ais, flags, spec, attributes, title]) => row({ ais, flags, spec, attributes, title }));
    expect(table).toEqual(entries.map(row));
  });

  it('defines exactly the dictionary’s AIs, with its lengths, FNC1 rule and Digital Link roles', () => {
    const expected = entries.flatMap((e) => expand(e.ais));
    expect(allAiDefinitions().map((d) => d.ai).sort()).toEqual([...expected].sort());
    for (const e of entries) {
      for (const ai of expand(e.ais)) {
        const def = lookupAi(ai);
        expect([def?.predefinedLength, def?.dlDataAttribute], ai).toEqual([e.flags.includes('*'), e.flags.includes('?')]);
        expect(def?.components.length, ai).toBe(e.spec.split(' ').length);
        expect(def?.dlQualifiers !== null, ai).toBe(/\bdlpkey\b/.test(e.attributes));
      }
    }
  });

  it('implements every check (linter) the dictionary names', () => {
    const named = new Set(entries.flatMap((e) => e.spec.split(/[\s,[\]]+/).filter((t) => t && !/^[NXYZ](\.\.)?[0-9]+$/.test(t))));
    expect([...named].filter((name) => !(name in LINTERS))).toEqual([]);
    for (const name of ['couponcode', 'couponposoffer', 'packagetype', 'gcppos1', 'gcppos2']) expect(named.has(name), name).toBe(true);
  });

  it('knows the AIs new in this release', () => {
    expect(lookupAi('717')?.title).toBe('NHRN SRN');
    expect(lookupAi('8040')).toMatchObject({ title: 'IMEI', minLength: 15, maxLength: 15, requires: [['01+21']] });
    expect(lookupAi('8041')?.requires).toEqual([['01+21+8040']]);
    expect(lookupAi('8042')).toMatchObject({ title: 'ESIM', minLength: 32, maxLength: 32 });
    expect(lookupAi('8043')).toMatchObject({ title: 'PSIM', minLength: 18, maxLength: 20 });
  });
});
