import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../electron/import/run-import';
import { openDatabase } from '../../electron/storage/database';
import { findOrCreateBin, findOrCreateWarehouse } from '../../electron/storage/repos/places';
import { getProductBySku } from '../../electron/storage/repos/products';
import { adjustStock } from '../../electron/storage/repos/stock';
import { importedRows, shellImportScript, topSerialId } from './import-baseline';
import { PRODUCTS, seedLedger } from './seed-ledger';
import { benchSerial, SERIAL_STREAMS } from './serials';

// The serial import benchmark compares ScanBay with the sqlite3 shell; this keeps the shell's
// script writing exactly what ScanBay's import writes (if the import changes, update the script).
describe('the serial import baseline', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same bins, serials, ledger events and stock as ScanBay', async () => {
    dir = mkdtempSync(join(tmpdir(), 'scanbay-import-baseline-'));
    const seeded = join(dir, 'seeded.db');
    const d = await openDatabase({ file: seeded });
    await seedLedger(d.db, 500);
    // A bin that exists before the import, and one product's stock already on hand.
    const main = await findOrCreateWarehouse(d.db, 'MAIN');
    const bin = await findOrCreateBin(d.db, main.id, 'B-3');
    const p3 = (await getProductBySku(d.db, 'P3'))!;
    await adjustStock(d.db, { productId: p3.id, warehouseId: main.id, binId: bin.id, delta: 5 });
    await d.close();
    const top = topSerialId(seeded);
    const rows = ['sku,serial,warehouse,bin'];
    for (let i = 0; i < 300; i++) rows.push(`P${i % PRODUCTS},${benchSerial(SERIAL_STREAMS.importFile, i)},MAIN,B-${i % 7}`);
    const csv = join(dir, 'serials.csv');
    writeFileSync(csv, `${rows.join('\n')}\n`);

    const ours = join(dir, 'scanbay.db');
    const theirs = join(dir, 'shell.db');
    copyFileSync(seeded, ours);
    copyFileSync(seeded, theirs);
    const a = await openDatabase({ file: ours });
    const outcome = await runImport(a.db, { kind: 'serials', path: csv });
    await a.close();
    expect(outcome.ok).toBe(true);
    const script = `${shellImportScript(csv, 'serials.csv', new Date().toISOString()).join('\n')}\n`;
    const shell = spawnSync('sqlite3', ['-bail', theirs], { input: script, encoding: 'utf8' });
    expect(shell.stderr).toBe('');
    expect(shell.status).toBe(0);

    const written = importedRows(ours, top);
    expect(written.serials?.rows).toBe(300);
    expect(written.serial_events?.rows).toBe(300);
    expect(written.bins?.rows).toBe(7);
    expect(importedRows(theirs, top)).toEqual(written);
  });
});
