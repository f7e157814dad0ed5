import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/storage/database';
import { ConflictError } from '../../../../electron/storage/errors';
import { findOrCreateBin, getWarehouseByCode } from '../../../../electron/storage/repos/places';
import { getPurchaseOrder } from '../../../../electron/storage/repos/purchase-orders';
import {
  closeReceivingSession,
  findOpenReceivingSession,
  getReceivingSession,
  openReceivingSession,
  recordReceipt,
  removeReceivedSerial,
} from '../../../../electron/storage/repos/receiving';
import { findSerials, insertSerial, serialHistory } from '../../../../electron/storage/repos/serials';
import { stockByLocation } from '../../../../electron/storage/repos/stock';
import { createUser } from '../../../../electron/users/users';
import { count, memoryDb, product, purchaseOrder, rows } from '../helpers';

let d: Database;
beforeEach(async () => {
  d = await memoryDb();
  await product(d.db, { sku: 'CAM', tracking: 'full' });
  await product(d.db, { sku: 'CABLE', tracking: 'none' });
  await purchaseOrder(d.db, {
    po_number: 'PO-1',
    warehouse: 'MAIN',
    lines: [
      { sku: 'CAM', qty: 3, unit_cost: 120 },
      { sku: 'CABLE', qty: 10 },
    ],
  });
});
afterEach(() => d.close());

async function setup() {
  const po = (await getPurchaseOrder(d.db, 'PO-1'))!;
  const main = (await getWarehouseByCode(d.db, 'MAIN'))!;
  const bin = await findOrCreateBin(d.db, main.id, 'A-01');
  const user = await createUser(d.db, { name: 'ana', role: 'operator', pin: '1234' });
  const session = await openReceivingSession(d.db, { poId: po.id, station: 'Dock 1', userId: user.id, binId: bin.id });
  return { po, cam: po.lines[0]!, cable: po.lines[1]!, bin, session, user };
}

describe('receiving sessions', () => {
  it('one receipt updates session, PO line, stock, serials and ledger together', async () => {
    const { po, cam, cable, session } = await setup();
    const { serialIds } = await recordReceipt(d.db, {
      sessionId: session.id,
      poLineId: cam.id,
      qty: 2,
      serials: [{ value: 'SN1' }, { value: 'SN2', lot: 'L7', expiry: '2027-01-31' }],
    });
    await recordReceipt(d.db, { sessionId: session.id, poLineId: cable.id, qty: 4 });
    expect(serialIds).toHaveLength(2);
    const view = (await getPurchaseOrder(d.db, 'PO-1'))!;
    expect(view.status).toBe('partial');
    expect(view.lines.map((l) => [l.sku, l.received_qty, l.serials])).toEqual([
      ['CAM', 2, ['SN1', 'SN2']],
      ['CABLE', 4, []],
    ]);
    expect((await getReceivingSession(d.db, session.id))!).toMatchObject({
      received_by: 'ana',
      bin: 'A-01',
      status: 'open',
      lines: [
        { po_line_id: cam.id, qty: 2 },
        { po_line_id: cable.id, qty: 4 },
      ],
    });
    const [sn2] = await findSerials(d.db, 'SN2');
    expect(sn2).toMatchObject({ status: 'in_stock', warehouse: 'MAIN', bin: 'A-01', lot: 'L7', expiry: '2027-01-31', unit_cost: 120 });
    const history = await serialHistory(d.db, sn2!.id);
    expect(history.map((e) => [e.type, e.document_number, e.user, e.station])).toEqual([['received', 'PO-1', 'ana', 'Dock 1']]);
    expect((await stockByLocation(d.db)).map((s) => [s.sku, s.warehouse, s.bin, s.qty, s.serial_count])).toEqual([
      ['CABLE', 'MAIN', 'A-01', 4, 0],
      ['CAM', 'MAIN', 'A-01', 2, 2],
    ]);
    expect(po.status).toBe('open');
  });

  it('a receipt with a duplicate serial is refused whole: no count, no serial, no event', async () => {
    const { cam, session } = await setup();
    await recordReceipt(d.db, { sessionId: session.id, poLineId: cam.id, qty: 1, serials: [{ value: 'SN1' }] });
    const events = await count(d, 'serial_events');
    const err = await recordReceipt(d.db, {
      sessionId: session.id,
      poLineId: cam.id,
      qty: 2,
      serials: [{ value: 'SN9' }, { value: 'SN1' }],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((await getPurchaseOrder(d.db, 'PO-1'))!.lines[0]!.received_qty).toBe(1);
    expect(await findSerials(d.db, 'SN9')).toEqual([]);
    expect(await count(d, 'serial_events')).toBe(events);
  });

  it("takes a pool serial of the same product into stock instead of refusing it", async () => {
    const { cam, session } = await setup();
    const pooled = await insertSerial(
      d.db,
      { value: 'POOL1', productId: cam.product_id, status: 'assigned', source: 'generated' },
      { type: 'generated' },
    );
    const { serialIds } = await recordReceipt(d.db, { sessionId: session.id, poLineId: cam.id, qty: 1, serials: [{ value: 'POOL1' }] });
    expect(serialIds).toEqual([pooled]);
    expect((await serialHistory(d.db, pooled)).map((e) => e.type)).toEqual(['generated', 'received']);
    expect((await findSerials(d.db, 'POOL1'))[0]!.status).toBe('in_stock');
  });

  it('every receipt stamps the PO as changed, and its status changes only when the counts say so', async () => {
    const { cable, session } = await setup();
    const po = async () => (await rows(d, 'select status, updated_at from purchase_orders where po_number = ?', 'PO-1'))[0] as { status: string; updated_at: string };
    const stamps: string[] = [];
    for (const expected of ['partial', 'partial', 'partial']) {
      await new Promise((resolve) => setTimeout(resolve, 3));
      await recordReceipt(d.db, { sessionId: session.id, poLineId: cable.id, qty: 1 });
      const now = await po();
      expect(now.status).toBe(expected);
      stamps.push(now.updated_at);
    }
    expect(new Set(stamps).size).toBe(3);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('marks the PO received when every line is complete; a closed session takes no more receipts', async () => {
    const { cam, cable, session, po } = await setup();
    await recordReceipt(d.db, { sessionId: session.id, poLineId: cam.id, qty: 3 });
    await recordReceipt(d.db, { sessionId: session.id, poLineId: cable.id, qty: 10 });
    expect((await getPurchaseOrder(d.db, 'PO-1'))!.status).toBe('received');
    expect((await findOpenReceivingSession(d.db, po.id, 'Dock 1'))?.id).toBe(session.id);
    await closeReceivingSession(d.db, session.id);
    expect(await findOpenReceivingSession(d.db, po.id)).toBeUndefined();
    await expect(recordReceipt(d.db, { sessionId: session.id, poLineId: cam.id, qty: 1 })).rejects.toThrow(/closed/);
  });

  it('refuses a line of another PO and an unknown session, recording nothing', async () => {
    const { session } = await setup();
    await purchaseOrder(d.db, { po_number: 'PO-2', lines: [{ sku: 'CABLE', qty: 5 }] });
    const foreign = (await getPurchaseOrder(d.db, 'PO-2'))!.lines[0]!;
    await expect(recordReceipt(d.db, { sessionId: session.id, poLineId: foreign.id, qty: 1 })).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(recordReceipt(d.db, { sessionId: session.id + 999, poLineId: foreign.id, qty: 1 })).rejects.toMatchObject({ name: 'NotFoundError' });
    expect((await getPurchaseOrder(d.db, 'PO-2'))!.lines[0]!.received_qty).toBe(0);
    expect(await count(d, 'serial_events')).toBe(0);
  });

  it('a PO naming no warehouse receives into the first warehouse, or a new MAIN when there is none', async () => {
    const fresh = await memoryDb();
    try {
      await product(fresh.db, { sku: 'CAM', tracking: 'full' });
      await purchaseOrder(fresh.db, { po_number: 'PO-N', lines: [{ sku: 'CAM', qty: 5 }] });
      const po = (await getPurchaseOrder(fresh.db, 'PO-N'))!;
      const session = await openReceivingSession(fresh.db, { poId: po.id, station: 'Dock 1' });
      await recordReceipt(fresh.db, { sessionId: session.id, poLineId: po.lines[0]!.id, qty: 1, serials: [{ value: 'N1' }] });
      const main = (await getWarehouseByCode(fresh.db, 'MAIN'))!;
      expect(main).toBeDefined();
      await recordReceipt(fresh.db, { sessionId: session.id, poLineId: po.lines[0]!.id, qty: 1, serials: [{ value: 'N2' }] });
      const placed = (await rows(fresh, 'select value, warehouse_id from serials order by value')) as { value: string; warehouse_id: number }[];
      expect(placed).toEqual([
        { value: 'N1', warehouse_id: main.id },
        { value: 'N2', warehouse_id: main.id },
      ]);
      expect(await count(fresh, 'warehouses')).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('deleting a received serial is in the ledger, and resets the count only when asked', async () => {
    const { cam, session } = await setup();
    const { serialIds } = await recordReceipt(d.db, {
      sessionId: session.id,
      poLineId: cam.id,
      qty: 2,
      serials: [{ value: 'SN1' }, { value: 'SN2' }],
    });
    await removeReceivedSerial(d.db, { serialId: serialIds[0]!, reason: 'wrong label', resetCount: false, station: 'Dock 1' });
    let line = (await getPurchaseOrder(d.db, 'PO-1'))!.lines[0]!;
    expect([line.received_qty, line.serials]).toEqual([2, ['SN2']]);
    await removeReceivedSerial(d.db, { serialId: serialIds[1]!, reason: 'damaged', resetCount: true, station: 'Dock 1' });
    line = (await getPurchaseOrder(d.db, 'PO-1'))!.lines[0]!;
    expect([line.received_qty, line.serials]).toEqual([1, []]);
    expect((await serialHistory(d.db, serialIds[1]!)).at(-1)).toMatchObject({
      type: 'adjusted',
      details: { action: 'deleted', reason: 'damaged' },
    });
    expect((await getReceivingSession(d.db, session.id))!.lines).toEqual([{ po_line_id: cam.id, qty: 1 }]);
  });
});
