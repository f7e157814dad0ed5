import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../electron/export/run-export';
import { seedReceiving } from '../../helpers/receiving-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedReceiving(t.station);
});
afterEach(() => t.dispose());

describe('arrivals export', () => {
  it('shows the bin each unit was received into, the quantity of its arrival and the receiving invoice number', async () => {
    const scan = (code: string, extra: Record<string, unknown> = {}) => request(t.station, 'receiving.scan', { po_number: 'PO-1', code, ...extra });
    await scan('SCN', { qty: 2, bin: 'A-01' });
    await scan('SN00000001');
    await scan('SN00000002');
    // The session moves on to another bin: units already received stay where they went.
    await scan('SCN', { bin: 'A-02' });
    await scan('SN00000003');
    await scan('CBL', { qty: 4 });
    await request(t.station, 'receiving.close', { po_number: 'PO-1' });
    const out = join(t.dataDir, 'out');
    mkdirSync(out);
    const file = join(out, 'arrivals.csv');
    await runExport(t.station.database.db, { kind: 'arrivals', format: 'csv', out: file, filter: {}, ctx: { bySerial: true, defaultWarehouseId: 1 } });
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Serial, r.Warehouse, r.Bin, r['Qty received'], r.Invoice])).toEqual([
      ['SN00000001', 'MAIN', 'A-01', '3', 'INV-1'],
      ['SN00000002', 'MAIN', 'A-01', '3', 'INV-1'],
      ['SN00000003', 'MAIN', 'A-02', '3', 'INV-1'],
    ]);
    const bins = await t.station.database.db.selectFrom('serials').innerJoin('bins', 'bins.id', 'serials.received_bin_id').select(['serials.value', 'bins.code']).orderBy('serials.value').execute();
    expect(bins.map((b) => b.code)).toEqual(['A-01', 'A-01', 'A-02']);
  });
});
