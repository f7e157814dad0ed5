import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../electron/storage/database';
import { parseStoreUrl } from '../../electron/storage/store-url';

/**
 * A real PostgreSQL for tests. `.ci/run` starts a local cluster and sets SCANBAY_TEST_POSTGRES_URL
 * (a role that may CREATE DATABASE); without it the PostgreSQL tests skip and say why.
 * Every test database is created from a migrated template (`sbtest_tpl_<hash of the migrations>`)
 * and dropped afterwards; databases left by a killed run are dropped by the next one.
 */
export const POSTGRES_URL_ENV = 'SCANBAY_TEST_POSTGRES_URL';
export const DIALECT_ENV = 'SCANBAY_TEST_DIALECT';

export function postgresTestUrl(): string | undefined {
  const url = process.env[POSTGRES_URL_ENV]?.trim();
  return url ? url : undefined;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresSkipReason(): string | null {
  return postgresTestUrl() ? null : `${POSTGRES_URL_ENV} is not set (no PostgreSQL for tests; .ci/run starts one)`;
}

/** True when this Vitest project runs the dialect-neutral suites on PostgreSQL. */
export function testOnPostgres(): boolean {
  return process.env[DIALECT_ENV] === 'postgres';
}

const root = fileURLToPath(new URL('../..', import.meta.url));

function migrationsHash(): string {
  const dir = join(root, 'electron/storage/migrations');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  for (const f of ['ledger-seq.ts', 'change-tables.ts']) h.update(readFileSync(join(root, 'electron/storage', f)));
  return h.digest('hex').slice(0, 12);
}

let template: Promise<string> | undefined;
let counter = 0;

function urlFor(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The dialect-matrix tests check logic, not the server's durability: commits there need not wait
 * for the WAL flush (multi-process and fault tests use the server's own settings).
 */
function fastCommits(url: string): string {
  const u = new URL(url);
  u.searchParams.set('options', '-c synchronous_commit=off');
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const url = postgresTestUrl();
  if (!url) throw new Error(postgresSkipReason()!);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ensureTemplate(): Promise<string> {
  const name = `sbtest_tpl_${migrationsHash()}`;
  await admin(async (c) => {
    await c.query('select pg_advisory_lock(hashtext($1))', ['scanbay-test-template']);
    try {
      const { rows } = await c.query<{ datname: string }>("select datname from pg_database where datname like 'sbtest\\_%'");
      for (const { datname } of rows) {
        const pid = /^sbtest_(\d+)_/.exec(datname)?.[1];
        // Templates of other schemas are left alone: another checkout's run may be copying one now.
        const stale = !datname.startsWith('sbtest_tpl_') && pid !== undefined && !alive(Number(pid));
        if (stale) await c.query(`drop database if exists "${datname}" with (force)`);
      }
      if (rows.some((r) => r.datname === name)) return;
      await c.query(`create database "${name}"`);
      const d = await openDatabase({ location: parseStoreUrl(urlFor(postgresTestUrl()!, name), '/') });
      await d.close();
    } finally {
      await c.query('select pg_advisory_unlock(hashtext($1))', ['scanbay-test-template']);
    }
  });
  return name;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

let prepared: Promise<TestDatabase> | undefined;

async function copyTemplate(): Promise<TestDatabase> {
  const tpl = await (template ??= ensureTemplate());
  const name = `sbtest_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await admin((c) => c.query(`create database "${name}" template "${tpl}"`));
  return {
    name,
    url: fastCommits(urlFor(postgresTestUrl()!, name)),
    // Not awaited by callers' timing: a database left by a killed worker is dropped by the next run.
    drop: () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/**
 * A fresh, migrated PostgreSQL database of its own (drop it when done). Copying the template takes
 * about a second, so the next test's copy is made while this test runs.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const ready = prepared ?? copyTemplate();
  prepared = undefined;
  const db = await ready;
  prepared = copyTemplate();
  prepared.catch(() => undefined);
  return db;
}

/** An empty PostgreSQL database (no schema), e.g. for `scanbay db migrate` or `db copy`. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `sbtest_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await admin((c) => c.query(`create database "${name}"`));
  return {
    name,
    url: urlFor(postgresTestUrl()!, name),
    drop: () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}
