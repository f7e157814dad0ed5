import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/import/run-import';
import { csvFile, lines } from '../import/csv-files';
import { tempDir } from '../storage/helpers';
import { refusal, tempApi, type TempApi } from '../../helpers/station';

/** Identifier hygiene end to end: REST, the station API (the UI's forms), CSV imports. */
let api: TempApi;
const tmp = tempDir('scanbay-identifiers-');
beforeAll(async () => {
  api = await tempApi();
  expect((await api.call('POST', '/products', { sku: 'CAM', name: 'Camera', tracking: 'full' })).status).toBe(201);
});
afterAll(async () => {
  await api.dispose();
  tmp.cleanup();
});

describe('identifiers over REST', () => {
  it('a lone surrogate, a control, a bidi override or a zero-width character is a 400 naming the field; nothing is created', async () => {
    const po = await api.call('POST', '/purchase-orders', { po_number: 'PO-\ud800X', vendor: 'V', lines: [{ sku: 'CAM', qty: 1 }] });
    expect(po.status).toBe(400);
    expect(po.body.error).toMatchObject({ type: 'ValidationError', details: [{ path: 'po_number', message: expect.stringMatching(/lone surrogate/) }] });
    const product = await api.call('POST', '/products', { sku: 'SKU-\u202eKCOL', name: 'x', tracking: 'none' });
    expect(product.body.error.details).toEqual([{ path: 'sku', message: 'must not contain bidirectional control characters' }]);
    const name = await api.call('PATCH', '/options', { 'general.stationName': 'Dock\u0000 1' });
    expect(name.status).toBe(400);
    expect(name.body.error).toMatchObject({ type: 'ValidationError', details: [{ path: 'general.stationName', message: 'must not contain control characters' }] });
    const order = await api.call('POST', '/orders', { order_number: 'SO\u200b1', lines: [{ sku: 'CAM', qty: 1 }] });
    expect(order.body.error.details).toEqual([{ path: 'order_number', message: 'must not contain zero-width characters' }]);
    expect((await api.call('GET', '/products/SKU-%E2%80%AEKCOL')).status).toBe(400);
  });

  it('identifiers are stored in NFC, and found by either form', async () => {
    const created = await api.call('POST', '/purchase-orders', { po_number: 'PO-CAFE\u0301', vendor: 'V', lines: [{ sku: 'CAM', qty: 1 }] });
    expect(created.body.data.po_number).toBe('PO-CAF\u00c9');
    for (const form of ['PO-CAF\u00c9', 'PO-CAFE\u0301']) {
      expect((await api.call('GET', `/purchase-orders/${encodeURIComponent(form)}`)).body.data).toMatchObject({ po_number: 'PO-CAF\u00c9' });
    }
  });
});

describe('identifiers through the station API and CSV', () => {
  it('the UI: a user or station name with an invisible character is refused naming the field', async () => {
    const user = await refusal(api.station, 'users.add', { name: 'ana\u200b', role: 'operator', pin: '1234' });
    expect(user).toMatchObject({ code: 'validation', details: [{ path: 'name', message: 'must not contain zero-width characters' }] });
    const option = await refusal(api.station, 'options.set', { values: { 'general.stationName': 'Dock \u2066' } });
    expect(option).toMatchObject({ code: 'validation', details: [{ path: 'general.stationName' }] });
    const adjust = await refusal(api.station, 'stock.adjust', { action: 'add', code: 'X', warehouse: 'MAIN', bin: 'A\u0000', reason: 'r' });
    expect(adjust).toMatchObject({ code: 'validation', details: [{ path: 'bin', message: 'must not contain control characters' }] });
  });

  it('a CSV import reports the cell (row and column) and creates no warehouse or bin', async () => {
    const path = csvFile(tmp.dir, 'serials.csv', lines('sku,serial,warehouse,bin', 'CAM,SN1,MAIN,A-01', 'CAM,SN2,MA\u200bIN,', 'CAM,SN3,MAIN,B\u202e1', 'CAM,SN\u00004,MAIN,'));
    const r = await runImport(api.station.database.db, { kind: 'serials', path });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'warehouse'],
      [4, 'bin'],
      [5, 'serial'],
    ]);
    const bins = await api.station.database.db.selectFrom('bins').select('code').execute();
    expect(bins.map((b) => b.code)).not.toContain('B\u202e1');
    const warehouses = await api.station.database.db.selectFrom('warehouses').select('code').execute();
    expect(warehouses.map((w) => w.code)).not.toContain('MA\u200bIN');
  });
});
