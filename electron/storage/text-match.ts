import { sql, type Expression, type QueryExecutorProvider, type SqlBool } from 'kysely';
import { dialectOf } from './dialect';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `%text%` for LIKE … ESCAPE '\': `%`, `_` and `\` in the text match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A–Z to a–z, nothing else (what SQLite's LIKE and lower() fold). */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * `column` contains `text` — the one text filter of the storage layer (serial, SKU, order and
 * pool searches). The same on both dialects: `%`, `_` and `\` in `text` are taken literally
 * (LIKE … ESCAPE '\'), and ASCII letters match regardless of case, others exactly. SQLite's LIKE
 * already ignores ASCII case (ScanBay never sets `case_sensitive_like`); PostgreSQL's LIKE does
 * not, and its ILIKE and lower() would also fold non-ASCII letters by the database's locale, so
 * there both sides are folded A–Z only (`translate`). The text is bound as a parameter.
 */
export function containsText(db: QueryExecutorProvider, column: string, text: string): Expression<SqlBool> {
  const pattern = containsPattern(text);
  if (dialectOf(db) === 'postgres') {
    return sql<SqlBool>`translate(${sql.ref(column)}, ${sql.raw(`'${UPPER}'`)}, ${sql.raw(`'${UPPER.toLowerCase()}'`)}) like ${foldAscii(pattern)} escape '\\'`;
  }
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
