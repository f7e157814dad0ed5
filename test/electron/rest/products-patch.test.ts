import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/import/run-import';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { createUser } from '../../../electron/users/users';
import { runCli } from '../../helpers/cli';
import { seedReceiving } from '../../helpers/receiving-data';
import { tempApi, type TempApi } from '../../helpers/station';
import { csvFile, lines } from '../import/csv-files';
import { tempDir } from '../storage/helpers';

let api: TempApi;
const tmp = tempDir('scanbay-products-');
beforeAll(async () => {
  api = await tempApi();
  await seedReceiving(api.station);
  await createUser(api.station.database.db, { name: 'sam', role: 'supervisor', pin: '9999' });
});
afterAll(async () => {
  await api.dispose();
  tmp.cleanup();
});

const product = async (sku: string) => (await api.call('GET', `/products/${sku}`)).body.data;

describe('PATCH /products/{sku} and POST on an existing product', () => {
  it('PATCH changes only the given fields; null clears one; unknown fields and SKUs are refused', async () => {
    expect((await api.call('POST', '/products', { sku: 'FREE', name: 'Free', tracking: 'full', gtin: '5901234123457', serial_length: 8, weight_grams: 120, aliases: ['FR'] })).status).toBe(201);
    const r = await api.call('PATCH', '/products/FREE', { name: 'Free 2', unit_cost: 5 });
    expect(r).toMatchObject({ status: 200, body: { success: true, data: { sku: 'FREE', name: 'Free 2', unit_cost: 5, gtin: '05901234123457', serial_length: 8, weight_grams: 120, aliases: ['FR'], tracking: 'full' } } });
    expect((await api.call('PATCH', '/products/FREE', { weight_grams: null, aliases: null })).body.data).toMatchObject({ weight_grams: null, aliases: [], gtin: '05901234123457' });
    // A length rule given replaces the other kind of length rule.
    expect((await api.call('PATCH', '/products/FREE', { serial_min_length: 6, serial_max_length: 9 })).body.data).toMatchObject({ serial_length: null, serial_min_length: 6, serial_max_length: 9 });
    const typo = await api.call('PATCH', '/products/FREE', { gtn: null });
    expect(typo).toMatchObject({ status: 400, body: { error: { type: 'ValidationError' } } });
    expect((await api.call('PATCH', '/products/NOPE', { name: 'x' })).body.error.type).toBe('NotFoundError');
    // Nothing holds FREE: its tracking may change.
    expect((await api.call('PATCH', '/products/FREE', { tracking: 'ship' })).body.data.tracking).toBe('ship');
  });

  it('POST on an existing product keeps the fields it leaves out (GTIN, serial length, weight)', async () => {
    await api.call('PATCH', '/products/SCL', { weight_grams: 900 });
    const r = await api.call('POST', '/products', { sku: 'SCL', name: 'Scale v2', tracking: 'full' });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ name: 'Scale v2', gtin: '04006381333931', serial_min_length: 8, serial_max_length: 12, serial_pattern: '[A-Z0-9]+', weight_grams: 900 });
  });

  it('tracking, serial rules and GTIN are locked while stock or open documents hold the product: 409 naming them', async () => {
    await api.call('POST', '/purchase-orders/PO-1/scans', { code: 'SN00000001', sku: 'SCN' });
    const refused = await api.call('PATCH', '/products/SCN', { tracking: 'ship', serial_length: null });
    expect(refused.status).toBe(409);
    expect(refused.body.error.type).toBe('ConflictError');
    expect(refused.body.error.message).toMatch(/^product SCN: tracking, serial_length cannot change while it is held by 1 serial in stock, open purchase orders PO-1, PO-2, PO-3$/);
    const viaPost = await api.call('POST', '/products', { sku: 'SCN', name: 'Scanner', tracking: 'ship' });
    expect(viaPost).toMatchObject({ status: 409, body: { error: { type: 'ConflictError' } } });
    expect((await api.call('PATCH', '/products/SCN', { gtin: '9780201379624' })).status).toBe(409);
    expect(await product('SCN')).toMatchObject({ tracking: 'full', serial_length: 10, gtin: '09501101530003' });
    // Other fields still change.
    expect((await api.call('PATCH', '/products/SCN', { name: 'Scanner XL' })).body.data.name).toBe('Scanner XL');
    // A CSV import is refused the same way, row by row.
    const csv = csvFile(tmp.dir, 'p.csv', lines('sku,name,tracking', 'SCN,Scanner,ship'));
    const imported = await runImport(api.station.database.db, { kind: 'products', path: csv });
    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.errors[0]).toMatchObject({ row: 2, message: expect.stringContaining('held by 1 serial in stock') });
  });

  it('a supervisor PIN forces the change (audited); a wrong PIN is refused', async () => {
    const wrong = await api.call('PATCH', '/products/SCN', { serial_length: 12, force: { pin: '0000', reason: 'new labels' } });
    expect(wrong).toMatchObject({ status: 403, body: { error: { type: 'AuthError' } } });
    const forced = await api.call('PATCH', '/products/SCN', { serial_length: 12, force: { pin: '9999', reason: 'new labels' } });
    expect(forced).toMatchObject({ status: 200, body: { data: { serial_length: 12 } } });
    const [audit] = await listAudit(api.station.database.db, { action: 'product.locked_change' });
    expect(audit).toMatchObject({ user: 'sam', subject: 'SCN', reason: 'new labels', details: { via: 'api:test approved by sam', changes: [{ field: 'serial_length', from: 10, to: 12 }], held_by: expect.arrayContaining(['1 serial in stock']) } });
  });

  it('the CLI changes given fields, and forces a locked change only with --force (audited)', () => {
    const cli = (...args: string[]) => runCli([...args, '--data-dir', api.dataDir]);
    const refused = cli('products', 'update', 'SCN', '{"tracking":"ship"}');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^scanbay: product SCN: tracking cannot change while it is held by 1 serial in stock/);
    const forced = cli('products', 'update', 'SCN', '{"tracking":"ship"}', '--force', '--reason', 'sold as ship-tracked now');
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ sku: 'SCN', tracking: 'ship', serial_length: 12 });
    expect(cli('products', 'update', 'SCN', '{"trackin":"x"}').stderr).toMatch(/^scanbay: invalid document/);
  });
});
