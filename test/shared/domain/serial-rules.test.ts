import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SERIAL_LENGTH, checkSerial, isValidSerialPattern, serialRuleOf } from '../../../shared/domain/serial-rules';

const noRule = { serial_length: null, serial_min_length: null, serial_max_length: null, serial_pattern: null };

describe('serial rules', () => {
  it("uses the product's exact length, else its min/max, else the company default", () => {
    expect(serialRuleOf({ ...noRule, serial_length: 10 }, 8)).toEqual({ exactLength: 10 });
    expect(serialRuleOf({ ...noRule, serial_min_length: 6, serial_max_length: 12 }, 8)).toEqual({
      minLength: 6,
      maxLength: 12,
    });
    expect(serialRuleOf(noRule, 8)).toEqual({ exactLength: 8 });
    expect(serialRuleOf(noRule, null)).toEqual({});
    expect(serialRuleOf({ ...noRule, serial_pattern: '[A-Z0-9]+' }, 8)).toEqual({ exactLength: 8, pattern: '[A-Z0-9]+' });
  });

  it('rejects a wrong length with bad_length and says what is needed', () => {
    const r = checkSerial('ABC123', { exactLength: 10 });
    expect(r).toMatchObject({ ok: false, reason: 'bad_length' });
    expect(!r.ok && r.message).toContain('exactly 10');
    expect(checkSerial('ABC', { minLength: 4, maxLength: 6 })).toMatchObject({ ok: false, reason: 'bad_length' });
    expect(checkSerial('ABCDEFG', { minLength: 4, maxLength: 6 })).toMatchObject({ ok: false, reason: 'bad_length' });
    expect(checkSerial('ABCDE', { minLength: 4, maxLength: 6 })).toEqual({ ok: true });
  });

  it('rejects values not matching the whole pattern (e.g. lowercase when the rule forbids it)', () => {
    expect(checkSerial('ab12', { pattern: '[A-Z0-9]+' })).toMatchObject({ ok: false, reason: 'bad_pattern' });
    // Anchored: a match inside the value is not enough.
    expect(checkSerial('XAB12X', { pattern: 'AB12' })).toMatchObject({ ok: false, reason: 'bad_pattern' });
    expect(checkSerial('AB12', { pattern: '[A-Z0-9]+' })).toEqual({ ok: true });
  });

  it('rejects empty values, spaces, control characters and 10 KB scans', () => {
    expect(checkSerial('', {})).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkSerial('AB 12', {})).toMatchObject({ ok: false, reason: 'invalid_characters' });
    expect(checkSerial('AB\u001d12', {})).toMatchObject({ ok: false, reason: 'invalid_characters' });
    expect(checkSerial('AB12\r', {})).toMatchObject({ ok: false, reason: 'invalid_characters' });
    expect(checkSerial('A'.repeat(10 * 1024), {})).toMatchObject({ ok: false, reason: 'bad_length' });
    expect(checkSerial('A'.repeat(MAX_SERIAL_LENGTH), {})).toEqual({ ok: true });
  });

  it('accepts any printable value without a rule', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{1,100}$/), (value) => {
        expect(checkSerial(value, {})).toEqual({ ok: true });
      }),
    );
  });

  it('tells valid patterns from broken ones', () => {
    expect(isValidSerialPattern('[A-Z]{2}\\d+')).toBe(true);
    expect(isValidSerialPattern('[A-Z')).toBe(false);
    // RE2 has no look-around or back-references.
    expect(isValidSerialPattern('(?=SN)[A-Z0-9]+')).toBe(false);
    expect(isValidSerialPattern('(SN)\\1')).toBe(false);
  });

  it('refuses serials of a product whose stored pattern RE2 cannot run, saying the product needs fixing', () => {
    const r = checkSerial('SN123', { pattern: '(?=SN)[A-Z0-9]+' });
    expect(r).toMatchObject({ ok: false, reason: 'bad_pattern' });
    expect(!r.ok && r.message).toMatch(/fix the product/);
  });
});
