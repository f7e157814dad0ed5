/** Timestamps are ISO-8601 UTC text: sortable, portable, readable in the sqlite3 shell. */
export function iso(at: Date = new Date()): string {
  return at.toISOString();
}

/** The calendar day (UTC) of a moment, YYYY-MM-DD. */
export function isoDay(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** Splits a list for `in (...)` queries so no statement exceeds the database's parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
