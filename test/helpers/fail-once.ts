import { sql } from 'kysely';
import type { Database } from '../../electron/storage/database';

/**
 * Makes the first transaction that inserts into `table` fail once with SQLSTATE 40001, as one that
 * lost a race (writeTransaction runs it again): at that insert, or on PostgreSQL `atCommit` (a
 * deferred constraint trigger) as a serialization failure found at COMMIT, after all its work.
 * Returns how many inserts were tried (2 once the retry went through).
 */
export async function failOnce(database: Database, table: string, atCommit = false): Promise<() => Promise<number>> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const sqlite = database.sqlite;
  if (sqlite) {
    let tries = 0;
    sqlite.function('scanbay_test_fail_once', () => {
      if (++tries === 1) throw Object.assign(new Error('could not serialize access (test)'), { code: '40001' });
      return 0;
    });
    sqlite.exec(`create temp trigger fail_once after insert on ${table} begin select scanbay_test_fail_once(); end`);
    return async () => tries;
  }
  // A sequence is not rolled back with the transaction: only its first value fails.
  const trigger = atCommit ? `create constraint trigger fail_once after insert on ${table} deferrable initially deferred` : `create trigger fail_once before insert on ${table}`;
  await sql`create sequence fail_once_seq`.execute(database.db);
  await sql
    .raw(
      `create function fail_once() returns trigger language plpgsql as $$ begin if nextval('fail_once_seq') = 1 then raise exception 'could not serialize access (test)' using errcode = '40001'; end if; return new; end $$;
       ${trigger} for each row execute function fail_once()`,
    )
    .execute(database.db);
  return async () => Number((await sql<{ n: string }>`select last_value as n from fail_once_seq`.execute(database.db)).rows[0]?.n);
}
