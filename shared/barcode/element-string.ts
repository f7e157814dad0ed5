// Parses GS1 element strings as transmitted by a scanner: AI, value, AI, value... where every
// value of an AI without a predefined length ends at an FNC1, transmitted as GS (0x1D), or at
// the end of the data (General Specifications §7.8; predefined lengths in §7.8.5).
import { aiLabel, matchAi, type AiDefinition } from './ai-definitions';
import { decodeError, showChar, type DecodeError } from './errors';
import type { LintContext } from './linters';
import { identityLocate, validateAiValue, type Locate } from './validate-value';

export const GS = '\x1d';

export interface Gs1Element {
  ai: string;
  value: string;
}

/** Elements with the raw-scan position (1-based) of each AI, for errors that name an element. */
export type ElementsResult = { ok: true; elements: Gs1Element[]; positions: number[] } | { ok: false; error: DecodeError };

export interface ParseOptions {
  /** Maps an index in `data` to the position in the raw scan; default: index + 1. */
  locate?: Locate;
  /** Look harder at an over-long value for a left-out FNC1 (off inside that search itself). */
  detectMissingFnc1?: boolean;
}

function unknownAi(data: string, pos: number, locate: Locate): DecodeError {
  const head = data.slice(pos, pos + 4);
  const shown = /^[\x20-\x7e]*$/.test(head) ? `"${head}"` : [...head].map(showChar).join(' ');
  return decodeError('unknown_ai', `unknown AI: the data starts with ${shown} here, which is no GS1 Application Identifier`, locate(pos));
}

/**
 * When a value ran past its maximum, see whether an FNC1 was left out: a valid prefix of the
 * value followed by a complete, valid rest of the data. Internal AIs 90-99 accept almost
 * anything, so a rest starting with one proves nothing and is not considered. Of several
 * splits, prefer the one whose rest holds the most elements and starts with a
 * predefined-length AI (its fixed format is strong evidence), then the longest prefix.
 */
function missingSeparator(def: AiDefinition, value: string, rest: string, ctx: LintContext, locate: Locate, start: number): DecodeError | null {
  let best: { cut: number; next: string; score: number } | null = null;
  for (let cut = Math.min(def.maxLength, value.length - 2); cut >= def.minLength; cut--) {
    const next = matchAi(value, cut);
    if (!next || next.ai.startsWith('9') || validateAiValue(def, value.slice(0, cut), ctx)) continue;
    const tail = parseElementString(value.slice(cut) + rest, ctx, { detectMissingFnc1: false });
    if (!tail.ok) continue;
    const score = tail.elements.length + (next.predefinedLength ? 0.5 : 0);
    if (!best || score > best.score) best = { cut, next: next.ai, score };
  }
  if (!best) return null;
  return decodeError(
    'missing_fnc1',
    `${aiLabel(def)}: no FNC1 separator after "${value.slice(0, best.cut)}"; AI (${best.next}) follows directly ` +
      `(read as one value it would be ${value.length} characters, at most ${def.maxLength} allowed)`,
    locate(start + best.cut),
  );
}

/** Splits and validates element strings. */
export function parseElementString(data: string, ctx: LintContext, opts: ParseOptions = {}): ElementsResult {
  const locate = opts.locate ?? identityLocate;
  const elements: Gs1Element[] = [];
  const positions: number[] = [];
  // Separators only: no data at all (reported as "empty" by the caller), not an empty element.
  if (/^\x1d*$/.test(data)) return { ok: true, elements, positions };
  let pos = 0;
  while (pos < data.length) {
    if (data.charCodeAt(pos) === 0x1d) {
      // A leading FNC1, or one after a predefined-length AI: allowed and ignored. A second one
      // in a row separates nothing: an empty element.
      if (pos > 0 && data.charCodeAt(pos - 1) === 0x1d) {
        return { ok: false, error: decodeError('empty_element', 'two FNC1 separators in a row (an empty element)', locate(pos)) };
      }
      pos++;
      continue;
    }
    const def = matchAi(data, pos);
    if (!def) return { ok: false, error: unknownAi(data, pos, locate) };
    const start = pos + def.ai.length;
    let end: number;
    if (def.predefinedLength) {
      end = start + def.maxLength;
      const gsAt = data.indexOf(GS, start);
      if (end > data.length || (gsAt >= 0 && gsAt < end)) {
        const cutShort = gsAt >= 0 && gsAt < end;
        const got = (cutShort ? gsAt : data.length) - start;
        const message = `${aiLabel(def)}: needs ${def.maxLength} characters but has only ${got}`;
        return { ok: false, error: decodeError('bad_length', message, cutShort ? locate(gsAt) : undefined) };
      }
    } else {
      const gsAt = data.indexOf(GS, start);
      end = gsAt < 0 ? data.length : gsAt;
    }
    const value = data.slice(start, end);
    const error = validateAiValue(def, value, ctx, locate, start);
    if (error) {
      const hint =
        opts.detectMissingFnc1 !== false && !def.predefinedLength && value.length > def.maxLength
          ? missingSeparator(def, value, data.slice(end), ctx, locate, start)
          : null;
      return { ok: false, error: hint ?? error };
    }
    elements.push({ ai: def.ai, value });
    positions.push(locate(pos));
    pos = end;
  }
  return { ok: true, elements, positions };
}
