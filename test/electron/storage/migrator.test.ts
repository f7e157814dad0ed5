import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/storage/database';
import { NewerSchemaError } from '../../../electron/storage/errors';
import { LATEST_SCHEMA_VERSION } from '../../../electron/storage/migrator';
import { MIGRATIONS } from '../../../electron/storage/migrations';
import { tempDir } from './helpers';

describe('migrations', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('are numbered 1..N without gaps, one file each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('a new database records every migration and mirrors the version in PRAGMA user_version', async () => {
    const file = join(tmp.dir, 'fresh.db');
    const d = await openDatabase({ file });
    expect(d.sqlite!.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const rows = d.sqlite!.prepare('select version, name from schema_migrations order by version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    await d.close();
    // Reopening applies nothing and keeps the data.
    const again = await openDatabase({ file });
    expect(again.sqlite!.prepare('select count(*) as n from schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    await again.close();
  });

  it('refuses a database written by a newer ScanBay, with a message saying what to do', async () => {
    const file = join(tmp.dir, 'future.db');
    (await openDatabase({ file })).close();
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    raw.close();
    const expected = `this data was written by a newer ScanBay (schema ${LATEST_SCHEMA_VERSION + 3}, this build knows ${LATEST_SCHEMA_VERSION}); upgrade ScanBay`;
    await expect(openDatabase({ file })).rejects.toThrow(expected);
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(NewerSchemaError);
    await expect(openDatabase({ file, readonly: true })).rejects.toThrow(expected);
  });

  it('also refuses when only the migrations table knows the newer version', async () => {
    const file = join(tmp.dir, 'future2.db');
    (await openDatabase({ file })).close();
    const raw = new BetterSqlite3(file);
    raw.prepare("insert into schema_migrations (version, name, applied_at) values (?, 'from-the-future', 'x')").run(LATEST_SCHEMA_VERSION + 1);
    raw.close();
    await expect(openDatabase({ file })).rejects.toThrow(/newer ScanBay \(schema \d+, this build knows \d+\)/);
  });

  it('a failing migration leaves the database at the previous version', async () => {
    const { Kysely } = await import('kysely');
    const { ScanBaySqliteDialect } = await import('../../../electron/storage/sqlite-driver');
    const { migrate } = await import('../../../electron/storage/migrator');
    const sqlite = new BetterSqlite3(':memory:');
    const db = new Kysely<any>({ dialect: new ScanBaySqliteDialect(sqlite) });
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        name: 'broken',
        async up(k: typeof db) {
          await k.schema.createTable('half_done').addColumn('x', 'integer').execute();
          throw new Error('disk on fire');
        },
      },
    ];
    await expect(migrate(db, { migrations: broken })).rejects.toThrow('disk on fire');
    expect(sqlite.pragma('user_version', { simple: true })).toBe(1);
    expect(sqlite.prepare("select name from sqlite_master where name = 'half_done'").get()).toBeUndefined();
    await db.destroy();
  });
});
