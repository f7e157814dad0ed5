import { sql, type CompiledQuery, type InsertObject } from 'kysely';
import type { DB, Db } from './schema';

/**
 * Multi-row INSERT for bulk paths (opening stock import, benchmarks), through Kysely. Building
 * and compiling a 500-row query costs more than running it, so the SQL compiled for a full chunk is
 * reused for every later full chunk with fresh parameters (and the driver reuses its prepared
 * statement). Every row must have the same keys in the same order. Columns with one value for every
 * row can be given as `constants`: they are written into the SQL as literals, which saves binding
 * (and converting) the same value once per row.
 */
export class BulkInserter<T extends keyof DB & string, R extends string = never> {
  #template: CompiledQuery | undefined;
  #columns: string[] | undefined;

  constructor(
    private readonly db: Db,
    private readonly table: T,
    readonly rowsPerStatement = 500,
    private readonly returning: readonly R[] = [],
    /** Skip rows that would violate the UNIQUE constraint on this column (they return nothing). */
    private readonly skipConflictsOn?: string,
    constants: Partial<Record<string, string | number | null>> = {},
  ) {
    this.#literals = Object.fromEntries(Object.entries(constants).map(([k, v]) => [k, sql.lit(v ?? null)]));
  }

  readonly #literals: Record<string, unknown>;

  /**
   * Inserts the rows (any number) and returns the `returning` columns of each (in no set order).
   * `db` runs them elsewhere (a later transaction), keeping the compiled SQL of earlier calls.
   */
  async insert(rows: InsertObject<DB, T>[], db: Db = this.db): Promise<Record<R, unknown>[]> {
    const out: Record<R, unknown>[] = [];
    for (let i = 0; i < rows.length; i += this.rowsPerStatement) {
      const part = rows.slice(i, i + this.rowsPerStatement);
      const compiled = part.length === this.rowsPerStatement ? this.#reuse(part) : undefined;
      const query = compiled ?? this.#compile(part);
      const result = await db.executeQuery<Record<R, unknown>>(query);
      out.push(...result.rows);
    }
    return out;
  }

  /** Inserts the rows (any number) and returns how many were written (conflicts skipped are not); `db` as for insert. */
  async run(rows: InsertObject<DB, T>[], db: Db = this.db): Promise<number> {
    let written = 0;
    for (let i = 0; i < rows.length; i += this.rowsPerStatement) {
      const part = rows.slice(i, i + this.rowsPerStatement);
      const compiled = part.length === this.rowsPerStatement ? this.#reuse(part) : undefined;
      const result = await db.executeQuery(compiled ?? this.#compile(part));
      written += Number(result.numAffectedRows ?? 0);
    }
    return written;
  }

  #compile(rows: InsertObject<DB, T>[]): CompiledQuery {
    type Q = {
      returning(cols: readonly string[]): Q;
      onConflict(f: (oc: { column(c: string): { doNothing(): unknown } }) => unknown): Q;
      compile(): CompiledQuery;
    };
    const values = Object.keys(this.#literals).length > 0 ? rows.map((r) => ({ ...r, ...this.#literals })) : rows;
    let q = this.db.insertInto(this.table).values(values as InsertObject<DB, T>[]) as unknown as Q;
    const column = this.skipConflictsOn;
    if (column !== undefined) q = q.onConflict((oc) => oc.column(column).doNothing());
    if (this.returning.length > 0) q = q.returning(this.returning);
    return q.compile();
  }

  #reuse(rows: InsertObject<DB, T>[]): CompiledQuery {
    const columns = (this.#columns ??= Object.keys(rows[0]!));
    const parameters: unknown[] = [];
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      for (const c of columns) parameters.push(r[c]);
    }
    if (!this.#template) {
      const compiled = this.#compile(rows);
      // Kysely parameterises every value in column order; if that ever changes, stop reusing.
      const same =
        compiled.parameters.length === parameters.length && compiled.parameters.every((p, i) => p === parameters[i]);
      if (!same) return compiled;
      this.#template = compiled;
      return compiled;
    }
    return { ...this.#template, parameters };
  }
}
