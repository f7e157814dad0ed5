import { Kysely, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/storage/migrator';
import { ScanBayPostgresDialect, createPostgresPool } from '../../../../electron/storage/postgres-driver';
import { createEmptyDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { migratedTo } from './migrate-to';

describe('migration 18 on SQLite: one index for pool serials', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('drops serials_pool; the pool queries it served use serials_pool_summary', async () => {
    m = await migratedTo(17);
    await m.migrateTo(18);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(18);
    const names = (m.sqlite.pragma('index_list(serials)') as { name: string }[]).map((i) => i.name);
    expect(names).not.toContain('serials_pool');
    expect(names).toContain('serials_pool_summary');
    for (const query of [
      "select id from serials where pool_id = 1 and status = 'available' limit 10",
      'select status, count(*) as n from serials where pool_id = 1 group by status',
    ]) {
      const plan = (m.sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
      expect(plan, query).toContain('serials_pool_summary');
    }
  });
});

const skip = postgresSkipReason();
if (skip) console.log(`skipped: migration 18 on PostgreSQL: ${skip}`);

describe.skipIf(skip !== null)('migration 18 on PostgreSQL', () => {
  let target: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    target = await createEmptyDatabase();
    db = new Kysely<any>({ dialect: new ScanBayPostgresDialect(createPostgresPool({ url: target.url }), null) });
    await migrate(db, { target: 18 });
  });
  afterAll(async () => {
    await db?.destroy();
    await target?.drop();
  });

  it('has the same indexes', async () => {
    const { rows } = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename = 'serials' order by indexname`.execute(db);
    const names = rows.map((r) => r.indexname);
    expect(names).not.toContain('serials_pool');
    expect(names).toContain('serials_pool_summary');
  });
});
