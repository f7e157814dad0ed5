import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../shared/workflows/verdict';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempApi, type TempApi } from '../../helpers/station';

// Random bodies against the returns routes with real shipped serials behind them: no server error,
// every refusal typed, every scan answered with a verdict and a known reason. FUZZ_RUNS raises the count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const TYPES = ['ValidationError', 'NotFoundError', 'ConflictError', 'ProductError'];

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedLifecycle(api.station.database.db);
  await api.call('POST', '/returns', { order_number: 'SO-1', rma_number: 'RMA-FUZZ' });
});
afterAll(() => api.dispose());

const text = fc.oneof(
  fc.constantFrom('SN00000001', 'SN00000002', 'SN00000004', 'SCN', 'CBL', 'HDS', '0109501101530003\u001d21SN00000002', "'; DROP TABLE serials;--", '<script>x</script>', '\u0000', ''),
  fc.string({ maxLength: 30 }),
);
const field = fc.oneof(text, fc.integer(), fc.constant(null), fc.boolean());

describe('fuzzing the returns routes', () => {
  it('scans: always HTTP 200 with a verdict, or a typed 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ code: text, sku: fc.option(fc.constantFrom('SCN', 'CBL', 'HDS', 'NOPE'), { nil: undefined }), condition: fc.option(fc.constantFrom('new', 'damaged', 'melted'), { nil: undefined }) }, { requiredKeys: ['code'] }), async (body) => {
        const r = await api.call('POST', '/returns/RMA-FUZZ/scans', Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)));
        if (r.status === 200) {
          expect(['accepted', 'rejected']).toContain(r.body.data.verdict);
          if (r.body.data.verdict === 'rejected') expect(REASON_CODES).toContain(r.body.data.reason);
        } else {
          expect(r.status).toBeLessThan(500);
          expect(TYPES).toContain(r.body.error.type);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('creating RMAs and restocking: typed answers only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('order_number', 'rma_number', 'reason', 'warehouse', 'bin', 'disposition', 'x'), field, { maxKeys: 4 }), async (body) => {
        for (const path of ['/returns', '/returns/RMA-FUZZ/restock']) {
          const r = await api.call('POST', path, body);
          expect(r.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
          if (!r.body.success) expect(TYPES).toContain(r.body.error.type);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
