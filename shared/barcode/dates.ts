// Dates in GS1 element strings (General Specifications §7.12 "Determination of century in
// dates" and the YYMMDD rules of AIs 11-17: DD=00 stands for the last day of the month).

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The four-digit year for a two-digit YY, as §7.12 rules: when YY minus the current year's
 * last two digits is 51..99 the year is in the previous century, -99..-50 the next one,
 * otherwise the current century.
 */
export function fullYear(yy: number, referenceYear: number): number {
  const century = referenceYear - (referenceYear % 100);
  const diff = yy - (referenceYear % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

function two(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

export type DateProblem = string;

/**
 * Checks a six-digit YYMMDD date; returns what is wrong in words, or null when valid.
 * `allowDayZero`: DD=00 is allowed and means the last day of the month.
 */
export function checkYymmdd(value: string, referenceYear: number, allowDayZero: boolean): DateProblem | null {
  const year = fullYear(two(value, 0), referenceYear);
  return checkMonthDay(year, two(value, 2), two(value, 4), allowDayZero);
}

/** Checks an eight-digit YYYYMMDD date. */
export function checkYyyymmdd(value: string): DateProblem | null {
  const year = Number(value.slice(0, 4));
  return checkMonthDay(year, two(value, 4), two(value, 6), false);
}

function checkMonthDay(year: number, month: number, day: number, allowDayZero: boolean): DateProblem | null {
  if (month < 1 || month > 12) return `month ${String(month).padStart(2, '0')} does not exist`;
  if (day === 0) return allowDayZero ? null : 'day 00 is not allowed here';
  const last = daysInMonth(year, month);
  if (day > last) return `${year}-${String(month).padStart(2, '0')} has only ${last} days, not ${day}`;
  return null;
}

/** Checks HH (00-23) and, when present, MI and SS (00-59) fields given as one digit string. */
export function checkTime(value: string, fields: readonly ('hour' | 'minute' | 'second')[]): DateProblem | null {
  for (let i = 0; i < fields.length; i++) {
    const n = two(value, i * 2);
    const field = fields[i];
    const max = field === 'hour' ? 23 : 59;
    if (n > max) return `${field} ${String(n).padStart(2, '0')} is out of range (00-${max})`;
  }
  return null;
}

/** A valid YYMMDD (DD may be 00) as an ISO date; DD=00 becomes the last day of the month. */
export function yymmddToIso(value: string, referenceYear: number): string {
  const year = fullYear(two(value, 0), referenceYear);
  const month = two(value, 2);
  const day = two(value, 4) || daysInMonth(year, month);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
