// The AI table as data: complete, consistent with the predefined-length table of General
// Specifications §7.8.5, and parseable without ambiguity.
import { describe, expect, it } from 'vitest';
import { allAiDefinitions, lookupAi } from '../../../shared/barcode';
import { AI_TABLE, PREDEFINED_LENGTH_BY_PREFIX } from '../../../shared/barcode/ai-table';
import { LINTERS } from '../../../shared/barcode/linters';

describe('GS1 AI table', () => {
  const defs = allAiDefinitions();

  it('holds the AIs a receiving dock meets, with their formats', () => {
    const sample = {
      '00': [18, 18, 'N'],
      '01': [14, 14, 'N'],
      '03': [14, 14, 'N'],
      '10': [1, 20, 'X'],
      '17': [6, 6, 'N'],
      '21': [1, 20, 'X'],
      '235': [1, 28, 'X'],
      '3103': [6, 6, 'N'],
      '3925': [1, 15, 'N'],
      '414': [13, 13, 'N'],
      '7240': [1, 20, 'X'],
      '8010': [1, 30, 'Y'],
      '8030': [1, 90, 'Z'],
      '8200': [1, 70, 'X'],
      '99': [1, 90, 'X'],
    } as const;
    for (const [ai, [min, max, charset]] of Object.entries(sample)) {
      const def = lookupAi(ai);
      expect(def, ai).toBeDefined();
      expect([def?.minLength, def?.maxLength, def?.components[0]?.charset], ai).toEqual([min, max, charset]);
    }
    // Every AI of every range row is present: 31nn-36nn decimal ranges, 91-99, 7030-7039...
    expect(defs.length).toBeGreaterThan(500);
    expect(lookupAi('3106')).toBeUndefined(); // 310n stops at 3105
    expect(lookupAi('3944')).toBeUndefined(); // 394n stops at 3943
  });

  it('marks exactly the AIs of the §7.8.5 prefixes as predefined-length, with matching lengths', () => {
    for (const def of defs) {
      const total = PREDEFINED_LENGTH_BY_PREFIX[def.ai.slice(0, 2)];
      expect(def.predefinedLength, def.ai).toBe(total !== undefined);
      if (total !== undefined) {
        expect(def.fixedLength, def.ai).toBe(true);
        expect(def.ai.length + def.maxLength, def.ai).toBe(total);
      }
    }
  });

  it('has no AI that is the start of another, so data can be split without separators', () => {
    const ais = defs.map((d) => d.ai);
    const clashes = ais.flatMap((a) => ais.filter((b) => a !== b && b.startsWith(a)).map((b) => `${a}/${b}`));
    expect(clashes).toEqual([]);
  });

  it('gives decimal AIs their decimal places from the last digit', () => {
    expect(lookupAi('3100')?.decimals).toBe(0);
    expect(lookupAi('3103')?.decimals).toBe(3);
    expect(lookupAi('3695')?.decimals).toBe(5);
    expect(lookupAi('3929')?.decimals).toBe(9);
    expect(lookupAi('17')?.decimals).toBeNull();
    expect(lookupAi('30')?.decimals).toBeNull();
  });

  it('names the key and the date rules of the AIs that carry them', () => {
    expect(lookupAi('00')?.key).toBe('SSCC');
    expect(lookupAi('01')?.key).toBe('GTIN');
    expect(lookupAi('414')?.key).toBe('GLN');
    expect(lookupAi('01')?.components[0]?.linters).toContain('csum');
    expect(lookupAi('17')?.components[0]?.linters).toEqual(['yymmd0']);
    expect(lookupAi('7003')?.components.map((c) => c.linters)).toEqual([['yymmdd'], ['hhmi']]);
  });

  it('only names checks that are implemented', () => {
    for (const [ais, , format] of AI_TABLE) {
      for (const name of format.split(/[\s,[\]]+/).filter((t) => t && !/^[NXYZ](\.\.)?[0-9]+$/.test(t))) {
        expect(name in LINTERS, `${ais}: ${name}`).toBe(true);
      }
    }
  });
});
