import type { Compilable, CompiledQuery, DialectAdapter, QueryResult } from 'kysely';
import { directRunner } from './direct-run';
import type { Db } from './schema';

/**
 * Statements of the scan path built and compiled once per database, then run with new values.
 *
 * Building a Kysely query (immutable nodes, then the compiler's walk) costs more than SQLite takes
 * to run most of these statements, and a scan runs ~25 of them. A prepared statement is built once
 * with a placeholder for each named value; each run copies the compiled parameters, putting the
 * values in the placeholders' places. Only for statements whose shape never depends on the values:
 * no optional columns or conditions, no lists (`in`) built from a value. An undefined value binds NULL.
 */

/** Where a named value goes in the compiled parameters. */
class Slot {
  constructor(readonly name: string) {}
}

interface Compiled {
  query: CompiledQuery<unknown>;
  /** Per compiled parameter: the name of the value it takes, or undefined for a constant. */
  names: (string | undefined)[];
}

export interface Prepared<P, R> {
  /** Every row. */
  all(db: Db, values: P): Promise<R[]>;
  /** The first row, if any. */
  first(db: Db, values: P): Promise<R | undefined>;
  /** Runs a write; the number of rows it changed. */
  run(db: Db, values: P): Promise<number>;
}

/**
 * The placeholders of a row to insert: one per column named in `columns` (a record, so the type
 * checker sees every column of the row type listed).
 */
export function rowOf<P extends object>(values: P, columns: Record<keyof P, true>): P {
  return Object.fromEntries(Object.keys(columns).map((k) => [k, (values as Record<string, unknown>)[k]])) as P;
}

/** `build` receives placeholders for `values`: it must use them only as values of the statement. */
export function prepare<P extends object, R>(build: (db: Db, values: P) => Compilable<R>): Prepared<P, R> {
  // One compiled statement per dialect adapter (a database and its transactions share one).
  const compiled = new WeakMap<DialectAdapter, Compiled>();
  const placeholders = new Proxy({}, { get: (_, name) => new Slot(String(name)) }) as P;

  const compiledFor = (db: Db): Compiled => {
    const adapter = db.getExecutor().adapter;
    let c = compiled.get(adapter);
    if (!c) {
      const query = build(db, placeholders).compile() as CompiledQuery<unknown>;
      c = { query, names: query.parameters.map((v) => (v instanceof Slot ? v.name : undefined)) };
      compiled.set(adapter, c);
    }
    return c;
  };

  const execute = (db: Db, values: P): QueryResult<R> | Promise<QueryResult<R>> => {
    const { query, names } = compiledFor(db);
    const given = values as Record<string, unknown>;
    const parameters: unknown[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      // An absent value is NULL (a builder would drop an undefined column; here the shape is fixed).
      parameters[i] = name === undefined ? query.parameters[i] : (given[name] ?? null);
    }
    const statement: CompiledQuery<R> = { sql: query.sql, query: query.query, queryId: query.queryId, parameters };
    const direct = directRunner(db);
    return direct ? direct.run<R>(statement) : db.executeQuery<R>(statement);
  };

  // A statement run directly has its result already: one resolved promise, not an async
  // function's and its await's (with the operation scope's hooks, every promise costs).
  const answer = <T>(db: Db, values: P, pick: (r: QueryResult<R>) => T): Promise<T> => {
    try {
      const r = execute(db, values);
      return r instanceof Promise ? r.then(pick) : Promise.resolve(pick(r));
    } catch (err) {
      // A statement run directly fails at once: still a rejected promise, as from Kysely.
      return Promise.reject(err);
    }
  };
  return {
    all: (db, values) => answer(db, values, rowsOf),
    first: (db, values) => answer(db, values, firstOf),
    run: (db, values) => answer(db, values, changesOf),
  };
}

const rowsOf = <R>(r: QueryResult<R>): R[] => r.rows;
const firstOf = <R>(r: QueryResult<R>): R | undefined => r.rows[0];
const changesOf = (r: QueryResult<unknown>): number => Number(r.numAffectedRows ?? 0n);
