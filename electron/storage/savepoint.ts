import { sql, type QueryExecutorProvider } from 'kysely';

let counter = 0;

/**
 * Runs one step of a transaction so that its failure undoes only that step: on PostgreSQL an error
 * aborts the whole transaction unless it happened under a savepoint (SQLite keeps going either
 * way). For a step whose refusal the caller turns into an answer and then writes more (e.g. the
 * scan log entry of a refused scan).
 */
export async function attempt<T>(trx: QueryExecutorProvider & { readonly isTransaction: boolean }, step: () => Promise<T>): Promise<T> {
  if (!trx.isTransaction) return step();
  const name = sql.id(`scanbay_step_${++counter}`);
  await sql`savepoint ${name}`.execute(trx);
  try {
    const value = await step();
    await sql`release savepoint ${name}`.execute(trx);
    return value;
  } catch (err) {
    await sql`rollback to savepoint ${name}`.execute(trx).catch(() => undefined);
    throw err;
  }
}
