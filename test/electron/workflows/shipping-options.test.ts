import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRow, ShippingOpenResult, ShippingScanResult, ShippingState } from '../../../shared/workflows/shipping';
import { listAudit } from '../../../electron/storage/repos/audit-log';
import { getOrder } from '../../../electron/storage/repos/orders';
import { findSerials, serialHistory } from '../../../electron/storage/repos/serials';
import { openStation } from '../../../electron/backend/station';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);
const open = (order: string) => req<ShippingOpenResult>('shipping.open', { order_number: order });
const scan = (order: string, code: string, extra: Record<string, unknown> = {}) => req<ShippingScanResult>('shipping.scan', { order_number: order, code, ...extra });
const options = (values: Record<string, unknown>) => t.station.options.set(values);
const db = () => t.station.database.db;
const signIn = async (name: string) => {
  const u = await db().selectFrom('users').select(['id', 'name', 'role']).where('name', '=', name).executeTakeFirstOrThrow();
  t.station.session.signIn(u);
};

describe('shipping.requireSerialsMatchPo', () => {
  it('on: a serial never received is not in stock (an override may take it); off: it is captured at the bench', async () => {
    await open('SO-3001');
    await scan('SO-3001', 'SCN-100');
    const refused = await scan('SO-3001', 'SCN9000001');
    expect(refused).toMatchObject({ verdict: 'rejected', reason: 'not_in_stock', message: 'Serial SCN9000001 of SCN-100 was never received: it is not in stock.', approval: { kind: 'serial_override', pin_required: true, serial: 'SCN9000001' } });
    await db().updateTable('serials').set({ status: 'quarantined' }).where('value', '=', 'SCN1000005').execute();
    expect(await scan('SO-3001', 'SCN1000005')).toMatchObject({ reason: 'not_in_stock', message: expect.stringContaining('is quarantined') });
    expect(await scan('SO-3001', 'SCN1000006')).toMatchObject({ verdict: 'accepted' });
    await options({ 'shipping.requireSerialsMatchPo': false });
    await scan('SO-3001', 'SCN-100');
    expect(await scan('SO-3001', 'SCN9000001')).toMatchObject({ verdict: 'accepted', line: { serials: ['SCN1000006', 'SCN9000001'] } });
  });
});

describe('shipping.requireSerialValidation', () => {
  it('on: length and pattern rules refuse (bad_length, bad_pattern); off: the same serials are taken', async () => {
    await open('SO-3002');
    await scan('SO-3002', 'PAT-1');
    expect(await scan('SO-3002', 'ab123456')).toMatchObject({ verdict: 'rejected', reason: 'bad_pattern' });
    await open('SO-3001');
    await scan('SO-3001', 'SCN-100');
    expect(await scan('SO-3001', 'SCN10')).toMatchObject({ verdict: 'rejected', reason: 'bad_length', message: expect.stringContaining('exactly 10') });
    await options({ 'shipping.requireSerialValidation': false });
    expect(await scan('SO-3002', 'ab123456')).toMatchObject({ verdict: 'accepted' });
  });
});

describe('shipping.allowSerialOverride and shipping.requirePinForOverride', () => {
  it('an override with the supervisor PIN takes the serial; ledger and audit log say who approved it and why', async () => {
    await signIn('ana');
    await open('SO-3002');
    await scan('SO-3002', 'PAT-1');
    const noPin = await scan('SO-3002', 'BADSERIAL', { override: { reason: 'label misprinted' } });
    expect(noPin).toMatchObject({ verdict: 'rejected', reason: 'pin_required', approval: { kind: 'serial_override' } });
    expect(await scan('SO-3002', 'BADSERIAL', { override: { pin: '1111', reason: 'label misprinted' } })).toMatchObject({ reason: 'bad_pin', message: 'Wrong supervisor PIN: 4 attempts left.' });
    const ok = await scan('SO-3002', 'BADSERIAL', { override: { pin: '9999', reason: 'label misprinted' } });
    expect(ok).toMatchObject({ verdict: 'accepted', message: 'Packed PAT-1 serial BADSERIAL (1 of 1). Override (bad_pattern) approved by sam: label misprinted.' });
    const [s] = await findSerials(db(), 'BADSERIAL');
    const events = await serialHistory(db(), s!.id);
    expect(events.map((e) => e.type)).toEqual(['adjusted', 'overridden']);
    expect(events[1]).toMatchObject({ user: 'ana', document_number: 'SO-3002', details: { rules: ['bad_pattern'], reason: 'label misprinted', approved_by: 'sam' } });
    const [audit] = await listAudit(db(), { action: 'serial.override' });
    expect(audit).toMatchObject({ user: 'sam', subject: 'BADSERIAL', reason: 'label misprinted', details: { order: 'SO-3002', packed_by: 'ana', rules: ['bad_pattern'] } });
  });

  it('requirePinForOverride off: the packer’s reason is enough (audited as the packer)', async () => {
    await signIn('ben');
    await options({ 'shipping.requirePinForOverride': false });
    await open('SO-3001');
    await scan('SO-3001', 'SCN-100');
    const refused = await scan('SO-3001', 'SCN9000009');
    expect(refused.approval).toMatchObject({ pin_required: false });
    expect(await scan('SO-3001', 'SCN9000009', { override: { reason: 'unit from the repair shelf' } })).toMatchObject({ verdict: 'accepted', message: expect.stringContaining('Override (not_in_stock): unit from the repair shelf.') });
    const [audit] = await listAudit(db(), { action: 'serial.override' });
    expect(audit).toMatchObject({ user: 'ben', reason: 'unit from the repair shelf', details: { approved_by: null } });
  });

  it('allowSerialOverride off: no override is offered and one sent anyway is refused', async () => {
    await options({ 'shipping.allowSerialOverride': false });
    await open('SO-3002');
    await scan('SO-3002', 'PAT-1');
    expect(await scan('SO-3002', 'BADSERIAL')).toMatchObject({ reason: 'bad_pattern', approval: null });
    expect(await scan('SO-3002', 'BADSERIAL', { override: { pin: '9999', reason: 'x' } })).toMatchObject({ verdict: 'rejected', reason: 'override_not_allowed' });
    expect(await findSerials(db(), 'BADSERIAL')).toEqual([]);
  });

  it('never overrides what cannot be: a serial twice in the order or of another product', async () => {
    await open('SO-2001');
    await scan('SO-2001', 'SCN-100');
    expect(await scan('SO-2001', 'SCL20002', { override: { pin: '9999', reason: 'x' } })).toMatchObject({ reason: 'wrong_product', approval: null });
  });

  it('wrong PINs are counted per requester in the database: the fifth locks approvals, even the right PIN, for a minute — across a restart and a second process', async () => {
    await signIn('ben');
    await open('SO-3002');
    await scan('SO-3002', 'PAT-1');
    const reasons: (string | null)[] = [];
    for (let i = 0; i < 4; i++) reasons.push((await scan('SO-3002', 'BADSERIAL', { override: { pin: '0000', reason: 'x' } })).reason);
    expect(reasons).toEqual(['bad_pin', 'bad_pin', 'bad_pin', 'bad_pin']);

    // A second process on the same data (here a second station on the same files) sees those four.
    const other = await openStation({ dataDir: t.dataDir, shell: 'cli', log: () => {}, ...(t.database ? { database: t.database } : {}) });
    try {
      const ben = await other.database.db.selectFrom('users').select(['id', 'name', 'role']).where('name', '=', 'ben').executeTakeFirstOrThrow();
      other.session.signIn(ben);
      await request(other, 'shipping.open', { order_number: 'SO-3002' });
      await request(other, 'shipping.scan', { order_number: 'SO-3002', code: 'PAT-1' });
      expect(await request(other, 'shipping.scan', { order_number: 'SO-3002', code: 'BADSERIAL', override: { pin: '0000', reason: 'x' } })).toMatchObject({ reason: 'pin_locked' });
    } finally {
      await other.close();
    }

    // A restart does not lift the lock.
    await t.reopen();
    await signIn('ben');
    await open('SO-3002');
    await scan('SO-3002', 'PAT-1');
    expect(await scan('SO-3002', 'BADSERIAL', { override: { pin: '9999', reason: 'x' } })).toMatchObject({ reason: 'pin_locked', message: expect.stringContaining('locked') });
    // Another user at the station is not locked out by ben's failures.
    await signIn('ana');
    expect(await scan('SO-3002', 'BADSERIAL', { override: { pin: '9999', reason: 'x' } })).toMatchObject({ verdict: 'accepted' });
    const row = await db().selectFrom('approval_pin_lockouts').innerJoin('users', 'users.id', 'approval_pin_lockouts.user_id').select(['users.name', 'approval_pin_lockouts.locked_until']).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'ben', locked_until: expect.any(String) });
  });
});

describe('shipping.wrongItemMessageBox', () => {
  it('on: the refusal carries the message box (scanned and expected items); off: only the verdict', async () => {
    await open('SO-2001');
    expect((await scan('SO-2001', 'LBL-4X6')).wrong_item).toMatchObject({ scanned: { sku: 'LBL-4X6', name: 'Label roll 4x6' }, expected: [{ sku: 'SCN-100' }, { sku: 'CBL-USB' }] });
    await options({ 'shipping.wrongItemMessageBox': false });
    expect(await scan('SO-2001', 'LBL-4X6')).toMatchObject({ verdict: 'rejected', reason: 'wrong_item', wrong_item: null });
  });
});

describe('shipping.requirePinForReplacement', () => {
  it('on: an allowed replacement needs a supervisor PIN; then the line carries it and the change is audited', async () => {
    await open('SO-2002');
    const asked = await scan('SO-2002', 'HDS-310');
    expect(asked).toMatchObject({ verdict: 'rejected', reason: 'pin_required', approval: { kind: 'replacement', sku: 'HDS-310', replaces: 'HDS-300', pin_required: true } });
    expect(await scan('SO-2002', 'HDS-310', { override: { pin: '2468', reason: 'out of HDS-300' } })).toMatchObject({ reason: 'bad_pin' });
    const ok = await scan('SO-2002', 'HDS-310', { override: { pin: '9999', reason: 'out of HDS-300' } });
    expect(ok).toMatchObject({ verdict: 'accepted', message: 'HDS-300 replaced by HDS-310 on line 2 (approved by sam). HDS-310 × 1: scan its serial number.', state: { step: { kind: 'serial', sku: 'HDS-310' } } });
    expect((await getOrder(db(), 'SO-2002'))?.lines[1]).toMatchObject({ sku: 'HDS-310', replaced_from: 'HDS-300' });
    const [audit] = await listAudit(db(), { action: 'order.replacement' });
    expect(audit).toMatchObject({ user: 'sam', subject: 'SO-2002', reason: 'out of HDS-300', details: { ordered: 'HDS-300', replacement: 'HDS-310' } });
  });

  it('off: scanning the replacement puts it on the line at once (audited), and a product that replaces nothing is a wrong item', async () => {
    await options({ 'shipping.requirePinForReplacement': false });
    await open('SO-2002');
    expect(await scan('SO-2002', 'HDS-310')).toMatchObject({ verdict: 'accepted', message: expect.stringMatching(/^HDS-300 replaced by HDS-310 on line 2\. /) });
    expect((await listAudit(db(), { action: 'order.replacement' }))[0]).toMatchObject({ reason: 'HDS-310 scanned as an allowed replacement' });
    expect(await scan('SO-2001', 'HDS-310')).toMatchObject({ reason: 'wrong_item' });
  });
});

describe('shipping.allowMultipleQty', () => {
  it('off: a quantity barcode or qty above 1 is refused; on: one scan counts several units (serialized ones ask that many serials)', async () => {
    await open('SO-3001');
    expect(await scan('SO-3001', 'QTY3')).toMatchObject({ verdict: 'rejected', reason: 'qty_not_allowed' });
    expect(await scan('SO-3001', 'CBL-USB', { qty: 3 })).toMatchObject({ verdict: 'rejected', reason: 'qty_not_allowed' });
    await options({ 'shipping.allowMultipleQty': true });
    expect(await scan('SO-3001', 'QTY3')).toMatchObject({ verdict: 'accepted', message: 'Quantity 3 for the next item.' });
    expect(await scan('SO-3001', 'CBL-USB')).toMatchObject({ verdict: 'accepted', line: { scanned: 3 } });
    expect(await scan('SO-3001', 'CBL-USB', { qty: 3 })).toMatchObject({ reason: 'more_than_ordered' });
    const many = await scan('SO-3001', 'SCN-100', { qty: 2 });
    expect(many).toMatchObject({ message: 'SCN-100 × 2: scan 2 serial numbers.', state: { step: { kind: 'serial', index: 1, of: 2 } } });
    expect((await scan('SO-3001', 'SCN1000001')).state.step).toMatchObject({ kind: 'serial', index: 2, of: 2 });
  });
});

describe('shipping.autoConfirm and shipping.proceedOnlyIfConfirmed', () => {
  const packSo3001 = async () => {
    await open('SO-3001');
    for (const sn of ['SCN1000001', 'SCN1000002', 'SCN1000003']) {
      await scan('SO-3001', 'SCN-100');
      await scan('SO-3001', sn);
    }
    let last: ShippingScanResult | null = null;
    for (let i = 0; i < 5; i++) last = await scan('SO-3001', 'CBL-USB');
    return last as ShippingScanResult;
  };

  it('autoConfirm on: the last item confirms the order and the wizard goes on to the package', async () => {
    const last = await packSo3001();
    expect(last).toMatchObject({ message: expect.stringContaining('the order is confirmed'), state: { confirmed: true, step: { kind: 'package' } } });
  });

  it('autoConfirm off: the packer confirms; before everything is scanned, confirming is refused', async () => {
    await options({ 'shipping.autoConfirm': false });
    await open('SO-3001');
    expect(await t.station.dispatch('shipping.confirm', { order_number: 'SO-3001' }, { origin: 'test' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const last = await packSo3001();
    expect(last.state).toMatchObject({ confirmed: false, step: { kind: 'confirm' } });
    expect(await req<ShippingState>('shipping.confirm', { order_number: 'SO-3001' })).toMatchObject({ confirmed: true, step: { kind: 'package' } });
  });

  it('proceedOnlyIfConfirmed on: an unconfirmed order is refused; off: it opens', async () => {
    await options({ 'shipping.proceedOnlyIfConfirmed': true });
    expect(await open('SO-2002')).toMatchObject({ verdict: 'rejected', reason: 'order_not_confirmed', state: null });
    expect(await scan('SO-2002', 'SCL-200')).toMatchObject({ verdict: 'rejected', reason: 'order_not_confirmed' });
    expect(await open('SO-2001')).toMatchObject({ verdict: 'accepted' });
    await options({ 'shipping.proceedOnlyIfConfirmed': false });
    expect(await open('SO-2002')).toMatchObject({ verdict: 'accepted' });
  });
});

describe('shipping.excludeNonPicked', () => {
  it('on: an unpicked order is refused and left out of the Orders view; off: it opens and is listed as unpicked', async () => {
    const list = async () => (await req<{ orders: OrderRow[] }>('shipping.orders', {})).orders.map((o) => [o.order_number, o.status]);
    expect(await list()).toContainEqual(['SO-2003', 'unpicked']);
    expect(await open('SO-2003')).toMatchObject({ verdict: 'accepted' });
    await options({ 'shipping.excludeNonPicked': true });
    expect(await open('SO-2003')).toMatchObject({ verdict: 'rejected', reason: 'order_not_picked' });
    expect((await list()).map(([n]) => n)).not.toContain('SO-2003');
  });
});
