import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../electron/import/errors';
import { IMPORT_KINDS, columnsOf, runImport } from '../../../electron/import/run-import';
import { openDatabase, type Database } from '../../../electron/storage/database';
import { upsertProduct } from '../../../electron/storage/writers/product-writer';
import { tempDir } from '../storage/helpers';

// Random CSV files (the right headers with hostile cells, or garbage headers) never make an import
// throw anything but a file error, every bad row names its row and column, and a failed import
// writes nothing. FUZZ_RUNS raises the count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const tmp = tempDir('scanbay-import-fuzz-');
let d: Database;
beforeAll(async () => {
  d = await openDatabase({ file: join(tmp.dir, 'fuzz.db') });
  await upsertProduct(d.db, { sku: 'P1', name: 'Product', tracking: 'full' });
});
afterAll(async () => {
  await d.close();
  tmp.cleanup();
});

const cell = fc.oneof(
  fc.constantFrom('', 'P1', '1', '-3', 'abc', 'yes', '0.5', 'A|B', 'P1:2|X:1', "'; DROP TABLE products;--", '<b>x</b>', '\u0000', '=1+1', 'x'.repeat(11_000), '2026-02-30', 'full', 'none'),
  fc.string({ maxLength: 12 }),
);
const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const counts = () =>
  d.sqlite!.prepare('select (select count(*) from products) p, (select count(*) from purchase_orders) po, (select count(*) from orders) o, (select count(*) from serials) s').get();

describe('fuzzing CSV import', () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: random rows are imported whole or refused with row errors, never half-written`, async () => {
      const cols = [...columnsOf(kind).required, ...columnsOf(kind).optional];
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(cell, { minLength: cols.length, maxLength: cols.length }), { minLength: 1, maxLength: 6 }), fc.boolean(), async (rows, bom) => {
          const file = join(tmp.dir, `${kind}.csv`);
          writeFileSync(file, `${bom ? '\ufeff' : ''}${cols.join(',')}\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
          const before = counts();
          const outcome = await runImport(d.db, { kind, path: file }).catch((err: unknown) => {
            // Only a file-level problem may throw, and it writes nothing.
            expect(err).toBeInstanceOf(ImportFileError);
            return null;
          });
          if (outcome === null || !outcome.ok) {
            for (const e of outcome?.errors ?? []) {
              expect(e.row).toBeGreaterThanOrEqual(1);
              expect(e.message.length).toBeGreaterThan(0);
            }
            if (outcome) expect(outcome.errors.length).toBeGreaterThan(0);
            expect(counts()).toEqual(before);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
