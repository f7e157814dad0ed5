/**
 * CSV per RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma,
 * quote, CR or LF enclosed in quotes with quotes doubled; UTF-8 text.
 *
 * Formula-injection guard (OWASP "CSV Injection"): a text cell starting with = + - @ (or tab / CR,
 * which some spreadsheets skip before reading a formula) gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it. Numbers are written as numbers (a negative
 * number keeps its minus).
 *
 * Written by hand rather than with csv-stringify: on this workload (1,000,000 rows × 15 columns)
 * csv-stringify took about three times as long as this loop, and the export must keep pace with
 * the sqlite3 shell (see test/bench/lifecycle.bench.ts).
 */

const NEEDS_QUOTES = /[",\r\n]/;

/** = + - @ tab CR: what a spreadsheet may read as the start of a formula. */
function formulaStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    // Sums and differences of prices carry binary noise (19.999999999999996): six decimals at most.
    return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = String(value);
  if (formulaStart(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF, of the values from index `from` on. */
export function csvRecord(values: readonly unknown[], from = 0): string {
  let line = '';
  for (let i = from; i < values.length; i++) {
    if (i > from) line += ',';
    line += csvCell(values[i]);
  }
  return `${line}\r\n`;
}
