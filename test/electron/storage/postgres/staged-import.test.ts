import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Station } from '../../../../electron/backend/station';
import { COMMIT_CHUNK, importSerials } from '../../../../electron/import/importers/serials';
import { gatedSerialSource } from '../../../helpers/gated-import';
import { postgresSkipReason } from '../../../helpers/postgres';
import { seedReceiving } from '../../../helpers/receiving-data';
import { refusal, request, stationsOnOneDatabase, type SharedStations } from '../../../helpers/station';

/**
 * One station imports opening stock while another shares its PostgreSQL database: the other sees
 * none of the staged chunks (they are committed rows of the shared tables), then all of it at once.
 */
const skip = postgresSkipReason();
if (skip) console.log(`skipped: a staged import seen from another station: ${skip}`);

describe.skipIf(skip !== null)('a serial import staged at one station, seen from another', () => {
  let shared: SharedStations;
  let a: Station;
  let b: Station;
  let dir: string;
  beforeEach(async () => {
    shared = await stationsOnOneDatabase(2, ['Office', 'Dock 2']);
    [a, b] = shared.stations as [Station, Station];
    await seedReceiving(a);
    dir = mkdtempSync(join(tmpdir(), 'scanbay-staged-'));
  });
  afterEach(async () => {
    await shared.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the other station sees nothing while chunks are staged, and the whole import once it commits', async () => {
    const rows = ['sku,serial,warehouse,bin'];
    for (let i = 0; i < COMMIT_CHUNK * 3; i++) rows.push(`NOLEN,PGS${String(i).padStart(7, '0')},MAIN,A-0${(i % 2) + 1}`);
    const file = join(dir, 'opening.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { source, atGate, release } = gatedSerialSource(file, COMMIT_CHUNK * 2);
    const running = importSerials(a.database.db, source, { fileName: 'opening.csv', defaultSerialLength: null, at: new Date(), dryRun: false, station: 'Office' });
    await atGate;
    const staged = await b.database.db.selectFrom('serials').select((eb) => eb.fn.countAll<string>().as('n')).where('value', 'like', 'PGS%').executeTakeFirstOrThrow();
    expect(Number(staged.n)).toBe(COMMIT_CHUNK * 2);

    const seen = async (s: Station) => ({
      history: await refusal(s, 'serials.history', { serial: 'PGS0000000' }).then((e) => e.code, () => 'found'),
      stock: (await request<{ lines: { qty: number }[] }>(s, 'stock.list', { sku: 'NOLEN' })).lines.reduce((n, l) => n + l.qty, 0),
      ledger: (await request<{ total: number }>(s, 'stock.transactions', { sku: 'NOLEN', offset: 0, limit: 1 })).total,
      report: (await request<{ total: number }>(s, 'reports.serials', { filter: { sku: 'NOLEN' }, offset: 0, limit: 1 })).total,
    });
    expect(await seen(b)).toEqual({ history: 'not_found', stock: 0, ledger: 0, report: 0 });
    expect(await request(b, 'receiving.scan', { po_number: 'PO-1', code: 'NOLEN' })).toMatchObject({ verdict: 'accepted' });
    expect(await refusal(b, 'receiving.scan', { po_number: 'PO-1', code: 'PGS0000005' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('being imported') });

    release();
    expect((await running).counts).toEqual({ rows: COMMIT_CHUNK * 3, serials: COMMIT_CHUNK * 3 });
    const all = COMMIT_CHUNK * 3;
    expect(await seen(b)).toEqual({ history: 'found', stock: all, ledger: all, report: all });
  }, 120_000);
});
