import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../../electron/demo/seed';
import type { Database } from '../../../../electron/storage/database';
import { ConflictError } from '../../../../electron/storage/errors';
import { rekeySerials } from '../../../../electron/storage/rekey';
import { commissionSerials } from '../../../../electron/workflows/pools/commission';
import { memoryDb } from '../../storage/helpers';

// The commission's probe for serials that exist already goes through the indexed folded value
// under either case rule; these pin what each rule lets through.
let d: Database;
const GTIN = '04012345000016'; // SCN-100 in the demo catalog
const commission = (serials: string[]) =>
  commissionSerials(d.db, { productCode: GTIN, batch: 'B1', expiryDate: '301231', serials, actor: { station: 'T' }, via: 'test' }, { limit: 1000, serialLength: 10 });
const values = async () => (await d.db.selectFrom('serials').select('value').where('source', '=', 'external').execute()).map((r) => r.value).sort();

beforeEach(async () => {
  d = await memoryDb();
  await seedDemo(d.db);
});
afterEach(() => d.close());

describe('commissioning against existing serials, by the case rule', () => {
  it('case-sensitive (default): a value differing only in case is a new serial; the same value is a conflict', async () => {
    await commission(['CASE-A1', 'CASE-B2']);
    await commission(['case-a1']);
    expect(await values()).toEqual(['CASE-A1', 'CASE-B2', 'case-a1']);
    const err = (await commission(['NEW-9', 'CASE-B2']).catch((e: unknown) => e)) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.conflicts).toEqual(['CASE-B2']);
    expect(await values()).toEqual(['CASE-A1', 'CASE-B2', 'case-a1']);
  });

  it('case-insensitive: a value differing only in case is the existing serial and is refused', async () => {
    await commission(['CASE-A1']);
    await rekeySerials(d.db, { uniqueScope: 'product', caseSensitive: false });
    const err = (await commission(['NEW-9', 'case-a1']).catch((e: unknown) => e)) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.conflicts).toEqual(['case-a1']);
    expect(await values()).toEqual(['CASE-A1']);
  });
});
