import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, CsvSyntaxError } from '../../../electron/import/csv-record-reader';

/** Reads `text` cut into the given pieces. */
function read(pieces: string[], max?: number): string[][] {
  const reader = new CsvRecordReader(max);
  const out: string[][] = [];
  for (const p of pieces) out.push(...reader.push(p));
  out.push(...reader.end());
  return out;
}

/** Every way of cutting `text` in two (chunk boundaries can fall anywhere). */
function everySplit(text: string): string[][][] {
  const results: string[][][] = [];
  for (let i = 0; i <= text.length; i++) results.push(read([text.slice(0, i), text.slice(i)]));
  return results;
}

describe('CSV record reader', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes, however the text is cut', () => {
    const text = 'sku,name\r\nA,"Widget, large"\r\nB,"say ""hi"""\nC,"two\nlines"\rD,\n';
    const expected = [['sku', 'name'], ['A', 'Widget, large'], ['B', 'say "hi"'], ['C', 'two\nlines'], ['D', '']];
    for (const records of everySplit(text)) expect(records).toEqual(expected);
    expect(read(text.split(''))).toEqual(expected);
  });

  it('drops a BOM and skips blank lines and all-blank records; keeps a last line without a newline', () => {
    expect(read(['\uFEFFa,b\n\n , \n1,2'])).toEqual([['a', 'b'], ['1', '2']]);
    expect(read(['\uFEFF', 'a\n'])).toEqual([['a']]);
    expect(read(['a,b,'])).toEqual([['a', 'b', '']]);
    expect(read([''])).toEqual([]);
  });

  it('refuses an unclosed quote, text after a closing quote and a bare quote, naming the line', () => {
    expect(() => read(['a\nb\n"open,\nstill open'])).toThrow(/quoted field that starts on line 3 is never closed/);
    expect(() => read(['a,b\n"x"y,z\n'])).toThrow(/after the closing quote .* on line 2/);
    expect(() => read(['a,b\nx,5" screen\n'])).toThrow(/quote inside a field .* on line 2/);
    expect(() => read(['a\n"x'])).toThrow(CsvSyntaxError);
  });

  it('stops at a record longer than the limit instead of buffering the rest of the file', () => {
    expect(() => read(['a,"', 'x'.repeat(600), 'y'.repeat(600)], 1000)).toThrow(/longer than 1000 characters/);
    expect(read(['a,' + 'x'.repeat(990) + '\nb\n'], 1000)).toHaveLength(2);
  });

  it('agrees with csv-parse on random well-formed CSV cut into random chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', ',', '"', '\n', '\r', 'é', '😀'), maxLength: 8 });
    const quote = (v: string) => (/[",\n\r]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(40), { maxLength: 6 }),
        (rows, eol, cuts) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
          const reference = parse(text, { skip_records_with_empty_values: true, relax_column_count: true }) as string[][];
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
          expect(read(pieces)).toEqual(reference);
        },
      ),
      { numRuns: 500 },
    );
  });
});
