import { describe, expect, it } from 'vitest';
import { escapeControls, formatRowError, ImportFileError, RowErrors } from '../../../electron/import/errors';

describe('import report text', () => {
  it('escapes controls, line separators, bidi controls and lone surrogates; keeps other text as it is', () => {
    expect(escapeControls('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(escapeControls('NUL\u0000 DEL\u007f C1\u0085')).toBe('NUL\\u0000 DEL\\u007f C1\\u0085');
    expect(escapeControls('LS\u2028PS\u2029RLO\u202e')).toBe('LS\\u2028PS\\u2029RLO\\u202e');
    expect(escapeControls('lone\ud800')).toBe('lone\\ud800');
    expect(escapeControls('Ünïcødé 😀, "quoted"')).toBe('Ünïcødé 😀, "quoted"');
  });

  it('every row error and file error is one line, whatever a cell or a header held', () => {
    const errors = new RowErrors();
    errors.add(2, 'sku\nforged', 'unknown SKU X\nrow 3, column sku: fine');
    const line = formatRowError(errors.list[0]!);
    expect(line).toBe('row 2, column sku\\nforged: unknown SKU X\\nrow 3, column sku: fine');
    expect(line.split('\n')).toHaveLength(1);
    expect(new ImportFileError('f.csv: bad\u0000header').message).toBe('f.csv: bad\\u0000header');
  });
});
