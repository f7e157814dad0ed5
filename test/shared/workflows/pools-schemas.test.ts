import { describe, expect, it } from 'vitest';
import { commissionBodySchema, releaseBodySchema, requestSerialsBodySchema } from '../../../shared/workflows/pools-schemas';

const good = { product_code: '04012345000016', product_code_schema: 'GTIN', batch: 'BATCH002', expiry_date: '271115', serials: ['DI8U86IYQI9KS4G87WGI', 'SV902P05'] };

/** The paths of the issues a body gets, sorted. */
function paths(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, body: unknown): string[] {
  const r = schema.safeParse(body);
  return r.success ? [] : (r.error?.issues ?? []).map((i) => i.path.map(String).join('.')).sort();
}

describe('commission body', () => {
  it('accepts the documented body, with or without a batch', () => {
    expect(paths(commissionBodySchema, good)).toEqual([]);
    const { batch: _batch, ...noBatch } = good;
    expect(paths(commissionBodySchema, noBatch)).toEqual([]);
  });

  it('names every bad field at once', () => {
    const bad = { product_code_schema: 'SKU', expiry_date: '27-11-15', serials: ['OK1', 'HAS SPACE', 'X'.repeat(21), 7] };
    expect(paths(commissionBodySchema, bad)).toEqual(['expiry_date', 'product_code', 'product_code_schema', 'serials.1', 'serials.2', 'serials.3']);
  });

  it('refuses dates that do not exist, but takes DD=00 (last day of the month, as GS1 AI 17)', () => {
    for (const d of ['271315', '270230', '271100x', '2711', '']) expect(paths(commissionBodySchema, { ...good, expiry_date: d })).toEqual(['expiry_date']);
    expect(paths(commissionBodySchema, { ...good, expiry_date: '280229' })).toEqual([]);
    expect(paths(commissionBodySchema, { ...good, expiry_date: '270200' })).toEqual([]);
  });

  it('wants 1 to 10,000 serials', () => {
    expect(paths(commissionBodySchema, { ...good, serials: [] })).toEqual(['serials']);
    expect(paths(commissionBodySchema, { ...good, serials: Array.from({ length: 10_001 }, (_, i) => `S${i}`) })).toEqual(['serials']);
    expect(paths(commissionBodySchema, { ...good, serials: Array.from({ length: 10_000 }, (_, i) => `S${i}`) })).toEqual([]);
    expect(paths(commissionBodySchema, { ...good, serials: 'S1' })).toEqual(['serials']);
  });

  it('a batch is 1-20 CSET 82 characters (GS1 AI 10)', () => {
    expect(paths(commissionBodySchema, { ...good, batch: '' })).toEqual(['batch']);
    expect(paths(commissionBodySchema, { ...good, batch: 'B'.repeat(21) })).toEqual(['batch']);
    expect(paths(commissionBodySchema, { ...good, batch: 'LOT 1' })).toEqual(['batch']);
    expect(paths(commissionBodySchema, { ...good, batch: null })).toEqual([]);
  });
});

describe('request and release bodies', () => {
  it('count is a whole number from 1 to 10,000', () => {
    expect(paths(requestSerialsBodySchema, { product_code: 'SCN-100', count: 5 })).toEqual([]);
    for (const count of [0, -1, 1.5, 10_001, '5', null]) expect(paths(requestSerialsBodySchema, { product_code: 'SCN-100', count })).toEqual(['count']);
  });

  it('release names bad serials by index', () => {
    expect(paths(releaseBodySchema, { product_code: 'SCN-100', serials: ['A', 'B C'] })).toEqual(['serials.1']);
    expect(paths(releaseBodySchema, { serials: [] })).toEqual(['product_code', 'serials']);
  });
});
