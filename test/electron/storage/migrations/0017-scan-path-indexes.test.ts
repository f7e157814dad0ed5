import { Kysely, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/storage/migrator';
import { ScanBayPostgresDialect, createPostgresPool } from '../../../../electron/storage/postgres-driver';
import { createEmptyDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { migratedTo } from './migrate-to';

const importRow = (state: string) =>
  sql`insert into imports (kind, file, state, rows, pid, host, started_at) values ('serials', 'f.csv', ${state}, 1, 1, 'h', '2026-01-01T00:00:00.000Z')`;

describe('migration 17 on SQLite: the scan path’s indexes', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('indexes the imports still committing (only those) and drops the unused scan log time index', async () => {
    m = await migratedTo(16);
    await importRow('done').execute(m.db);
    await importRow('committing').execute(m.db);
    await m.migrateTo(17);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(17);
    const indexes = (table: string) => (m.sqlite.pragma(`index_list(${table})`) as { name: string; partial: number }[]).map((i) => [i.name, i.partial]);
    expect(indexes('imports')).toContainEqual(['imports_committing', 1]);
    expect(indexes('scan_log').map(([name]) => name)).not.toContain('scan_log_at');
    expect(indexes('scan_log').map(([name]) => name)).toContain('scan_log_document');
    const plan = m.sqlite.prepare("explain query plan select id from imports where state = 'committing'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('imports_committing');
    expect(m.sqlite.prepare("select id from imports where state = 'committing'").all()).toEqual([{ id: 2 }]);
  });
});

const skip = postgresSkipReason();
if (skip) console.log(`skipped: migration 17 on PostgreSQL: ${skip}`);

describe.skipIf(skip !== null)('migration 17 on PostgreSQL', () => {
  let target: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    target = await createEmptyDatabase();
    db = new Kysely<any>({ dialect: new ScanBayPostgresDialect(createPostgresPool({ url: target.url }), null) });
    await migrate(db, { target: 16 });
    await importRow('committing').execute(db);
    await migrate(db, { target: 17 });
  });
  afterAll(async () => {
    await db?.destroy();
    await target?.drop();
  });

  it('has the same indexes', async () => {
    const { rows } = await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes where tablename in ('imports', 'scan_log') order by indexname`.execute(db);
    const names = rows.map((r) => r.indexname);
    expect(names).toContain('imports_committing');
    expect(names).not.toContain('scan_log_at');
    expect(rows.find((r) => r.indexname === 'imports_committing')?.indexdef).toMatch(/WHERE \(state = 'committing'::text\)/);
  });
});
