import { z } from 'zod';
import { identifier, normalizeText, textProblem } from './identifiers';
import { MAX_SERIAL_LENGTH } from './serial-rules';

/** Field builders with plain-language messages, shared by the document schemas. */

/** Longest text accepted in any document field (CSV cells of 10 KB are rejected earlier). */
export const MAX_TEXT = 200;

function typeError(expected: string) {
  return (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${expected}`);
}

/** A required single-line text (a name): trimmed, 1..max characters, well-formed, no control characters, NFC. */
export function text(max = MAX_TEXT) {
  return identifier(max, 'text');
}

/** A code (SKU, document number, alias, bin): an identifier (identifiers.ts), at most 100 characters. */
export function code() {
  return identifier(100);
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
    .superRefine((v, ctx) => {
      const problem = /[\s\u0000-\u001f\u007f-\u009f]/u.test(v) ? 'must not contain spaces or control characters' : textProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(normalizeText);
}

/** One problem with a field of a document; `path` is dotted (`lines.2.qty`), empty for the whole. */
export interface DocumentIssue {
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
