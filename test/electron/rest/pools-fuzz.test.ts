// Property tests (fast-check) of the commission API bodies: whatever JSON arrives, the server
// answers with the envelope and a specific error type, never a 500, and the pool's counts stay
// consistent with the ledger. Set FUZZ_RUNS for a longer run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/demo/seed';
import { tempApi, type TempApi } from '../../helpers/station';

const RUNS = Number(process.env.FUZZ_RUNS) || 60;
const GTIN = '04012345000016';
const CSET82 = '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
  await seedDemo(api.station.database.db);
});
afterAll(() => api.dispose());

const ALLOWED: Record<number, string[]> = {
  200: [],
  400: ['ValidationError'],
  404: ['ProductError', 'NotFoundError'],
  409: ['ConflictError'],
};

/**
 * Checks one answer: a known status with its envelope. A 400 from schema validation names at
 * least one field; one refused by the JSON parser itself (e.g. a `__proto__` key) says why.
 */
function checkAnswer(r: { status: number; body: any }): void {
  expect(Object.keys(ALLOWED).map(Number), JSON.stringify(r.body).slice(0, 300)).toContain(r.status);
  if (r.status === 200) {
    expect(r.body.success).toBe(true);
    return;
  }
  expect(r.body.success).toBe(false);
  expect(ALLOWED[r.status]).toContain(r.body.error.type);
  expect(typeof r.body.error.message).toBe('string');
  if (r.status === 400 && !r.body.error.details) expect(r.body.error.message).toMatch(/^bad request: /);
  if (r.status === 400 && r.body.error.details) expect(r.body.error.details.length).toBeGreaterThan(0);
}

const serial = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CSET82), minLength: 1, maxLength: 20 }),
  fc.string({ maxLength: 25 }),
  fc.constant(''),
  fc.integer(),
  fc.constant(null),
);
const field = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const commission = fc.record({
  product_code: field(fc.oneof(fc.constant(GTIN), fc.constant('4012345000016'), fc.string({ maxLength: 70 }), fc.integer())),
  product_code_schema: field(fc.oneof(fc.constant('GTIN'), fc.constant('gtin'), fc.string({ maxLength: 5 }))),
  batch: field(fc.oneof(fc.string({ unit: fc.constantFrom(...CSET82), minLength: 1, maxLength: 22 }), fc.string({ maxLength: 3 }), fc.constant(null))),
  expiry_date: field(fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 5, maxLength: 7 }), fc.string({ maxLength: 8 }), fc.integer())),
  serials: field(fc.oneof(fc.array(serial, { maxLength: 12 }), fc.string(), fc.constant({}))),
  extra: field(fc.jsonValue()),
});

describe('commission API under random bodies', () => {
  it('POST /serials/commission: structured bodies near the contract', async () => {
    await fc.assert(
      fc.asyncProperty(commission, async (body) => {
        checkAnswer(await api.call('POST', '/serials/commission', body));
      }),
      { numRuns: RUNS },
    );
  });

  it('every route: any JSON value as the body', async () => {
    const routes = ['/serials/commission', '/serials/request', '/serials/release'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (route, body) => {
        checkAnswer(await api.call('POST', route, body));
      }),
      { numRuns: RUNS },
    );
  });

  it('request and release: counts and serial lists of every shape', async () => {
    const request = fc.record({ product_code: field(fc.oneof(fc.constant('SCN-100'), fc.constant(GTIN), fc.string({ maxLength: 8 }))), count: field(fc.oneof(fc.integer({ min: -5, max: 12_000 }), fc.double(), fc.string({ maxLength: 3 }))) });
    const release = fc.record({ product_code: field(fc.oneof(fc.constant('SCN-100'), fc.string({ maxLength: 8 }))), serials: field(fc.oneof(fc.array(serial, { maxLength: 6 }), fc.jsonValue())) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(request.map((b) => ['/serials/request', b] as const), release.map((b) => ['/serials/release', b] as const)), async ([route, body]) => {
        checkAnswer(await api.call('POST', route, body));
      }),
      { numRuns: RUNS },
    );
  });

  it('GET /serial-pools/{code}: any path segment', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80 }), async (code) => {
        checkAnswer(await api.call('GET', `/serial-pools/${encodeURIComponent(code)}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('afterwards the ledger agrees with the serials: one commissioned event per external serial', () => {
    const db = api.station.database.sqlite!;
    const serials = (db.prepare("select count(*) as n from serials where source = 'external'").get() as { n: number }).n;
    const events = (db.prepare("select count(*) as n from serial_events where type = 'commissioned'").get() as { n: number }).n;
    expect(events).toBe(serials);
    expect((db.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
  });
});
