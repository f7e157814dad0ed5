import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSecret, stationSecretKey } from '../../../electron/crypto/seal';
import { WebhookDelivery } from '../../../electron/webhooks/delivery';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempStation, type TempStation } from '../../helpers/station';
import { webhookReceiver } from '../../helpers/webhook-receiver';

// Webhook deliveries to a real local HTTP server, with an injectable clock for the backoff.
let t: TempStation;
let rx: Awaited<ReturnType<typeof webhookReceiver>>;
let clock: Date;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
  rx = await webhookReceiver();
  // Outbox rows are due from their commit (real time); the delivery's clock starts after it.
  clock = new Date(Date.now() + 60_000);
});
afterEach(async () => {
  await t.dispose();
  await rx.close();
});

const ok = async <T>(name: string, input: unknown): Promise<T> => {
  const r = await t.station.dispatch(name, input, { origin: 'test' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const adjust = (qty: number) => ok('stock.adjust', { action: 'add', code: 'CBL', qty, warehouse: 'MAIN', bin: 'A-01', reason: 'found' });
const delivery = () => new WebhookDelivery({ db: () => t.station.database.db, key: stationSecretKey(t.dataDir), now: () => clock });
const qtys = (i: number) => (JSON.parse(rx.received[i]!.body) as { events: { qty: number }[] }).events.map((e) => e.qty);

/** The documented recipe: HMAC-SHA256 of "<t>.<body>" with the secret, compared in constant time. */
function verify(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('webhook delivery', () => {
  it('POSTs {"events":[…]} in order, signed so the documented recipe verifies it', async () => {
    const added = await ok<{ id: number; sealed_secret: string; types: string[] }>('webhooks.add', { url: rx.url, types: ['adjustment.applied'] });
    // The operation's output keeps the secret sealed with the station's key (REST and the CLI open it).
    expect(added.sealed_secret).not.toMatch(/whsec_/);
    const hook = { ...added, secret: openSecret(added.sealed_secret, stationSecretKey(t.station.dataDir))! };
    expect(hook.secret).toMatch(/^whsec_/);
    await adjust(1);
    await adjust(2);
    await ok('counts.start', { warehouse: 'MAIN', bin: 'A-02' }); // no feed event of its types
    await adjust(3);
    await delivery().runOnce();
    expect(rx.received).toHaveLength(1);
    expect(qtys(0)).toEqual([1, 2, 3]);
    expect(rx.received[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(rx.received[0]!.signature.startsWith(`t=${Math.floor(clock.getTime() / 1000)},`)).toBe(true);
    expect(verify(hook.secret, rx.received[0]!.signature, rx.received[0]!.body)).toBe(true);
    expect(verify('whsec_other', rx.received[0]!.signature, rx.received[0]!.body)).toBe(false);
    await delivery().runOnce();
    expect(rx.received).toHaveLength(1);
    // The secret is sealed in the database, not stored in the clear.
    const row = await t.station.database.db.selectFrom('webhooks').select('secret').executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(hook.secret.slice(6));
  });

  it('a 500 is retried after a backoff, in order; failing for 24 h disables the webhook, shown with its last error', async () => {
    await ok('webhooks.add', { url: rx.url });
    await adjust(1);
    rx.plan.push(500);
    const d = delivery();
    await d.runOnce();
    expect(rx.received).toHaveLength(1);
    await adjust(2);
    await d.runOnce(); // backing off: nothing sent
    expect(rx.received).toHaveLength(1);
    clock = new Date(clock.getTime() + 3000);
    await d.runOnce();
    expect(rx.received.map((_, i) => qtys(i))).toEqual([[1], [1, 2]]);
    const [listed] = (await ok<{ webhooks: { enabled: boolean; last_error: string | null }[] }>('webhooks.list', {})).webhooks;
    expect(listed).toMatchObject({ enabled: true, last_error: null });

    await adjust(3);
    for (let i = 0; i < 60; i++) rx.plan.push(500);
    for (let hours = 0; hours <= 25; hours++) {
      await d.runOnce();
      clock = new Date(clock.getTime() + 60 * 60 * 1000 + 1000);
    }
    const [failed] = (await ok<{ webhooks: { enabled: boolean; last_error: string | null; disabled_at: string | null }[] }>('webhooks.list', {})).webhooks;
    expect(failed).toMatchObject({ enabled: false, last_error: 'HTTP 500', disabled_at: expect.any(String) });
    const tries = rx.received.length;
    await d.runOnce();
    expect(rx.received.length).toBe(tries);
    expect(rx.received.slice(2).every((_, i) => qtys(i + 2)[0] === 3)).toBe(true);

    // Written while it was off: not queued for it (the feed has it).
    await adjust(9);
    // The receiver is fixed; a supervisor turns the webhook on again: the undelivered event goes now.
    rx.plan.length = 0;
    const hookId = (await ok<{ webhooks: { id: number }[] }>('webhooks.list', {})).webhooks[0]!.id;
    const enabled = await ok<{ webhook: { enabled: boolean; last_error: string | null; failing_since: string | null; disabled_at: string | null } }>('webhooks.enable', { id: hookId });
    expect(enabled.webhook).toMatchObject({ enabled: true, last_error: null, failing_since: null, disabled_at: null });
    await d.runOnce();
    expect(rx.received.length).toBe(tries + 1);
    expect(qtys(tries)).toEqual([3]);
    await adjust(4);
    await d.runOnce();
    expect(qtys(tries + 1)).toEqual([4]);
    await expect(t.station.dispatch('webhooks.enable', { id: 999 }, { origin: 'test' })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('test sends a signed empty delivery; remove drops the webhook and its outbox', async () => {
    const added = await ok<{ id: number; sealed_secret: string }>('webhooks.add', { url: rx.url });
    const hook = { id: added.id, secret: openSecret(added.sealed_secret, stationSecretKey(t.station.dataDir))! };
    expect(await ok('webhooks.test', { id: hook.id })).toEqual({ id: hook.id, delivered: true, error: null });
    expect(JSON.parse(rx.received[0]!.body)).toEqual({ events: [] });
    expect(verify(hook.secret, rx.received[0]!.signature, rx.received[0]!.body)).toBe(true);
    await adjust(1);
    expect(await ok('webhooks.remove', { id: hook.id })).toEqual({ id: hook.id, removed: true });
    expect(await t.station.database.db.selectFrom('webhook_outbox').selectAll().execute()).toEqual([]);
    expect((await t.station.dispatch('webhooks.add', { url: 'ftp://x' }, { origin: 'test' })).ok).toBe(false);
  });
});
