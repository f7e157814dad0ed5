import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceivingScanResult } from '../../../shared/workflows/receiving';
import { seedReceiving } from '../../helpers/receiving-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedReceiving(t.station);
});
afterEach(() => t.dispose());

const scan = (po: string, code: string) => request<ReceivingScanResult>(t.station, 'receiving.scan', { po_number: po, code });

describe('a serial of the open PO scanned where a product is expected', () => {
  it('a serial already received on the PO is refused with serial_where_product_expected and names its line', async () => {
    await scan('PO-1', 'SCN');
    expect(await scan('PO-1', 'SN00000001')).toMatchObject({ verdict: 'accepted' });
    const again = await scan('PO-1', 'SN00000001');
    expect(again).toMatchObject({
      verdict: 'rejected',
      reason: 'serial_where_product_expected',
      message: 'SN00000001 is a serial of SCN already received on line 1 of PO-1, not a product code: scan the product first.',
      line: { sku: 'SCN', line_no: 1 },
    });
    // Case-insensitive serials find it too.
    await t.station.options.set({ 'serials.caseSensitive': false });
    expect(await scan('PO-1', 'sn00000001')).toMatchObject({ reason: 'serial_where_product_expected' });
  });

  it('a serial expected on the PO (pre-receipt list) is refused the same way, naming its line', async () => {
    expect(await scan('PO-2', 'EXP0000002')).toMatchObject({
      verdict: 'rejected',
      reason: 'serial_where_product_expected',
      message: 'EXP0000002 is a serial of SCN expected on line 1 of PO-2, not a product code: scan the product first, then this serial.',
    });
  });

  it('a serial of another PO, or nothing known, stays unknown_product', async () => {
    await scan('PO-1', 'SCN');
    await scan('PO-1', 'SN00000001');
    expect(await scan('PO-3', 'SN00000001')).toMatchObject({ reason: 'unknown_product' });
    expect(await scan('PO-1', 'NOTHING-1')).toMatchObject({ reason: 'unknown_product' });
  });
});
