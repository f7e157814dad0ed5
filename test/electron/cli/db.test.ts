import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { receivingWorkflow } from '../../../electron/backend/handlers/receiving';
import { openDatabase } from '../../../electron/storage/database';
import { LATEST_SCHEMA_VERSION } from '../../../electron/storage/migrator';
import { parseStoreUrl } from '../../../electron/storage/store-url';
import { actorOf } from '../../../electron/workflows/kit/actor';
import { runCli, runCliAsync } from '../../helpers/cli';
import { createEmptyDatabase, postgresSkipReason, type TestDatabase } from '../../helpers/postgres';
import { seedReceiving } from '../../helpers/receiving-data';
import { tempDir } from '../storage/helpers';

const tmp = tempDir('scanbay-cli-db-');
afterAll(() => tmp.cleanup());
let n = 0;
const dataDir = () => join(tmp.dir, `d${n++}`);
const json = (out: string) => JSON.parse(out.trim().split('\n').at(-1) as string);
const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

describe('scanbay db and --database (SQLite and bad URLs)', () => {
  it('db info: a new data dir gets a station id (station.json, owner only) and uses its own scanbay.db', () => {
    const dir = dataDir();
    const r = runCli(['db', 'info', '--data-dir', dir]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const info = json(r.stdout);
    // `info` only looks: nothing is migrated yet.
    expect(info).toMatchObject({ kind: 'sqlite', chosen_by: 'default', database: `sqlite:${join(dir, 'scanbay.db')}`, schema: 0, latest: LATEST_SCHEMA_VERSION });
    expect(info.station_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(readFileSync(join(dir, 'station.json'), 'utf8'))).toMatchObject({ stationId: info.station_id });
    expect(statSync(join(dir, 'station.json')).mode & 0o777).toBe(0o600);
    expect(json(runCli(['db', 'migrate', '--data-dir', dir]).stdout)).toMatchObject({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(json(runCli(['db', 'info', '--data-dir', dir]).stdout)).toMatchObject({ station_id: info.station_id, schema: LATEST_SCHEMA_VERSION });
  });

  it('--database takes sqlite:PATH on every storage command; a bad URL is refused with exit 2 and one line', () => {
    const dir = dataDir();
    const file = join(tmp.dir, `other${n}.db`);
    const r = runCli(['users', 'list', '--data-dir', dir, '--database', `sqlite:${file}`]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(json(runCli(['db', 'info', '--data-dir', dir, '--database', `sqlite:${file}`]).stdout)).toMatchObject({ database: `sqlite:${file}`, chosen_by: 'flag' });
    const bad = runCli(['options', 'list', '--data-dir', dir, '--database', 'mysql://u:p@h/db']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^scanbay: unsupported database URL scheme "mysql:"/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unreachable PostgreSQL: exit 74, one line naming the problem, and never the password', () => {
    const dir = dataDir();
    const url = 'postgres://scanbay:S3cret-pw@127.0.0.1:1/nowhere';
    for (const args of [['options', 'list'], ['db', 'migrate'], ['users', 'list'], ['serve', '--port', '0']]) {
      const r = runCli([...args, '--data-dir', dir, '--database', url]);
      expect(r.status, args.join(' ')).toBe(74);
      expect(r.stderr).toMatch(/^scanbay: database unreachable — nothing was recorded \(.*ECONNREFUSED.*\)\n$/);
      expect(r.stderr + r.stdout).not.toContain('S3cret-pw');
    }
    const env = runCli(['db', 'info', '--data-dir', dir], { env: { SCANBAY_DATABASE_URL: url } });
    expect(env.status).toBe(74);
    expect(env.stderr).not.toContain('S3cret-pw');
  });
});

const skip = postgresSkipReason();
if (skip) console.log(`skipped: scanbay db on PostgreSQL: ${skip}`);

describe.skipIf(skip !== null)('scanbay db on PostgreSQL', () => {
  const made: TestDatabase[] = [];
  const empty = async () => {
    const d = await createEmptyDatabase();
    made.push(d);
    return d;
  };
  afterAll(async () => {
    for (const d of made) await d.drop();
  });

  it('db migrate applies every migration once; stations migrating together wait for each other', async () => {
    const target = await empty();
    // Three processes at the same moment.
    const results = await Promise.all([0, 1, 2].map((i) => runCliAsync(['db', 'migrate', '--data-dir', join(tmp.dir, `mig${i}`), '--database', target.url])));
    for (const r of results) expect([r.status, r.stderr]).toEqual([0, '']);
    expect(results.map((r) => json(r.stdout).to)).toEqual([LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION]);
    const again = runCli(['db', 'migrate', '--data-dir', dataDir(), '--database', target.url]);
    expect(json(again.stdout)).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    expect(json(again.stdout).database).not.toContain(`:${new URL(target.url).password}@`);
    const client = new pg.Client(target.url);
    await client.connect();
    const versions = (await client.query('select version from schema_migrations order by version')).rows.map((r) => r.version);
    await client.end();
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('a database from a newer ScanBay is refused, naming both versions', async () => {
    const target = await empty();
    expect(runCli(['db', 'migrate', '--data-dir', dataDir(), '--database', target.url]).status).toBe(0);
    const client = new pg.Client(target.url);
    await client.connect();
    await client.query("insert into schema_migrations (version, name, applied_at) values ($1, 'future', 'x')", [LATEST_SCHEMA_VERSION + 2]);
    await client.end();
    const r = runCli(['options', 'list', '--data-dir', dataDir(), '--database', target.url]);
    expect(r.status).toBe(74);
    expect(r.stderr).toContain(`(schema ${LATEST_SCHEMA_VERSION + 2}, this build knows ${LATEST_SCHEMA_VERSION})`);
  });

  it('a wrong password is refused without printing it; db use keeps the URL in station.json; env and flag win over it', async () => {
    const target = await empty();
    const dir = dataDir();
    const wrong = runCli(['db', 'use', withPassword(target.url, 'Wr0ng-pass'), '--data-dir', dir]);
    expect(wrong.status).toBe(74);
    expect(wrong.stderr).toMatch(/^scanbay: database refused the connection — nothing was recorded \(password authentication failed/);
    expect(wrong.stderr).not.toContain('Wr0ng-pass');
    const used = runCli(['db', 'use', target.url, '--pool-size', '4', '--data-dir', dir]);
    expect([used.status, used.stderr]).toEqual([0, '']);
    const info = json(runCli(['db', 'info', '--data-dir', dir]).stdout);
    expect(info).toMatchObject({ kind: 'postgres', chosen_by: 'config', pool_size: 4, schema: LATEST_SCHEMA_VERSION });
    expect(info.database).toContain('***');
    expect(info.database).not.toContain(`:${new URL(target.url).password}@`);
    const other = join(tmp.dir, `env${n}.db`);
    expect(json(runCli(['db', 'info', '--data-dir', dir], { env: { SCANBAY_DATABASE_URL: `sqlite:${other}` } }).stdout)).toMatchObject({ kind: 'sqlite', chosen_by: 'env' });
    expect(json(runCli(['db', 'info', '--data-dir', dir, '--database', `sqlite:${other}`], { env: { SCANBAY_DATABASE_URL: target.url } }).stdout)).toMatchObject({ kind: 'sqlite', chosen_by: 'flag' });
    const list = runCli(['options', 'list', '--data-dir', dir]);
    expect(list.status).toBe(0);
    expect(list.stdout).not.toContain(`:${new URL(target.url).password}@`);
    expect(json(runCli(['db', 'use', 'sqlite:', '--data-dir', dir]).stdout).database).toBe(`sqlite:${join(dir, 'scanbay.db')}`);
    expect(json(runCli(['db', 'info', '--data-dir', dir]).stdout)).toMatchObject({ kind: 'sqlite', chosen_by: 'default', pool_size: 4 });
  });

  it('db copy: every table with its ids and ledger order; the station goes on from there; a non-empty target is refused', async () => {
    const dir = dataDir();
    const station = await openStation({ dataDir: dir, shell: 'cli', log: () => {} });
    await seedReceiving(station);
    for (const serial of ['COPY000001', 'COPY000002', 'COPY000003']) {
      expect(await receivingWorkflow(station).scanVerdict('PO-3', { code: serial, sku: 'SCN' }, actorOf(station))).toMatchObject({ verdict: 'accepted' });
    }
    const before = await station.database.db.selectFrom('serial_events').select(['id', 'seq', 'type', 'serial_id', 'station_id']).orderBy('id').execute();
    const stationId = station.stationId;
    await station.close();

    const target = await empty();
    const r = runCli(['db', 'copy', '--from', `sqlite:${join(dir, 'scanbay.db')}`, '--to', target.url, '--data-dir', dir]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = json(r.stdout);
    expect(out.to).not.toContain(`:${new URL(target.url).password}@`);
    expect(out.to).toContain(':***@');
    expect(out.tables).toEqual(expect.arrayContaining([{ table: 'serials', rows: 3 }, { table: 'serial_events', rows: before.length }, { table: 'products', rows: 5 }]));

    const copied = await openDatabase({ location: parseStoreUrl(target.url, dir) });
    expect(await copied.db.selectFrom('serial_events').select(['id', 'seq', 'type', 'serial_id', 'station_id']).orderBy('id').execute()).toEqual(before);
    await copied.close();

    // The same station, now on PostgreSQL: new rows follow the copied ids and sequence.
    const moved = await openStation({ dataDir: dir, shell: 'cli', log: () => {}, database: target.url });
    expect(moved.stationId).toBe(stationId);
    expect(await receivingWorkflow(moved).scanVerdict('PO-3', { code: 'COPY000004', sku: 'SCN' }, actorOf(moved))).toMatchObject({ verdict: 'accepted' });
    expect(await receivingWorkflow(moved).scanVerdict('PO-3', { code: 'COPY000001', sku: 'SCN' }, actorOf(moved))).toMatchObject({ verdict: 'rejected', reason: 'duplicate_in_po' });
    const last = await moved.database.db.selectFrom('serial_events').select(['id', 'seq']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.id).toBeGreaterThan(before.at(-1)!.id);
    expect(last.seq).toBeGreaterThan(before.at(-1)!.seq);
    const { rows } = await sql<{ n: number }>`select count(*) as n from serials`.execute(moved.database.db);
    expect(rows[0]?.n).toBe(4);
    await moved.close();

    const again = runCli(['db', 'copy', '--from', `sqlite:${join(dir, 'scanbay.db')}`, '--to', target.url, '--data-dir', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^scanbay: the target database is not empty \(.*\); copy only into an empty database\n$/);
    const wrongWay = runCli(['db', 'copy', '--from', target.url, '--to', target.url, '--data-dir', dir]);
    expect(wrongWay.stderr).toMatch(/--from must be a SQLite database/);
  });
});
