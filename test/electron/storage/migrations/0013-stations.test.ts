import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/storage/migrator';
import { ScanBayPostgresDialect, createPostgresPool } from '../../../../electron/storage/postgres-driver';
import { createEmptyDatabase, postgresSkipReason, type TestDatabase } from '../../../helpers/postgres';
import { migratedTo } from './migrate-to';

const seed = async (db: Kysely<any>, now: string) => {
  await sql`insert into products (sku, name, tracking, created_at, updated_at) values ('A', 'A', 'full', ${now}, ${now})`.execute(db);
  await sql`insert into serials (value, value_fold, unique_key, product_id, status, source, created_at, updated_at)
    values ('S1', 's1', '1:S1', 1, 'in_stock', 'received', ${now}, ${now})`.execute(db);
};
const event = (db: Kysely<any>, type: string, now: string) =>
  sql`insert into serial_events (type, serial_id, product_id, at) values (${type}, 1, 1, ${now})`.execute(db);

describe('migration 13 on SQLite: ledger sequence and station id', () => {
  let m: Awaited<ReturnType<typeof migratedTo>>;
  afterEach(() => m.close());

  it('gives every event, old and new, a seq equal to its rowid, and a station_id column', async () => {
    m = await migratedTo(12);
    await seed(m.db, m.now);
    await event(m.db, 'received', m.now);
    await m.migrateTo(13);
    expect(m.sqlite.pragma('user_version', { simple: true })).toBe(13);
    await event(m.db, 'moved', m.now);
    expect(m.sqlite.prepare('select id, seq, station_id from serial_events order by id').all()).toEqual([
      { id: 1, seq: 1, station_id: null },
      { id: 2, seq: 2, station_id: null },
    ]);
    // Still append-only.
    expect(() => m.run("update serial_events set station_id = 'x'")).toThrow(/append-only/);
  });
});

const skip = postgresSkipReason();
if (skip) console.log(`skipped: migration 13 on PostgreSQL: ${skip}`);

describe.skipIf(skip !== null)('migration 13 on PostgreSQL', () => {
  let target: TestDatabase;
  let db: Kysely<any>;
  const now = '2026-01-01T00:00:00.000Z';
  const open = () => new Kysely<any>({ dialect: new ScanBayPostgresDialect(createPostgresPool({ url: target.url }), null) });

  beforeAll(async () => {
    target = await createEmptyDatabase();
    db = open();
    await migrate(db, { target: 12 });
    await seed(db, now);
    await event(db, 'received', now);
    await event(db, 'moved', now);
    await migrate(db, { target: 13 });
  });
  afterAll(async () => {
    await db?.destroy();
    await target?.drop();
  });

  it('numbers the events already there in their order, and widens real columns to double precision', async () => {
    const { rows } = await sql<{ id: number; seq: number }>`select id, seq from serial_events order by id`.execute(db);
    expect(rows).toEqual([
      { id: 1, seq: 1 },
      { id: 2, seq: 2 },
    ]);
    const reals = await sql<{ n: number }>`select count(*) as n from information_schema.columns where table_schema = current_schema() and data_type = 'real'`.execute(db);
    expect(reals.rows[0]?.n).toBe(0);
    await sql`update products set unit_cost = 12345.6789 where id = 1`.execute(db);
    const cost = await sql<{ unit_cost: number }>`select unit_cost from products where id = 1`.execute(db);
    expect(cost.rows[0]?.unit_cost).toBe(12345.6789);
  });

  it('keeps the ledger append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(sql`update serial_events set type = 'shipped'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from serial_events`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate serial_events`.execute(db)).rejects.toThrow(/append-only|foreign key/);
    const { rows } = await sql<{ n: number }>`select count(*) as n from serial_events`.execute(db);
    expect(rows[0]?.n).toBe(2);
  });

  it('assigns seq in COMMIT order: a transaction that inserts first but commits last gets the larger number', async () => {
    const a = new pg.Client({ connectionString: target.url });
    const b = new pg.Client({ connectionString: target.url });
    await a.connect();
    await b.connect();
    try {
      await a.query('begin');
      await a.query(`insert into serial_events (type, serial_id, product_id, at) values ('adjusted', 1, 1, $1)`, [now]);
      await b.query('begin');
      await b.query(`insert into serial_events (type, serial_id, product_id, at) values ('assigned', 1, 1, $1)`, [now]);
      // Inside its transaction the event has no number yet: it gets one at COMMIT.
      expect((await b.query(`select seq from serial_events where type = 'assigned'`)).rows).toEqual([{ seq: null }]);
      await b.query('commit');
      await a.query('commit');
    } finally {
      await a.end();
      await b.end();
    }
    const { rows } = await sql<{ id: number; type: string; seq: number }>`select id, type, seq from serial_events where id > 2 order by id`.execute(db);
    expect(rows.map((r) => r.type)).toEqual(['adjusted', 'assigned']);
    const [first, second] = rows as unknown as [{ id: number; seq: number }, { id: number; seq: number }];
    expect(first.id).toBeLessThan(second.id);
    expect(first.seq).toBeGreaterThan(second.seq);
  });

  it('while a ledger commit is in flight, a reader sees every smaller number already (no gap to page over)', async () => {
    const writer = new pg.Client({ connectionString: target.url });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`insert into serial_events (type, serial_id, product_id, at) values ('adjusted', 1, 1, $1)`, [now]);
      // The writer holds no number until COMMIT: a reader's highest seq is a complete prefix.
      const before = await sql<{ top: number; n: number }>`select max(seq) as top, count(*) as n from serial_events`.execute(db);
      expect(before.rows[0]?.top).toBe(before.rows[0]?.n);
      await writer.query('commit');
    } finally {
      await writer.end();
    }
    const after = await sql<{ top: number; n: number }>`select max(seq) as top, count(*) as n from serial_events`.execute(db);
    expect(after.rows[0]?.top).toBe(after.rows[0]?.n);
  });
});
