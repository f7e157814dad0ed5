import { Kysely, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/storage/migrator';
import { ScanBayPostgresDialect, createPostgresPool } from '../../../../electron/storage/postgres-driver';
import { createEmptyDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { migratedTo } from './migrate-to';

const seedOrder = async (db: Kysely<any>, now: string) => {
  await sql`insert into orders (order_number, status, created_at, updated_at) values ('SO-1', 'in_progress', ${now}, ${now})`.execute(db);
};
const measure = (db: Kysely<any>, packageNo: number, now: string) =>
  sql`insert into order_package_measures (order_id, package_no, packing_key, weight_grams, station, measured_at) values (1, ${packageNo}, '1:1', 1200, 'bench', ${now})`.execute(db);

describe('migration 16 on SQLite: packages weighed before the order ships', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('adds order_package_measures: one row per order and package, gone with the order', async () => {
    m = await migratedTo(15);
    await seedOrder(m.db, m.now);
    await m.migrateTo(16);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(16);
    expect(m.columns('order_package_measures')).toEqual(
      expect.arrayContaining(['order_id', 'package_no', 'packing_key', 'weight_grams', 'length_mm', 'width_mm', 'height_mm', 'tracking_number', 'read_at', 'station', 'measured_at']),
    );
    await measure(m.db, 1, m.now);
    await expect(measure(m.db, 1, m.now)).rejects.toThrow(/UNIQUE/);
    m.run('delete from orders');
    expect(m.sqlite.prepare('select count(*) as n from order_package_measures').get()).toEqual({ n: 0 });
  });
});

const skip = postgresSkipReason();
if (skip) console.log(`skipped: migration 16 on PostgreSQL: ${skip}`);

describe.skipIf(skip !== null)('migration 16 on PostgreSQL', () => {
  let target: TestDatabase;
  let db: Kysely<any>;
  const now = '2026-01-01T00:00:00.000Z';

  beforeAll(async () => {
    target = await createEmptyDatabase();
    db = new Kysely<any>({ dialect: new ScanBayPostgresDialect(createPostgresPool({ url: target.url }), null) });
    await migrate(db, { target: 15 });
    await seedOrder(db, now);
    await migrate(db, { target: 16 });
  });
  afterAll(async () => {
    await db?.destroy();
    await target?.drop();
  });

  it('adds the table with its unique package per order and the change trigger', async () => {
    await measure(db, 1, now);
    await expect(measure(db, 1, now)).rejects.toThrow(/unique|duplicate/i);
    const { rows } = await sql<{ tgname: string }>`select tgname from pg_trigger where tgrelid = 'order_package_measures'::regclass and not tgisinternal`.execute(db);
    expect(rows.map((r) => r.tgname)).toEqual(['order_package_measures_notify']);
  });
});
