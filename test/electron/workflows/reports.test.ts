import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SerialHistory } from '../../../shared/workflows/lifecycle-history';
import type { ProfitReport, SerialReportRow, StockLine, StockSerialRow, TransactionRow } from '../../../shared/workflows/lifecycle-report';
import { seedLifecycle } from '../../helpers/returns-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const report = (filter: Record<string, unknown> = {}, offset = 0, limit = 100) => req<{ total: number; rows: SerialReportRow[] }>('reports.serials', { filter, offset, limit });
const today = new Date().toISOString().slice(0, 10);

describe('serial history', () => {
  it('tells a serial’s life: received on PO from vendor at cost → shipped on order at price → returned → restocked', async () => {
    const { state } = await req<{ state: { rma_number: string } }>('returns.create', { order_number: 'SO-1' });
    await req('returns.scan', { rma_number: state.rma_number, code: 'SN00000001', condition: 'used' });
    await req('returns.restock', { rma_number: state.rma_number, bin: 'A-02' });
    const { serials } = await req<{ serials: SerialHistory[] }>('serials.history', { serial: 'SN00000001' });
    expect(serials).toHaveLength(1);
    expect(serials[0]).toMatchObject({ sku: 'SCN', product_name: 'Scanner', serial: 'SN00000001', status: 'in_stock', warehouse: 'MAIN', bin: 'A-02', unit_cost: 100 });
    expect(serials[0]!.events.map((e) => [e.type, e.document, e.summary])).toEqual([
      ['received', 'PO-1', 'Received on PO-1 from ACME at 100.00'],
      ['shipped', 'SO-1', 'Shipped on order SO-1 at 150.00'],
      ['returned', state.rma_number, `Returned on ${state.rma_number} (order SO-1), condition used`],
      ['moved', state.rma_number, `Put back in stock at MAIN/A-02 on ${state.rma_number}`],
    ]);
    expect(serials[0]!.events[0]).toMatchObject({ vendor: 'ACME', cost: 100, station: 'Dock' });
    expect(serials[0]!.events[1]).toMatchObject({ price: 150 });
  });

  it('answers one entry per product when two products carry the same value; unknown serials are not_found', async () => {
    const db = t.station.database.db;
    const { insertSerial } = await import('../../../electron/storage/repos/serials');
    const hds = await db.selectFrom('products').select('id').where('sku', '=', 'HDS').executeTakeFirstOrThrow();
    await insertSerial(db, { value: 'SN00000004', productId: hds.id, status: 'in_stock', source: 'external' }, { type: 'adjusted', details: { action: 'added', reason: 'test' } });
    const { serials } = await req<{ serials: SerialHistory[] }>('serials.history', { serial: 'SN00000004' });
    expect(serials.map((s) => s.sku).sort()).toEqual(['HDS', 'SCN']);
    const r = await t.station.dispatch('serials.history', { serial: 'NOPE' }, { origin: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Serial NOPE is not in the ledger.' } });
  });

  it('lists the ledger as transactions with serial numbers, newest first, filtered by SKU, serial and type', async () => {
    const all = await req<{ total: number; rows: TransactionRow[] }>('stock.transactions', { offset: 0, limit: 3 });
    expect(all.total).toBe(8);
    expect(all.rows.map((r) => [r.type, r.serial])).toEqual([['shipped', 'SN00000003'], ['shipped', 'SN00000002'], ['shipped', 'SN00000001']]);
    const one = await req<{ total: number; rows: TransactionRow[] }>('stock.transactions', { serial: 'SN00000002', offset: 0, limit: 10 });
    expect(one.rows.map((r) => r.summary)).toEqual(['Shipped on order SO-1 at 150.00', 'Received on PO-1 at 100.00']);
    expect((await req<{ total: number }>('stock.transactions', { type: 'received', sku: 'SCN', offset: 0, limit: 1 })).total).toBe(5);
    expect((await req<{ total: number }>('stock.transactions', { from: '2000-01-01', to: '2000-12-31', offset: 0, limit: 1 })).total).toBe(0);
  });
});

describe('stock with serials', () => {
  it('lists stock per product/warehouse/bin with serial counts, and the serials of one stock line', async () => {
    const { lines } = await req<{ lines: StockLine[] }>('stock.list', {});
    expect(lines.map((l) => [l.sku, l.warehouse, l.bin, l.qty, l.serial_count])).toEqual([
      ['CBL', 'MAIN', 'A-01', 7, 0],
      ['SCN', 'MAIN', 'A-01', 2, 2],
    ]);
    const page = await req<{ total: number; rows: StockSerialRow[] }>('stock.serials', { sku: 'SCN', warehouse: 'MAIN', bin: 'A-01', offset: 0, limit: 10 });
    expect(page).toMatchObject({ total: 2, rows: [{ serial: 'SN00000004', po: 'PO-1', unit_cost: 100 }, { serial: 'SN00000005' }] });
    expect((await req<{ lines: StockLine[] }>('stock.list', { warehouse: 'EAST' })).lines).toEqual([]);
  });
});

describe('product serial report and profit by serial', () => {
  it('shows each serial with its PO, vendor, purchase price, sale, warehouses and margin', async () => {
    const r = await report({ serial: 'sn0000000' });
    expect(r.total).toBe(5);
    expect(r.rows[0]).toEqual({
      sku: 'SCN',
      product: 'Scanner',
      serial: 'SN00000001',
      po: 'PO-1',
      date_ordered: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      vendor: 'ACME',
      purchase_price: 100,
      sale_order: 'SO-1',
      sale_date: expect.stringMatching(/^\d{4}-/),
      sale_price: 150,
      received_warehouse: 'MAIN',
      ship_from_warehouse: 'MAIN',
      status: 'shipped',
      rma: null,
      cost: 100,
      margin: 50,
    });
    expect(r.rows[3]).toMatchObject({ serial: 'SN00000004', sale_order: null, ship_from_warehouse: null, margin: null, status: 'in_stock' });
  });

  it('searches by SKU, PO, order, vendor, status and date range, and pages', async () => {
    expect((await report({ order: 'SO-1' })).rows.map((r) => r.serial)).toEqual(['SN00000001', 'SN00000002']);
    expect((await report({ po: 'PO-1', status: 'in_stock' })).total).toBe(2);
    expect((await report({ vendor: 'NOBODY' })).total).toBe(0);
    expect((await report({ sku: 'SCN', from: today, to: today })).total).toBe(5);
    expect((await report({ from: '2001-01-01', to: '2001-01-02' })).total).toBe(0);
    expect((await report({}, 3, 1)).rows.map((r) => r.serial)).toEqual(['SN00000004']);
  });

  it('profit by serial: a sold unit costs its PO price; off (or no receipt): the average cost', async () => {
    const byOrder = await req<ProfitReport>('reports.profit', { by: 'order' });
    expect(byOrder.rows.map((r) => [r.key, r.units, r.serial_costed, r.revenue, r.cost, r.margin])).toEqual([
      ['SO-1', 5, 2, 330, 206, 124],
      ['SO-2', 1, 1, 160, 100, 60],
    ]);
    expect(byOrder.totals).toMatchObject({ units: 6, revenue: 490, cost: 306, margin: 184 });
    await t.station.options.set({ 'reports.profitBySerial': false });
    const byProduct = await req<ProfitReport>('reports.profit', { by: 'product' });
    expect(byProduct).toMatchObject({ by_serial: false });
    expect(byProduct.rows.map((r) => [r.key, r.units, r.serial_costed, r.cost, r.margin])).toEqual([
      ['CBL', 3, 0, 6, 24],
      ['SCN', 3, 0, 270, 190],
    ]);
    expect((await report({ serial: 'SN00000001' })).rows[0]).toMatchObject({ cost: 90, margin: 60 });
  });

  it('returns come off the P&L: credit memos reduce revenue, restocked units give their cost back, quarantined ones stay a loss', async () => {
    const rma1 = (await req<{ state: { rma_number: string } }>('returns.create', { order_number: 'SO-1' })).state.rma_number;
    await req('returns.scan', { rma_number: rma1, code: 'SN00000001', condition: 'used' });
    await req('returns.restock', { rma_number: rma1, bin: 'A-02' });
    const rma2 = (await req<{ state: { rma_number: string } }>('returns.create', { order_number: 'SO-2' })).state.rma_number;
    await req('returns.scan', { rma_number: rma2, code: 'SN00000003', condition: 'damaged' });
    await req('returns.restock', { rma_number: rma2, disposition: 'quarantine' });
    const memo = await req<{ total: number }>('returns.creditMemo', { rma_number: rma1 });

    const byOrder = await req<ProfitReport>('reports.profit', { by: 'order' });
    expect(byOrder.rows.map((r) => [r.key, r.revenue, r.cost, r.returned_units, r.credits, r.returned_cost, r.margin])).toEqual([
      // SO-1: 330 − 150 credited − (206 − 100 for the restocked SN00000001 at its PO price)
      ['SO-1', 330, 206, 1, memo.total, 100, 330 - memo.total - (206 - 100)],
      // SO-2: the damaged unit is credited and quarantined: its cost stays
      ['SO-2', 160, 100, 1, 160, 0, 160 - 160 - 100],
    ]);
    expect(byOrder.totals).toMatchObject({ returned_units: 2, credits: memo.total + 160, returned_cost: 100 });
    expect(byOrder.rows[1]!.margin_pct).toBeNull();
    const scn = (await req<ProfitReport>('reports.profit', { by: 'product', sku: 'SCN' })).rows;
    expect(scn).toMatchObject([{ key: 'SCN', units: 3, returned_units: 2, returned_cost: 100 }]);
    // Returns outside the period are not counted; neither are the sales.
    expect((await req<ProfitReport>('reports.profit', { by: 'order', from: '2001-01-01', to: '2001-01-31' })).rows).toEqual([]);
  });
});
