import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 15 on SQLite: event feed, webhooks, outbox, idempotency keys', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('creates the tables; a feed event’s seq is its rowid; outbox rows need their webhook and event', async () => {
    m = await migratedTo(13);
    await m.migrateTo(15);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(15);
    const ev = (type: string) =>
      sql`insert into feed_events (type, occurred_at, station, details) values (${type}, ${m.now}, 'Dock', '{}')`.execute(m.db);
    await ev('receipt.scanned');
    await ev('receipt.closed');
    expect(m.sqlite.prepare('select id, seq, type from feed_events order by id').all()).toEqual([
      { id: 1, seq: 1, type: 'receipt.scanned' },
      { id: 2, seq: 2, type: 'receipt.closed' },
    ]);
    await sql`insert into webhooks (url, types, secret, created_at) values ('http://127.0.0.1:1/x', '[]', 's', ${m.now})`.execute(m.db);
    await sql`insert into webhook_outbox (webhook_id, event_id, next_attempt_at) values (1, 2, ${m.now})`.execute(m.db);
    expect(() => m.run(`insert into webhook_outbox (webhook_id, event_id, next_attempt_at) values (9, 2, '${m.now}')`)).toThrow(/FOREIGN KEY/);
    await sql`insert into idempotency_keys (key, scope, request_hash, status, reply, created_at) values ('k', 's', 'h', 200, '{}', ${m.now})`.execute(m.db);
    expect(() => m.run(`insert into idempotency_keys (key, scope, request_hash, status, reply, created_at) values ('k', 's', 'h2', 200, '{}', '${m.now}')`)).toThrow(/UNIQUE/);
  });
});
