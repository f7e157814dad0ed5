import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfitReport } from '../../../shared/workflows/lifecycle-report';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempStation, type TempStation } from '../../helpers/station';

// The demo kit order SO-2004: one KIT-STARTER at 199 = SCN-100 ×1 + CBL-USB ×1 + LBL-4X6 ×2.
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedShipping(t.station);
});
afterEach(() => t.dispose());

const req = <T>(name: string, input: unknown): Promise<T> => request<T>(t.station, name, input);

async function shipKitOrder(): Promise<void> {
  for (const code of ['SCN-100', 'SCN1000001', 'CBL-USB', 'LBL-4X6', 'LBL-4X6', 'KIT-STARTER']) {
    expect(await req('shipping.scan', { order_number: 'SO-2004', code }), code).toMatchObject({ verdict: 'accepted' });
  }
  await req('shipping.ship', { order_number: 'SO-2004', weight: { value: 900, unit: 'g' } });
}

describe('P&L of a kit order', () => {
  it('counts the kit price once: the order’s revenue is 199.00, not 199 per component unit', async () => {
    await shipKitOrder();
    const byOrder = await req<ProfitReport>('reports.profit', { by: 'order' });
    expect(byOrder.rows).toHaveLength(1);
    expect(byOrder.rows[0]).toMatchObject({ key: 'SO-2004', units: 4, revenue: 199 });
    expect(byOrder.totals.revenue).toBe(199);
  });

  it('gives each component its share of the kit price by its cost share; the shares add up to the order’s revenue', async () => {
    await shipKitOrder();
    const db = t.station.database.db;
    const costs = new Map((await db.selectFrom('products').select(['sku', 'avg_cost', 'unit_cost']).execute()).map((p) => [p.sku, p.avg_cost ?? p.unit_cost ?? 0]));
    const scn = costs.get('SCN-100')!;
    const cbl = costs.get('CBL-USB')!;
    const lbl = costs.get('LBL-4X6')!;
    const kitCost = scn + cbl + 2 * lbl;
    const byProduct = await req<ProfitReport>('reports.profit', { by: 'product' });
    const revenue = new Map(byProduct.rows.map((r) => [r.key, r.revenue]));
    expect([...revenue.keys()].sort()).toEqual(['CBL-USB', 'LBL-4X6', 'SCN-100']);
    expect(revenue.get('SCN-100')).toBeCloseTo((199 * scn) / kitCost, 2);
    expect(revenue.get('CBL-USB')).toBeCloseTo((199 * cbl) / kitCost, 2);
    expect(revenue.get('LBL-4X6')).toBeCloseTo((199 * 2 * lbl) / kitCost, 2);
    expect(byProduct.totals.revenue).toBeCloseTo(199, 2);
    expect(byProduct.rows.find((r) => r.key === 'LBL-4X6')).toMatchObject({ units: 2 });
  });
});
