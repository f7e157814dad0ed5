/** Length and pattern rules for serial values, shared by receiving, shipping, returns and import. */

import type { MessageKey } from '../i18n/catalog';
import { english, msg, type Message } from '../i18n/message';
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

/**
 * A refused serial: `text` is the sentence as a message (for verdicts: pass it to `rejected`, so
 * the station and REST show it in their language); `message` is the same sentence in English (for
 * import reports and field issues, which are English text).
 */
export type SerialCheck = { ok: true } | { ok: false; reason: SerialRejectReason; message: string; text: Message };

function refuse(reason: SerialRejectReason, text: Message): SerialCheck {
  return { ok: false, reason, message: english(text), text };
}

/** textProblem's words (identifiers.ts), each its own message. */
const TEXT_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  'must be well-formed Unicode (it holds a lone surrogate)': 'verdicts-common.serial.loneSurrogate',
  'must not contain control characters': 'verdicts-common.serial.controlCharacters',
  'must not contain bidirectional control characters': 'verdicts-common.serial.bidiControls',
  'must not contain zero-width characters': 'verdicts-common.serial.zeroWidth',
};

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
  if (value.length === 0) return refuse('empty', msg('verdicts-common.serial.empty'));
  if (value.length > MAX_SERIAL_LENGTH) {
    return refuse('bad_length', msg('verdicts-common.serial.tooLong', { length: value.length, max: MAX_SERIAL_LENGTH }));
  }
  if (INVALID_CHARACTERS.test(value)) return refuse('invalid_characters', msg('verdicts-common.serial.spacesOrControl'));
  // Invisible characters (bidi controls, zero-width) and lone surrogates: identifiers.ts.
  const problem = textProblem(value);
  if (problem !== null) {
    const key = TEXT_PROBLEMS[problem];
    return refuse('invalid_characters', key ? msg(key) : msg('verdicts-common.serial.textProblem', { detail: problem }));
  }
  // Characters, not UTF-16 units; most serials are ASCII, so count code points only when needed.
  const length = /[\uD800-\uDFFF]/.test(value) ? [...value].length : value.length;
  if (rule.exactLength !== undefined && length !== rule.exactLength) {
    return refuse('bad_length', msg('verdicts-common.serial.exactLength', { length, exact: rule.exactLength }));
  }
  if (rule.minLength !== undefined && length < rule.minLength) {
    return refuse('bad_length', msg('verdicts-common.serial.minLength', { length, min: rule.minLength }));
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    return refuse('bad_length', msg('verdicts-common.serial.maxLength', { length, max: rule.maxLength }));
  }
  if (rule.pattern !== undefined) return checkPattern(value, rule.pattern);
  return { ok: true };
}

function checkPattern(value: string, pattern: string): SerialCheck {
  const compiled = compileSerialPattern(pattern);
  // A pattern saved before patterns ran on RE2 may not compile: refuse rather than skip the rule.
  // Its reason (serial-pattern.ts) stays English: a technical detail for whoever fixes the product.
  if (!compiled.ok) return refuse('bad_pattern', msg('verdicts-common.serial.patternUnusable', { pattern, detail: compiled.reason }));
  if (!compiled.matches(value)) return refuse('bad_pattern', msg('verdicts-common.serial.patternMismatch', { pattern }));
  return { ok: true };
}
