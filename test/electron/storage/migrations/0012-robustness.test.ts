import { afterEach, describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-to';

describe('migration 12: robustness', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('keeps one approval PIN lockout row per requester, optionally tied to a user, never a negative count', async () => {
    m = await migratedTo(12);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(12);
    expect(m.columns('approval_pin_lockouts')).toEqual(['id', 'subject', 'user_id', 'failed_count', 'locked_until', 'updated_at']);
    m.run("insert into users (name, role, pin_hash, created_at) values ('ben', 'operator', 'h', ?)", m.now);
    m.run("insert into approval_pin_lockouts (subject, user_id, updated_at) values ('user:1', 1, ?)", m.now);
    expect(m.sqlite.prepare('select failed_count, locked_until from approval_pin_lockouts').get()).toEqual({ failed_count: 0, locked_until: null });
    expect(() => m.run("insert into approval_pin_lockouts (subject, updated_at) values ('user:1', ?)", m.now)).toThrow(/UNIQUE/);
    expect(() => m.run("insert into approval_pin_lockouts (subject, user_id, updated_at) values ('user:9', 9, ?)", m.now)).toThrow(/FOREIGN KEY/);
    expect(() => m.run("insert into approval_pin_lockouts (subject, failed_count, updated_at) values ('api:erp', -1, ?)", m.now)).toThrow(/CHECK/);
    m.run("insert into approval_pin_lockouts (subject, failed_count, updated_at) values ('station:Dock 1', 3, ?)", m.now);
  });

  it("gives serials received before it their session's bin as the bin they were received into", async () => {
    m = await migratedTo(10);
    m.run("insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'full', ?, ?)", m.now, m.now);
    m.run("insert into vendors (code, name, created_at) values ('V', 'V', ?)", m.now);
    m.run("insert into warehouses (code, name, created_at) values ('MAIN', 'Main', ?)", m.now);
    m.run("insert into bins (warehouse_id, code) values (1, 'B-1')");
    m.run("insert into purchase_orders (po_number, vendor_id, status, ordered_at, created_at, updated_at) values ('PO', 1, 'open', ?, ?, ?)", m.now, m.now, m.now);
    m.run("insert into receiving_sessions (po_id, received_on, station, bin_id, status, opened_at) values (1, '2026-01-01', 'S', 1, 'open', ?)", m.now);
    m.run("insert into serials (value, value_fold, unique_key, product_id, status, source, received_session_id, created_at, updated_at) values ('S1', 's1', '1:S1', 1, 'in_stock', 'received', 1, ?, ?)", m.now, m.now);
    m.run("insert into serials (value, value_fold, unique_key, product_id, status, source, created_at, updated_at) values ('S2', 's2', '1:S2', 1, 'in_stock', 'external', ?, ?)", m.now, m.now);
    await m.migrateTo(12);
    expect(m.sqlite.prepare('select value, received_bin_id from serials order by id').all()).toEqual([
      { value: 'S1', received_bin_id: 1 },
      { value: 'S2', received_bin_id: null },
    ]);
  });

  it('keeps the journal of serial imports: one of committing, done or rolled_back', async () => {
    m = await migratedTo(12);
    m.run("insert into imports (kind, file, state, rows, pid, host, started_at) values ('serials', 'f.csv', 'committing', 10, 1, 'h', ?)", m.now);
    expect(m.sqlite.prepare('select committed, finished_at from imports').get()).toEqual({ committed: 0, finished_at: null });
    expect(() => m.run("insert into imports (kind, file, state, rows, pid, host, started_at) values ('serials', 'f.csv', 'half', 10, 1, 'h', ?)", m.now)).toThrow(/CHECK/);
  });
});
