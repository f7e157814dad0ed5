import { Kysely, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/storage/migrator';
import { ScanBayPostgresDialect, createPostgresPool } from '../../../../electron/storage/postgres-driver';
import { createEmptyDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { migratedTo } from './migrate-to';

/** An order with one packed unit, written before migration 14. */
const seed = async (db: Kysely<any>, now: string) => {
  await sql`insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'none', ${now}, ${now})`.execute(db);
  await sql`insert into orders (order_number, status, created_at, updated_at) values ('SO-1', 'in_progress', ${now}, ${now})`.execute(db);
  await sql`insert into order_lines (order_id, line_no, product_id, qty) values (1, 1, 1, 2)`.execute(db);
  await sql`insert into packing_scans (order_id, order_line_id, product_id, qty, station, at) values (1, 1, 1, 1, 'bench', ${now})`.execute(db);
};

describe('migration 14 on SQLite: packages and labels', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('puts units packed before it into package 1 and adds the label columns', async () => {
    m = await migratedTo(13);
    await seed(m.db, m.now);
    await m.migrateTo(14);
    expect(m.sqlite.prepare('select package_no from packing_scans').all()).toEqual([{ package_no: 1 }]);
    expect(m.sqlite.prepare('select open_package_no, labels, ship_to from orders').all()).toEqual([{ open_package_no: 1, labels: null, ship_to: null }]);
    expect(m.columns('packages')).toEqual(expect.arrayContaining(['package_no', 'label_format', 'label_data']));
  });
});

const skip = postgresSkipReason();
if (skip) console.log(`skipped: migration 14 on PostgreSQL: ${skip}`);

describe.skipIf(skip !== null)('migration 14 on PostgreSQL', () => {
  let target: TestDatabase;
  let db: Kysely<any>;
  const now = '2026-01-01T00:00:00.000Z';

  beforeAll(async () => {
    target = await createEmptyDatabase();
    db = new Kysely<any>({ dialect: new ScanBayPostgresDialect(createPostgresPool({ url: target.url }), null) });
    await migrate(db, { target: 13 });
    await seed(db, now);
    await migrate(db, { target: 14 });
  });
  afterAll(async () => {
    await db?.destroy();
    await target?.drop();
  });

  it('puts units packed before it into package 1', async () => {
    const { rows } = await sql<{ package_no: number; open_package_no: number }>`select package_no, open_package_no from packing_scans join orders on orders.id = packing_scans.order_id`.execute(db);
    expect(rows).toEqual([{ package_no: 1, open_package_no: 1 }]);
  });
});
