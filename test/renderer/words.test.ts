import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/errors';
import { SERIAL_STATUSES } from '../../shared/domain/types';
import { REASON_CODES } from '../../shared/workflows/verdict';
import { errorWords } from '../../renderer/src/words/errors';
import { REASON_WORDS, reasonTooltip } from '../../renderer/src/words/reasons';
import { countOf, statusWord } from '../../renderer/src/words/statuses';

describe('words for people', () => {
  it('every reason code has its sentence; the code stays for support on hover', () => {
    const missing = REASON_CODES.filter((c) => !REASON_WORDS[c]);
    expect(missing).toEqual([]);
    expect(reasonTooltip('duplicate_in_po')).toBe('The serial was already scanned on this purchase order. Support code: duplicate_in_po.');
    expect(ERROR_CODES).toContain('sign_in_required');
  });

  it('statuses are words, never snake_case', () => {
    for (const s of SERIAL_STATUSES) expect(statusWord(s)).not.toContain('_');
    expect(statusWord('in_stock')).toBe('in stock');
    expect(statusWord('in_progress')).toBe('in progress');
  });

  it('counts agree with their number: 1 row, 2 rows, 0 rows', () => {
    expect([countOf(1, 'row'), countOf(2, 'row'), countOf(0, 'row'), countOf(20000, 'row')]).toEqual(['1 row', '2 rows', '0 rows', `${(20000).toLocaleString()} rows`]);
  });

  it('a validation refusal reads as field messages, never schema text', () => {
    const error = { code: 'validation' as const, message: 'invalid input for receiving.deleteSerial: reason: Too small: expected string to have >=1 characters', details: [{ path: 'reason', message: 'Too small: expected string to have >=1 characters' }] };
    expect(errorWords('receiving.deleteSerial', error)).toBe('Give a reason for deleting the serial.');
    const other = errorWords('pools.generate', { code: 'validation', message: 'x', details: [{ path: 'batch_name', message: 'Invalid input' }] });
    expect(other).toBe('Check the batch name.');
    expect(other).not.toMatch(/invalid input|too small|expected/i);
    expect(errorWords('x', { code: 'conflict', message: 'RMA-1 is closed already.' })).toBe('RMA-1 is closed already.');
    const option = errorWords('options.set', { code: 'validation', message: 'invalid options: api.port: Too big: expected number to be <=65535', details: [{ path: 'api.port', message: 'Too big: expected number to be <=65535' }] });
    expect(option).toBe('REST API port: that value is not allowed (api.port).');
  });
});
