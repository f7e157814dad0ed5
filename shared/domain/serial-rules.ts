/** Length and pattern rules for serial values, shared by receiving, shipping, returns and import. */

import { textProblem } from './identifiers';
import { compileSerialPattern } from './serial-pattern';

/** No serial is longer than this, whatever the product rule says (GS1 AI (21) allows 20). */
export const MAX_SERIAL_LENGTH = 100;

export interface SerialRule {
  exactLength?: number;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole value must match. */
  pattern?: string;
}

export interface ProductSerialFields {
  serial_length: number | null;
  serial_min_length: number | null;
  serial_max_length: number | null;
  serial_pattern: string | null;
}

export type SerialRejectReason = 'empty' | 'invalid_characters' | 'bad_length' | 'bad_pattern';

export type SerialCheck = { ok: true } | { ok: false; reason: SerialRejectReason; message: string };

/**
 * The rule that applies to a product: its own length rule when it has one, otherwise the company
 * default length (`serials.defaultLength`). The pattern always comes from the product.
 */
export function serialRuleOf(product: ProductSerialFields, defaultLength: number | null): SerialRule {
  const rule: SerialRule = {};
  if (product.serial_length !== null) rule.exactLength = product.serial_length;
  else if (product.serial_min_length !== null || product.serial_max_length !== null) {
    if (product.serial_min_length !== null) rule.minLength = product.serial_min_length;
    if (product.serial_max_length !== null) rule.maxLength = product.serial_max_length;
  } else if (defaultLength !== null) rule.exactLength = defaultLength;
  if (product.serial_pattern !== null) rule.pattern = product.serial_pattern;
  return rule;
}

// Whitespace and control characters never belong in a serial: they come from a wrong scanner
// suffix, a pasted cell or a scanner aimed at free text.
const INVALID_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f]/u;

/** True when `pattern` can be used as a serial pattern (see serial-pattern.ts for the reason when not). */
export function isValidSerialPattern(pattern: string): boolean {
  return compileSerialPattern(pattern).ok;
}

export function checkSerial(value: string, rule: SerialRule): SerialCheck {
  if (value.length === 0) return { ok: false, reason: 'empty', message: 'The serial number is empty.' };
  if (value.length > MAX_SERIAL_LENGTH) {
    return {
      ok: false,
      reason: 'bad_length',
      message: `The serial number is ${value.length} characters long; at most ${MAX_SERIAL_LENGTH} are allowed.`,
    };
  }
  if (INVALID_CHARACTERS.test(value)) {
    return {
      ok: false,
      reason: 'invalid_characters',
      message: 'The serial number contains spaces or control characters.',
    };
  }
  // Invisible characters (bidi controls, zero-width) and lone surrogates: identifiers.ts.
  const problem = textProblem(value);
  if (problem !== null) return { ok: false, reason: 'invalid_characters', message: `The serial number ${problem}.` };
  // Characters, not UTF-16 units; most serials are ASCII, so count code points only when needed.
  const length = /[\uD800-\uDFFF]/.test(value) ? [...value].length : value.length;
  if (rule.exactLength !== undefined && length !== rule.exactLength) {
    return {
      ok: false,
      reason: 'bad_length',
      message: `The serial number has ${length} characters; this product needs exactly ${rule.exactLength}.`,
    };
  }
  if (rule.minLength !== undefined && length < rule.minLength) {
    return {
      ok: false,
      reason: 'bad_length',
      message: `The serial number has ${length} characters; this product needs at least ${rule.minLength}.`,
    };
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    return {
      ok: false,
      reason: 'bad_length',
      message: `The serial number has ${length} characters; this product allows at most ${rule.maxLength}.`,
    };
  }
  if (rule.pattern !== undefined) return checkPattern(value, rule.pattern);
  return { ok: true };
}

function checkPattern(value: string, pattern: string): SerialCheck {
  const compiled = compileSerialPattern(pattern);
  // A pattern saved before patterns ran on RE2 may not compile: refuse rather than skip the rule.
  if (!compiled.ok) {
    return { ok: false, reason: 'bad_pattern', message: `This product's serial pattern ${pattern} ${compiled.reason}; fix the product.` };
  }
  if (!compiled.matches(value)) {
    return {
      ok: false,
      reason: 'bad_pattern',
      message: `The serial number does not match this product's pattern ${pattern}.`,
    };
  }
  return { ok: true };
}
