import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where a station keeps its data: `sqlite:PATH` (embedded; default the data dir's scanbay.db) or
 * `postgres://user[:password]@host[:port]/db[?sslmode=…]` (a warehouse's shared database).
 * The password is part of the URL but never of anything shown: use `display`.
 */
export type StoreLocation =
  | { kind: 'sqlite'; file: string; display: string }
  | { kind: 'postgres'; url: string; display: string };

/** The station database file inside a data dir. */
export const DATABASE_FILE_NAME = 'scanbay.db';

export class StoreUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUrlError';
  }
}

const POSTGRES_SCHEMES = new Set(['postgres:', 'postgresql:']);

/** Parses a store URL; a relative SQLite path is relative to `cwd`; `sqlite:` alone is the data dir's file. */
export function parseStoreUrl(raw: string, dataDir: string, cwd = process.cwd()): StoreLocation {
  const text = raw.trim();
  if (text === '' || text === 'sqlite:' || text === 'sqlite') return sqliteIn(join(dataDir, DATABASE_FILE_NAME));
  if (/^sqlite:/i.test(text)) {
    let path = text.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2); // sqlite:///abs/path
    if (path === ':memory:') return { kind: 'sqlite', file: ':memory:', display: 'sqlite::memory:' };
    return sqliteIn(isAbsolute(path) ? path : resolve(cwd, path));
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new StoreUrlError(`"${redactLoosely(text)}" is not a database URL: use sqlite:PATH or postgres://user:password@host:5432/database`);
  }
  if (!POSTGRES_SCHEMES.has(url.protocol)) {
    throw new StoreUrlError(`unsupported database URL scheme "${url.protocol}": use sqlite:PATH or postgres://user:password@host:5432/database`);
  }
  if (url.hostname === '') throw new StoreUrlError(`the database URL ${redactUrl(url)} names no host`);
  if (url.pathname.replace(/^\//, '') === '') throw new StoreUrlError(`the database URL ${redactUrl(url)} names no database (…/DATABASE)`);
  return { kind: 'postgres', url: text, display: redactUrl(url) };
}

function sqliteIn(file: string): StoreLocation {
  return { kind: 'sqlite', file, display: `sqlite:${file}` };
}

/** The URL with its password replaced by `***` (user, host, port, database and options stay). */
export function redactUrl(url: URL): string {
  if (url.password === '') return url.toString();
  const copy = new URL(url.toString());
  copy.password = '***';
  return copy.toString();
}

/** Best effort for text that is not a URL: hides whatever sits between `user:` and `@`. */
export function redactLoosely(text: string): string {
  return text.replace(/(\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@');
}

/** Removes every occurrence of the URL's password from a message (driver errors may echo the URL). */
export function scrubSecret(message: string, location: StoreLocation): string {
  if (location.kind !== 'postgres') return message;
  let password = '';
  try {
    password = decodeURIComponent(new URL(location.url).password);
  } catch {
    return redactLoosely(message);
  }
  let out = redactLoosely(message);
  if (password.length > 0) out = out.split(password).join('***');
  return out.split(location.url).join(location.display);
}
