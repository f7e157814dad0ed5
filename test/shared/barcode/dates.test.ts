import { describe, expect, it } from 'vitest';
import { checkTime, checkYymmdd, daysInMonth, fullYear, yymmddToIso } from '../../../shared/barcode/dates';

describe('GS1 dates', () => {
  it('reads two-digit years in a window around the current year (§7.12)', () => {
    expect(fullYear(25, 2025)).toBe(2025);
    expect(fullYear(75, 2025)).toBe(2075); // 50 years ahead: still this century
    expect(fullYear(76, 2025)).toBe(1976); // 51 ahead: previous century
    expect(fullYear(5, 2098)).toBe(2105); // 93 behind: next century
    expect(fullYear(48, 2098)).toBe(2148); // -50: next century
    expect(fullYear(49, 2098)).toBe(2049);
  });

  it('turns DD=00 into the last day of the month, leap years included', () => {
    expect(yymmddToIso('240200', 2025)).toBe('2024-02-29');
    expect(yymmddToIso('250200', 2025)).toBe('2025-02-28');
    expect(yymmddToIso('000200', 2025)).toBe('2000-02-29'); // divisible by 400
    expect(yymmddToIso('000200', 2090)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(yymmddToIso('250400', 2025)).toBe('2025-04-30');
    expect(yymmddToIso('251200', 2025)).toBe('2025-12-31');
    expect(yymmddToIso('250630', 2025)).toBe('2025-06-30');
  });

  it('rejects impossible dates in words', () => {
    expect(checkYymmdd('251301', 2025, true)).toMatch(/month 13/);
    expect(checkYymmdd('250001', 2025, true)).toMatch(/month 00/);
    expect(checkYymmdd('250230', 2025, true)).toMatch(/only 28 days/);
    expect(checkYymmdd('240230', 2025, true)).toMatch(/only 29 days/);
    expect(checkYymmdd('240229', 2025, true)).toBeNull();
    expect(checkYymmdd('250229', 2025, true)).toMatch(/only 28 days/);
    expect(checkYymmdd('250431', 2025, true)).toMatch(/only 30 days/);
    expect(checkYymmdd('250600', 2025, true)).toBeNull();
    expect(checkYymmdd('250600', 2025, false)).toMatch(/day 00/);
  });

  it('checks times', () => {
    expect(checkTime('2359', ['hour', 'minute'])).toBeNull();
    expect(checkTime('2400', ['hour', 'minute'])).toMatch(/hour 24/);
    expect(checkTime('1260', ['hour', 'minute'])).toMatch(/minute 60/);
    expect(daysInMonth(2023, 2)).toBe(28);
  });
});
