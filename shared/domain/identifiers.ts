import { z } from 'zod';

/**
 * Identifier hygiene: document numbers, SKUs, serials, bins, user and station names. An
 * identifier is looked up, printed on labels, put in URLs and compared byte for byte, so it must
 * be well-formed Unicode (a lone surrogate cannot be encoded in a URL or in UTF-8), hold no C0/C1
 * control characters, and no invisible characters that make two different values look the same
 * (bidirectional controls, zero-width characters). Accepted values are stored in NFC, so the same
 * text typed two ways (é as one code point or e + accent) is one identifier.
 *
 * One validator for REST and station-API schemas, CSV imports and the UI's forms.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.source;
const LONE = new RegExp(LONE_SURROGATE);
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Zero-width space, (non-)joiner, word joiner, invisible operators, BOM, Mongolian vowel separator. */
const ZERO_WIDTH = /[\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

export type TextRule = 'identifier' | 'text';

/**
 * The first problem of `value` as an identifier (or, for `text`, as free text such as a product
 * name, which may hold zero-width joiners and bidi marks), in words; null when it is clean.
 */
export function textProblem(value: string, rule: TextRule = 'identifier'): string | null {
  if (LONE.test(value)) return 'must be well-formed Unicode (it holds a lone surrogate)';
  if (CONTROL.test(value)) return 'must not contain control characters';
  if (rule === 'text') return null;
  if (BIDI.test(value)) return 'must not contain bidirectional control characters';
  if (ZERO_WIDTH.test(value)) return 'must not contain zero-width characters';
  return null;
}

/** The stored form of an accepted identifier or text: NFC. */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}

function typeError(issue: { input: unknown }): string {
  return issue.input === undefined ? 'is required' : 'must be text';
}

/**
 * A required identifier: trimmed, 1..max characters, clean (textProblem), in NFC. Line breaks
 * get their own message (a pasted cell, a wrong scanner suffix).
 */
export function identifier(max = 100, rule: TextRule = 'identifier') {
  return z
    .string({ error: typeError })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .superRefine((value, ctx) => {
      const problem = /[\r\n]/.test(value) ? 'must be on one line (it contains a line break)' : textProblem(value, rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(normalizeText);
}
