import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAuthFor } from '../../../electron/rest/rest-options';
import { restRoutes } from '../../../electron/rest/routes';
import { seedReceiving } from '../../helpers/receiving-data';
import { tempApi, type TempApi } from '../../helpers/station';

// Random JSON bodies (and random path values) against every route with a body: no throw escapes as
// a 500, every answer is the envelope, and a refusal names its type. FUZZ_RUNS raises the count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const TYPES = ['NoTokenError', 'AuthError', 'ValidationError', 'ProductError', 'NotFoundError', 'ConflictError'];

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedReceiving(api.station);
});
afterAll(() => api.dispose());

const nasty = fc.oneof(
  fc.constantFrom('', ' ', "'; DROP TABLE serials;--", '<img src=x onerror=alert(1)>', '\u0000\u001d\u0007', 'PO-1', 'SCN', '0'.repeat(300), '../../etc/passwd', '__proto__'),
  fc.string({ maxLength: 40 }),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.oneof(nasty, fc.constantFrom('code', 'sku', 'qty', 'serials', 'lines', 'product_code')), tie('value'), { maxKeys: 5 })),
})).value;

describe('fuzzing every REST body', () => {
  it('answers every random body with the envelope and never a server error', async () => {
    const routes = restRoutes(api.station, apiAuthFor(api.station)).filter((r) => r.method !== 'GET');
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(json, nasty, async (body, param) => {
          const path = route.path.replace(/:([A-Za-z_]+)/g, () => encodeURIComponent(param || 'X'));
          const r = await api.call(route.method, path, body);
          if (r.status >= 500) throw new Error(`${route.method} ${path} → ${r.status}: ${JSON.stringify(r.body)}`);
          if (r.body === null) return; // 204-style empty answers are not used by this API
          expect(typeof r.body.success).toBe('boolean');
          if (!r.body.success) expect(TYPES).toContain(r.body.error.type);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
