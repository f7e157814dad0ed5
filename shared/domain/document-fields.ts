import { z } from 'zod';
import { MAX_SERIAL_LENGTH } from './serial-rules';

/** Field builders with plain-language messages, shared by the document schemas. */

/** Longest text accepted in any document field (CSV cells of 10 KB are rejected earlier). */
export const MAX_TEXT = 200;

function typeError(expected: string) {
  return (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${expected}`);
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** A required single-line text: trimmed, 1..max characters, no control characters. */
export function text(max = MAX_TEXT) {
  return z
    .string({ error: typeError('text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((v) => !/[\r\n]/.test(v), { error: 'must be on one line (it contains a line break)' })
    .refine((v) => !CONTROL.test(v.replace(/[\r\n]/g, '')), { error: 'must not contain control characters' });
}

/** A code (SKU, document number, alias): like text, without spaces at either end, at most 100. */
export function code() {
  return text(100);
}

export function wholeNumber(min: number, max: number) {
  return z
    .number({ error: typeError('a number') })
    .int({ error: 'must be a whole number' })
    .min(min, { error: min === 1 ? 'must be at least 1' : `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
}

export function amount() {
  return z
    .number({ error: typeError('a number') })
    .min(0, { error: 'must not be negative' })
    .max(1e12, { error: 'is too large' });
}

export function flag() {
  return z.boolean({ error: typeError('true or false') });
}

/** A serial value as written in a document; the product's length rule is checked where it is known. */
export function serialValue() {
  return z
    .string({ error: typeError('text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_SERIAL_LENGTH, { error: `must be at most ${MAX_SERIAL_LENGTH} characters` })
    .refine((v) => !/\s/u.test(v) && !CONTROL.test(v), { error: 'must not contain spaces or control characters' });
}

/** One problem with a field of a document; `path` is dotted (`lines.2.qty`), empty for the whole. */
export interface DocumentIssue {
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
