// A GS1 Digital Link scan works wherever a GS1 element string works: receiving, shipping and
// returns over the REST API (a real HTTP server), transfers, stock adjustments and cycle counts
// through the station API; and barcodes.enforceAssociations reaches every workflow through readScan.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdjustResult, CountScanResult, TransferScanResult, TransferState } from '../../../shared/workflows/lifecycle';
import { findSerials } from '../../../electron/storage/repos/serials';
import { seedReceiving } from '../../helpers/receiving-data';
import { seedLifecycle } from '../../helpers/returns-data';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempApi, tempStation, type TempApi, type TempStation } from '../../helpers/station';

const GS = '\x1d';

describe('receiving (REST) with Digital Link scans', () => {
  let api: TempApi;
  beforeAll(async () => {
    api = await tempApi();
    await seedReceiving(api.station);
  });
  afterAll(() => api.dispose());
  const scan = (body: unknown, po = 'PO-1') => api.call('POST', `/purchase-orders/${po}/scans`, body);

  it('receives product and serial from a Digital Link exactly as from the element string', async () => {
    const fromElements = (await scan({ code: `]d20109501101530003${GS}21SN00000001` })).body.data;
    const fromLink = (await scan({ code: 'https://id.gs1.org/01/09501101530003/21/SN00000002' })).body.data;
    expect(fromElements).toMatchObject({ verdict: 'accepted', message: 'Received SCN serial SN00000001.', line: { sku: 'SCN', received: 1 } });
    expect(fromLink).toMatchObject({ verdict: 'accepted', message: 'Received SCN serial SN00000002.', line: { sku: 'SCN', received: 2 } });
    // As a QR code reader with AIM identifiers sends it, on any domain, with a lot and expiry.
    const qr = await scan({ code: ']Q1https://brand.example/p/01/09501101530003/10/L7/21/SN00000003?17=271231' });
    expect(qr.body.data).toMatchObject({ verdict: 'accepted', message: 'Received SCN serial SN00000003.', line: { received: 3 } });
  });

  it('refuses an invalid Digital Link with the reason and the position', async () => {
    const r = (await scan({ code: 'https://id.gs1.org/01/09501101530004/21/SN00000004' })).body.data;
    expect(r).toMatchObject({ verdict: 'rejected', reason: 'bad_barcode' });
    expect(r.message).toContain('AI (01) GTIN: "09501101530004": check digit 4 is wrong (expected 3) (at position 36)');
  });

  it('barcodes.enforceAssociations: a scan missing a partner AI is read, or refused naming the AIs', async () => {
    const potency = `]C10109501101530003` + `21SN00000005${GS}7004123`; // (7004) needs (01) with (10)
    await api.station.options.set({ 'barcodes.enforceAssociations': true });
    const refused = (await scan({ code: potency }, 'PO-3')).body.data;
    expect(refused).toMatchObject({ verdict: 'rejected', reason: 'bad_barcode', message: expect.stringContaining('AI (7004) ACTIVE POTENCY needs (01)+(10)') });
    const serialOnly = (await scan({ code: ']C121SN00000006' }, 'PO-3')).body.data;
    expect(serialOnly).toMatchObject({ verdict: 'rejected', reason: 'bad_barcode', message: expect.stringContaining('AI (21) SERIAL needs one of (01), (03), (8006)') });
    await api.station.options.set({ 'barcodes.enforceAssociations': false });
    expect((await scan({ code: potency }, 'PO-3')).body.data).toMatchObject({ verdict: 'accepted', message: 'Received SCN serial SN00000005.' });
    // Read now; what the workflow makes of a serial without its product is its own rule.
    expect((await scan({ code: ']C121SN00000006' }, 'PO-3')).body.data.reason).not.toBe('bad_barcode');
  });
});

describe('shipping (REST) with Digital Link scans', () => {
  let api: TempApi;
  beforeAll(async () => {
    api = await tempApi();
    await seedShipping(api.station);
  });
  afterAll(() => api.dispose());
  const scan = (order: string, body: unknown) => api.call('POST', `/orders/${order}/scans`, body);

  it('packs item and serial from a Digital Link, with or without sku, as from the element string', async () => {
    expect((await scan('SO-3001', { code: '010401234500001621SCN1000003' })).body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN-100', serials: ['SCN1000003'] } });
    const link = await scan('SO-3001', { code: 'https://id.gs1.org/01/04012345000016/21/SCN1000004' });
    expect(link.body.data).toMatchObject({ verdict: 'accepted', line: { sku: 'SCN-100', serials: ['SCN1000003', 'SCN1000004'] } });
    const withSku = await scan('SO-3001', { code: ']d1https://id.gs1.org/01/04012345000016/21/SCN1000005', sku: 'SCN-100' });
    expect(withSku.body.data).toMatchObject({ verdict: 'accepted', line: { scanned: 3 } });
  });
});

describe('returns (REST) with Digital Link scans', () => {
  let api: TempApi;
  beforeAll(async () => {
    api = await tempApi();
    await seedLifecycle(api.station.database.db);
    await api.call('POST', '/returns', { order_number: 'SO-1', rma_number: 'RMA-DL' });
  });
  afterAll(() => api.dispose());

  it('takes the returned unit from a Digital Link', async () => {
    const r = await api.call('POST', '/returns/RMA-DL/scans', { code: 'https://id.gs1.org/01/09501101530003/21/SN00000001', condition: 'new' });
    expect(r.body.data).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('Returned SCN serial SN00000001'), line: { sku: 'SCN', serial: 'SN00000001' } });
  });
});

describe('transfers, adjustments and cycle counts with Digital Link scans', () => {
  let t: TempStation;
  beforeEach(async () => {
    t = await tempStation();
    await seedLifecycle(t.station.database.db);
  });
  afterEach(() => t.dispose());

  it('moves the serial a Digital Link names', async () => {
    const tr = await request<TransferState>(t.station, 'transfers.create', { kind: 'bin', from_warehouse: 'MAIN', from_bin: 'A-01', to_bin: 'A-02' });
    const r = await request<TransferScanResult>(t.station, 'transfers.scan', {
      transfer_number: tr.transfer_number,
      code: 'https://id.gs1.org/01/09501101530003/21/SN00000004',
    });
    expect(r).toMatchObject({ verdict: 'accepted', message: 'Moved SCN serial SN00000004 to MAIN/A-02.' });
    expect((await findSerials(t.station.database.db, 'SN00000004'))[0]).toMatchObject({ bin: 'A-02' });
  });

  it('adjusts and counts the serial a Digital Link names', async () => {
    const link = (serial: string) => `https://id.gs1.org/01/09501101530003/21/${serial}`;
    const adjust = await request<AdjustResult>(t.station, 'stock.adjust', { warehouse: 'MAIN', bin: 'A-01', reason: 'found on shelf', action: 'add', code: link('SNFOUND001') });
    expect(adjust).toMatchObject({ verdict: 'accepted', message: 'Added SCN serial SNFOUND001 to stock at MAIN/A-01.' });
    const place = { warehouse: 'MAIN', bin: 'A-01' };
    await request(t.station, 'counts.start', place);
    const counted = await request<CountScanResult>(t.station, 'counts.scan', { ...place, code: link('SN00000004') });
    expect(counted).toMatchObject({ verdict: 'accepted' });
    expect(await request<CountScanResult>(t.station, 'counts.scan', { ...place, code: ']d2010950110153000321SN00000004' })).toMatchObject({
      verdict: 'rejected',
      reason: 'already_counted',
    });
  });
});
