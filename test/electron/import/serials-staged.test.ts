import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importSerials, COMMIT_CHUNK } from '../../../electron/import/importers/serials';
import { readCsvBatches } from '../../../electron/import/csv-rows';
import { serialColumns } from '../../../electron/import/importers/serials';
import type { RowErrors } from '../../../electron/import/errors';
import { insertSerial } from '../../../electron/storage/repos/serials';
import { CLI, waitExit } from '../../helpers/cli';
import { seedReceiving } from '../../helpers/receiving-data';
import { refusal, request, tempStation, type TempStation } from '../../helpers/station';
import { csvFile } from './csv-files';
import { gatedSerialSource } from '../../helpers/gated-import';

/**
 * The opening-stock import stages its rows in chunks: scans go on while it runs, no one sees a
 * staged row, and one short step commits the whole import (a row taken meanwhile rolls it back;
 * so does a kill -9, at the next start).
 */
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedReceiving(t.station);
});
afterEach(() => t.dispose());

const db = () => t.station.database.db;
const bigFile = (n: number, prefix: string) => {
  const rows = ['sku,serial,warehouse,bin'];
  for (let i = 0; i < n; i++) rows.push(`NOLEN,${prefix}${String(i).padStart(7, '0')},MAIN,A-0${(i % 2) + 1}`);
  return csvFile(t.dataDir, `${prefix}.csv`, `${rows.join('\n')}\n`);
};
const journal = () => db().selectFrom('imports').selectAll().orderBy('id', 'desc').executeTakeFirst();
const startImport = (file: string) => spawn(process.execPath, [CLI, 'import', 'serials', file, '--data-dir', t.dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
async function until<T>(probe: () => Promise<T | undefined | false>, what: string, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('serial import in chunks', () => {
  it('a receiving scan made while an import commits is answered before the import ends', async () => {
    const child = startImport(bigFile(120_000, 'BIG'));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The import is writing (its journal shows chunks committed) …
    await until(async () => { const j = await journal(); return j !== undefined && j.committed > 0 && j.state === 'committing'; }, 'the import to start committing');
    // … and a scan at the dock goes through in between its chunks.
    expect(await request(t.station, 'receiving.scan', { po_number: 'PO-1', code: 'CBL', qty: 1 })).toMatchObject({ verdict: 'accepted' });
    const during = await journal();
    expect(during).toMatchObject({ state: 'committing' });
    expect(during!.committed).toBeLessThan(120_000);
    expect(await waitExit(child)).toBe(0);
    expect(stderr).not.toMatch(/error/i);
    expect(await journal()).toMatchObject({ state: 'done', committed: 120_000, rows: 120_000 });
    const n = await db().selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('value', 'like', 'BIG%').where('status', '=', 'in_stock').executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(120_000);
  }, 300_000);

  it('an import killed half way is rolled back when the station next opens; the same file then imports whole', async () => {
    const file = bigFile(60_000, 'KIL');
    const child = startImport(file);
    await until(async () => { const j = await journal(); return j !== undefined && j.committed >= COMMIT_CHUNK; }, 'a chunk to be committed');
    child.kill('SIGKILL');
    await waitExit(child);
    const stock = () => db().selectFrom('stock').innerJoin('products', 'products.id', 'stock.product_id').select((eb) => eb.fn.sum<number>('stock.qty').as('n')).where('products.sku', '=', 'NOLEN').executeTakeFirst();
    // Half an import is in the tables, and seen by no one: not in stock, not in a report.
    const staged = await db().selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('value', 'like', 'KIL%').executeTakeFirstOrThrow();
    expect(Number(staged.n)).toBeGreaterThanOrEqual(COMMIT_CHUNK);
    expect(Number((await stock())?.n ?? 0)).toBe(0);
    expect(await request(t.station, 'reports.serials', { filter: { serial: 'KIL' }, offset: 0, limit: 5 })).toMatchObject({ total: 0, rows: [] });

    await t.reopen();
    expect(await journal()).toMatchObject({ state: 'rolled_back' });
    expect(Number((await stock())?.n ?? 0)).toBe(0);
    const live = await db().selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('value', 'like', 'KIL%').where('status', '!=', 'deleted').executeTakeFirstOrThrow();
    expect(Number(live.n)).toBe(0);
    const [event] = await db().selectFrom('serial_events').select('details').where('details', 'like', '%import_rolled_back%').limit(1).execute();
    expect(JSON.parse(event!.details!)).toMatchObject({ action: 'import_rolled_back', reason: expect.stringContaining('stopped') });

    const again = spawn(process.execPath, [CLI, 'import', 'serials', file, '--data-dir', t.dataDir], { stdio: 'ignore' });
    expect(await waitExit(again)).toBe(0);
    expect(Number((await stock())?.n ?? 0)).toBe(60_000);
  }, 300_000);

  it('a serial taken by a scan between the check and the commit rolls the whole import back, naming the row', async () => {
    const file = bigFile(COMMIT_CHUNK * 2 + 10, 'RAC');
    let reads = 0;
    const source = {
      async *batches(errors: RowErrors) {
        // The second read is the commit: meanwhile a serial of the last chunk was received.
        if (++reads === 2) {
          const nolen = await db().selectFrom('products').select('id').where('sku', '=', 'NOLEN').executeTakeFirstOrThrow();
          await insertSerial(db(), { value: `RAC${String(COMMIT_CHUNK * 2 + 5).padStart(7, '0')}`, productId: nolen.id, status: 'in_stock', source: 'received' }, { type: 'received' });
        }
        yield* readCsvBatches(file, serialColumns, errors);
      },
    };
    const r = await importSerials(db(), source, { fileName: 'RAC.csv', defaultSerialLength: null, at: new Date(), dryRun: false, station: 'Dock' });
    expect(r.errors.list).toEqual([{ row: COMMIT_CHUNK * 2 + 7, column: 'serial', message: expect.stringContaining('was added to the station while the import ran') }]);
    expect(await journal()).toMatchObject({ state: 'rolled_back', committed: COMMIT_CHUNK * 2 });
    const live = await db().selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('value', 'like', 'RAC%').where('status', '=', 'in_stock').executeTakeFirstOrThrow();
    expect(Number(live.n)).toBe(1);
  }, 120_000);

  it('staged rows are seen by no one — history, stock, ledger, reports, a receiving scan — until the one commit step shows them all', async () => {
    const { source, atGate, release } = gatedSerialSource(bigFile(COMMIT_CHUNK * 2, 'GAT'), COMMIT_CHUNK);
    const running = importSerials(db(), source, { fileName: 'GAT.csv', defaultSerialLength: null, at: new Date(), dryRun: false, station: 'Dock' });
    await atGate;
    expect(await journal()).toMatchObject({ state: 'committing', committed: COMMIT_CHUNK });
    const inTables = await db().selectFrom('serials').select((eb) => eb.fn.countAll<number>().as('n')).where('value', 'like', 'GAT%').executeTakeFirstOrThrow();
    expect(Number(inTables.n)).toBe(COMMIT_CHUNK);

    const seen = async () => ({
      history: await refusal(t.station, 'serials.history', { serial: 'GAT0000000' }).then((e) => e.code, () => 'found'),
      stock: (await request<{ lines: { qty: number }[] }>(t.station, 'stock.list', { sku: 'NOLEN' })).lines.reduce((n, l) => n + l.qty, 0),
      ledger: (await request<{ total: number }>(t.station, 'stock.transactions', { sku: 'NOLEN', offset: 0, limit: 1 })).total,
      report: (await request<{ total: number }>(t.station, 'reports.serials', { filter: { sku: 'NOLEN' }, offset: 0, limit: 1 })).total,
    });
    expect(await seen()).toEqual({ history: 'not_found', stock: 0, ledger: 0, report: 0 });
    // A dock scanning a staged serial is told it is being imported (its key is the import's).
    expect(await request(t.station, 'receiving.scan', { po_number: 'PO-1', code: 'NOLEN' })).toMatchObject({ verdict: 'accepted' });
    const refused = await refusal(t.station, 'receiving.scan', { po_number: 'PO-1', code: 'GAT0000001' });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('GAT0000001 is being imported') });

    release();
    expect((await running).counts).toEqual({ rows: COMMIT_CHUNK * 2, serials: COMMIT_CHUNK * 2 });
    expect(await journal()).toMatchObject({ state: 'done', committed: COMMIT_CHUNK * 2 });
    expect(await seen()).toEqual({ history: 'found', stock: COMMIT_CHUNK * 2, ledger: COMMIT_CHUNK * 2, report: COMMIT_CHUNK * 2 });
  }, 120_000);
});
