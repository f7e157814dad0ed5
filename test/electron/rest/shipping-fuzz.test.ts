import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../shared/workflows/verdict';
import { seedShipping } from '../../helpers/shipping-data';
import { tempApi, type TempApi } from '../../helpers/station';

// Random bodies against the Scan & Ship endpoints on real orders (so they reach the workflow, not
// only a 404): every answer is the envelope, a scan answer is a verdict with a known reason, a
// refusal names its error type, and no throw escapes as a 500. FUZZ_RUNS raises the count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const TYPES = ['ValidationError', 'NotFoundError', 'ConflictError', 'ProductError'];

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedShipping(api.station);
});
afterAll(() => api.dispose());

const codes = fc.oneof(
  fc.constantFrom('SCN-100', 'CBL-USB', 'KIT-STARTER', 'HDS-310', 'SCN1000001', 'QTY2', '010401234500001621SCN1000005', ']d2010401234500001621', "'; DROP TABLE serials;--", '<b>x</b>', '\u001d\u001d', ''),
  fc.string({ maxLength: 60 }),
);
const scanBody = fc.record(
  {
    code: fc.oneof(codes, fc.integer(), fc.constant(null)),
    sku: fc.oneof(fc.constantFrom('SCN-100', 'CBL-USB', 'PAT-1', 'KIT-STARTER', 'NOPE'), fc.string({ maxLength: 5 })),
    qty: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.constant('2')),
    override: fc.oneof(fc.record({ pin: fc.constantFrom('9999', '0000', ''), reason: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }), fc.constant('x')),
  },
  { requiredKeys: [] },
);
const shipBody = fc.record(
  {
    weight: fc.oneof(fc.record({ value: fc.double({ min: -5, max: 2e6 }), unit: fc.constantFrom('g', 'kg', 'lb', 'oz', 'stone') }), fc.constant(null)),
    dims: fc.record({ length: fc.double({ min: -1, max: 2e4 }), width: fc.integer(), height: fc.integer({ min: 1, max: 50 }), unit: fc.constantFrom('mm', 'cm', 'in', 'ft') }, { requiredKeys: [] }),
    tracking_number: fc.oneof(fc.string({ maxLength: 120 }), fc.constant(7)),
  },
  { requiredKeys: [] },
);
const orders = fc.constantFrom('SO-2001', 'SO-2002', 'SO-2004', 'SO-3001', 'SO-3002', 'SO-3003', 'SO-NONE');

describe('fuzzing the Scan & Ship REST bodies', () => {
  it('POST /orders/{order}/scans: a verdict with a known reason, or a typed refusal', async () => {
    await fc.assert(
      fc.asyncProperty(orders, scanBody, async (order, body) => {
        const r = await api.call('POST', `/orders/${order}/scans`, body);
        if (r.status >= 500) throw new Error(`${order} ${JSON.stringify(body)} → ${r.status}: ${JSON.stringify(r.body)}`);
        if (r.body.success) {
          expect(['accepted', 'rejected']).toContain(r.body.data.verdict);
          if (r.body.data.verdict === 'rejected') expect(REASON_CODES).toContain(r.body.data.reason);
        } else expect(TYPES).toContain(r.body.error.type);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /orders/{order}/ship: shipped, or a typed refusal', async () => {
    await fc.assert(
      fc.asyncProperty(orders, shipBody, async (order, body) => {
        const r = await api.call('POST', `/orders/${order}/ship`, body);
        if (r.status >= 500) throw new Error(`${order} ${JSON.stringify(body)} → ${r.status}: ${JSON.stringify(r.body)}`);
        if (!r.body.success) expect(TYPES).toContain(r.body.error.type);
      }),
      { numRuns: RUNS },
    );
  });
});
