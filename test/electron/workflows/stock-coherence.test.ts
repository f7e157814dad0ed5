import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/demo/seed';
import { upsertOrder } from '../../../electron/storage/writers/order-writer';
import { upsertPurchaseOrder } from '../../../electron/storage/writers/purchase-order-writer';
import type { Station } from '../../../electron/backend/station';
import { tempStation } from '../../helpers/station';

/**
 * Stock coherence as an invariant. Random sequences of receipts, shipments, overrides,
 * replacements, returns, transfers, adjustments and cycle counts run through the station API (the
 * same workflows as the screens); after every step, for products tracked by serial, on hand at
 * each location equals the serials in stock there, and no product's on hand is below zero
 * (`stock.allowNegative` is off). FUZZ_RUNS raises the number of sequences.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const PIN = { pin: '9999', reason: 'model test' };
const PLACES = [
  { warehouse: 'MAIN', bin: 'A-01' },
  { warehouse: 'MAIN', bin: 'A-02' },
  { warehouse: 'EAST', bin: 'E-01' },
  { warehouse: 'MAIN' },
] as const;

type Step =
  | { op: 'receive'; place: number; n: number }
  | { op: 'ship'; pick: number }
  | { op: 'override' }
  | { op: 'replacement' }
  | { op: 'shipUnits'; qty: number }
  | { op: 'return'; pick: number; place: number; quarantine: boolean }
  | { op: 'transfer'; pick: number; place: number }
  | { op: 'adjustAdd'; place: number }
  | { op: 'adjustRemove'; pick: number }
  | { op: 'count'; place: number; keep: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('receive' as const), place: fc.nat(3), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('ship' as const), pick: fc.nat(20) }),
  fc.record({ op: fc.constant('override' as const) }),
  fc.record({ op: fc.constant('replacement' as const) }),
  fc.record({ op: fc.constant('shipUnits' as const), qty: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ op: fc.constant('return' as const), pick: fc.nat(20), place: fc.nat(3), quarantine: fc.boolean() }),
  fc.record({ op: fc.constant('transfer' as const), pick: fc.nat(20), place: fc.nat(3) }),
  fc.record({ op: fc.constant('adjustAdd' as const), place: fc.nat(3) }),
  fc.record({ op: fc.constant('adjustRemove' as const), pick: fc.nat(20) }),
  fc.record({ op: fc.constant('count' as const), place: fc.nat(3), keep: fc.nat(4) }),
);

/** A request that must be answered (its refusal fails the run with the reason). */
async function call<T = any>(station: Station, name: string, input: unknown): Promise<T> {
  const r = await station.dispatch(name, input, { origin: 'test' });
  if (!r.ok) throw new Error(`${name} ${JSON.stringify(input)}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** Serial-tracked products: on hand per location = serials in stock there; nobody below zero. */
async function checkCoherence(station: Station, after: string): Promise<void> {
  const db = station.database.db;
  const stock = await db
    .selectFrom('stock')
    .innerJoin('products', 'products.id', 'stock.product_id')
    .select(['products.sku', 'products.tracking', 'stock.product_id', 'stock.warehouse_id', 'stock.bin_key', 'stock.qty'])
    .execute();
  for (const s of stock) expect(s.qty, `${after}: ${s.sku} on hand at ${s.warehouse_id}/${s.bin_key}`).toBeGreaterThanOrEqual(0);
  const serials = await db
    .selectFrom('serials')
    .innerJoin('products', 'products.id', 'serials.product_id')
    .select(['serials.product_id', 'serials.warehouse_id', 'serials.bin_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('serials.status', '=', 'in_stock')
    .where('serials.warehouse_id', 'is not', null)
    .where('products.tracking', '=', 'full')
    .groupBy(['serials.product_id', 'serials.warehouse_id', 'serials.bin_id'])
    .execute();
  const key = (p: number, w: number | null, b: number | null) => `${p}/${w}/${b ?? 0}`;
  const onHand = new Map(stock.filter((s) => s.tracking === 'full').map((s) => [key(s.product_id, s.warehouse_id, s.bin_key), s.qty]));
  const counted = new Map(serials.map((s) => [key(s.product_id, s.warehouse_id, s.bin_id), Number(s.n)]));
  for (const k of new Set([...onHand.keys(), ...counted.keys()])) {
    expect(onHand.get(k) ?? 0, `${after}: on hand vs serials in stock at ${k}`).toBe(counted.get(k) ?? 0);
  }
}

/** One model run: its own station with the demo data, the steps, the invariant after each; returns the ledger's event types. */
async function runModel(steps: Step[]): Promise<string[]> {
  const t = await tempStation();
  const station = t.station;
  const db = station.database.db;
  let n = 0;
  const next = (prefix: string) => `${prefix}${String(++n).padStart(10 - prefix.length, '0')}`;
  const inStock = async () =>
    db.selectFrom('serials').innerJoin('products', 'products.id', 'serials.product_id').innerJoin('warehouses', 'warehouses.id', 'serials.warehouse_id').leftJoin('bins', 'bins.id', 'serials.bin_id')
      .select(['serials.value', 'warehouses.code as warehouse', 'bins.code as bin']).where('products.sku', '=', 'SCN-100').where('serials.status', '=', 'in_stock').orderBy('serials.id').execute();
  const shippedScanners = async () =>
    db.selectFrom('serials').innerJoin('products', 'products.id', 'serials.product_id').select('serials.value').where('products.sku', '=', 'SCN-100').where('serials.status', '=', 'shipped').orderBy('serials.id').execute();
  const shipOne = async (sku: string, scans: (order: string) => Promise<void>) => {
    const order = next('SO');
    await upsertOrder(db, { order_number: order, warehouse: 'MAIN', lines: [{ sku, qty: 1 }] });
    await call(station, 'shipping.open', { order_number: order });
    await scans(order);
    await call(station, 'shipping.ship', { order_number: order, weight: { value: 500, unit: 'g' } });
  };
  try {
    await seedDemo(db);
    await station.options.set({ 'shipping.allowMultipleQty': true, 'counts.supervisorAbove': 1_000_000 });
    await checkCoherence(station, 'the demo data');
    for (const [i, s] of steps.entries()) {
      const where = PLACES[s.op === 'receive' || s.op === 'return' || s.op === 'transfer' || s.op === 'adjustAdd' || s.op === 'count' ? s.place : 0]!;
      const stocked = await inStock();
      const picked = 'pick' in s && stocked.length > 0 ? stocked[s.pick % stocked.length]! : null;
      switch (s.op) {
        case 'receive': {
          const po = next('PO');
          await upsertPurchaseOrder(db, { po_number: po, vendor: 'ACME', warehouse: where.warehouse, lines: [{ sku: 'SCN-100', qty: s.n }, { sku: 'CBL-USB', qty: 2 }] });
          const bin = 'bin' in where ? { bin: where.bin } : {};
          await call(station, 'receiving.scan', { po_number: po, code: 'SCN-100', qty: s.n, ...bin });
          for (let k = 0; k < s.n; k++) await call(station, 'receiving.scan', { po_number: po, code: next('RC') });
          await call(station, 'receiving.scan', { po_number: po, code: 'CBL-USB', qty: 2 });
          await call(station, 'receiving.close', { po_number: po });
          break;
        }
        case 'ship':
          if (!picked) break;
          await shipOne('SCN-100', async (order) => {
            await call(station, 'shipping.scan', { order_number: order, code: 'SCN-100' });
            await call(station, 'shipping.scan', { order_number: order, code: picked.value });
          });
          break;
        case 'override':
          // A serial never received, taken with a supervisor's approval.
          await shipOne('SCN-100', async (order) => {
            await call(station, 'shipping.scan', { order_number: order, code: 'SCN-100' });
            const value = next('OV');
            expect((await call(station, 'shipping.scan', { order_number: order, code: value })).reason).toBe('not_in_stock');
            expect((await call(station, 'shipping.scan', { order_number: order, code: value, override: PIN })).verdict).toBe('accepted');
          });
          break;
        case 'replacement':
          // HDS-310 may replace HDS-300; the station has none of either on hand.
          await shipOne('HDS-300', async (order) => {
            expect((await call(station, 'shipping.scan', { order_number: order, code: 'HDS-310', override: PIN })).verdict).toBe('accepted');
            expect((await call(station, 'shipping.scan', { order_number: order, code: next('HS') })).verdict).toBe('accepted');
          });
          break;
        case 'shipUnits': {
          const order = next('SO');
          await upsertOrder(db, { order_number: order, warehouse: 'MAIN', lines: [{ sku: 'LBL-4X6', qty: s.qty }] });
          await call(station, 'shipping.open', { order_number: order });
          await call(station, 'shipping.scan', { order_number: order, code: 'LBL-4X6', qty: s.qty });
          await call(station, 'shipping.ship', { order_number: order, weight: { value: 500, unit: 'g' } });
          break;
        }
        case 'return': {
          const shipped = await shippedScanners();
          if (shipped.length === 0) break;
          const value = shipped[s.pick % shipped.length]!.value;
          const { order_number: orderNumber } = await db
            .selectFrom('packing_scans').innerJoin('orders', 'orders.id', 'packing_scans.order_id').innerJoin('serials', 'serials.id', 'packing_scans.serial_id')
            .select('orders.order_number').where('serials.value', '=', value).orderBy('packing_scans.id', 'desc').executeTakeFirstOrThrow();
          const created = await call(station, 'returns.create', { order_number: orderNumber });
          const rma = created.state.rma_number;
          expect((await call(station, 'returns.scan', { rma_number: rma, code: value })).verdict).toBe('accepted');
          await call(station, 'returns.restock', { rma_number: rma, warehouse: where.warehouse, ...('bin' in where ? { bin: where.bin } : {}), ...(s.quarantine ? { disposition: 'quarantine' } : {}) });
          break;
        }
        case 'transfer': {
          if (!picked || picked.warehouse !== where.warehouse) break;
          const same = (picked.bin ?? undefined) === ('bin' in where ? where.bin : undefined);
          if (same) break;
          const created = await call(station, 'transfers.create', { kind: 'bin', from_warehouse: picked.warehouse, ...(picked.bin ? { from_bin: picked.bin } : {}), ...('bin' in where ? { to_bin: where.bin } : {}) });
          await call(station, 'transfers.scan', { transfer_number: created.transfer_number, code: picked.value });
          await call(station, 'transfers.finish', { transfer_number: created.transfer_number });
          break;
        }
        case 'adjustAdd':
          expect((await call(station, 'stock.adjust', { action: 'add', code: next('AD'), sku: 'SCN-100', warehouse: where.warehouse, ...('bin' in where ? { bin: where.bin } : {}), reason: 'found' })).verdict).toBe('accepted');
          break;
        case 'adjustRemove':
          if (!picked) break;
          await call(station, 'stock.adjust', { action: 'remove', code: picked.value, warehouse: picked.warehouse, ...(picked.bin ? { bin: picked.bin } : {}), reason: 'lost' });
          break;
        case 'count': {
          const place = { warehouse: where.warehouse, ...('bin' in where ? { bin: where.bin } : {}) };
          const here = stocked.filter((x) => x.warehouse === where.warehouse && (x.bin ?? undefined) === ('bin' in where ? where.bin : undefined));
          await call(station, 'counts.start', place);
          for (const x of here.slice(0, s.keep)) await call(station, 'counts.scan', { ...place, code: x.value });
          await call(station, 'counts.finish', place);
          break;
        }
      }
      await checkCoherence(station, `step ${i + 1} (${JSON.stringify(s)})`);
    }
    return (await db.selectFrom('serial_events').select('type').distinct().execute()).map((e) => e.type).sort();
  } finally {
    await t.dispose();
  }
}

describe('stock coherence (model test)', () => {
  it('after every step on hand per location equals the serials in stock there, and never goes below zero', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => void (await runModel(steps))),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);

  it('the two known paths: an override of a never-received serial, a replacement shipped from zero stock', async () => {
    await runModel([{ op: 'override' }, { op: 'replacement' }, { op: 'shipUnits', qty: 50 }]);
  }, 120_000);

  it('every kind of step does its work in the model (so the random runs exercise them all)', async () => {
    const types = await runModel([
      { op: 'receive', place: 0, n: 2 },
      { op: 'ship', pick: 0 },
      { op: 'return', pick: 0, place: 1, quarantine: false },
      { op: 'transfer', pick: 0, place: 1 },
      { op: 'adjustAdd', place: 2 },
      { op: 'adjustRemove', pick: 1 },
      { op: 'count', place: 0, keep: 1 },
      { op: 'override' },
      { op: 'replacement' },
      { op: 'return', pick: 0, place: 3, quarantine: true },
    ]);
    expect(types).toEqual(expect.arrayContaining(['received', 'shipped', 'returned', 'moved', 'adjusted', 'overridden']));
  }, 120_000);

  it('stock.allowNegative: off, units shipped beyond on hand are audited as found and on hand stops at zero; on, it goes below zero', async () => {
    const t = await tempStation();
    try {
      const db = t.station.database.db;
      await seedDemo(db);
      await t.station.options.set({ 'shipping.allowMultipleQty': true });
      const labels = async () => Number((await db.selectFrom('stock').innerJoin('products', 'products.id', 'stock.product_id').select((eb) => eb.fn.sum<number>('stock.qty').as('n')).where('products.sku', '=', 'LBL-4X6').executeTakeFirst())?.n ?? 0);
      const shipLabels = async (order: string, qty: number) => {
        await upsertOrder(db, { order_number: order, warehouse: 'MAIN', lines: [{ sku: 'LBL-4X6', qty }] });
        await call(t.station, 'shipping.open', { order_number: order });
        await call(t.station, 'shipping.scan', { order_number: order, code: 'LBL-4X6', qty });
        await call(t.station, 'shipping.ship', { order_number: order, weight: { value: 500, unit: 'g' } });
      };
      expect(await labels()).toBe(20);
      await shipLabels('SO-N1', 25);
      expect(await labels()).toBe(0);
      const audits = await db.selectFrom('audit_log').select(['subject', 'reason', 'details']).where('action', '=', 'stock.adjust').execute();
      expect(audits).toEqual([{ subject: 'LBL-4X6', reason: 'shipped on SO-N1 without being on hand: found at shipping', details: JSON.stringify({ location: 'MAIN', delta: 5, then_shipped: 5 }) }]);
      await t.station.options.set({ 'stock.allowNegative': true });
      await shipLabels('SO-N2', 3);
      expect(await labels()).toBe(-3);
    } finally {
      await t.dispose();
    }
  }, 120_000);
});
