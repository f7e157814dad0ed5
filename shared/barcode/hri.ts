// The human-readable interpretation (HRI) of GS1 element strings, each AI in parentheses:
// "(01)09501101530003(17)250630(10)AB-12" (General Specifications §4.15). Accepted for typed
// input; values cannot contain "(" followed by 2-4 digits and ")" because that starts an AI.
import { lookupAi } from './ai-definitions';
import { decodeError } from './errors';
import type { ElementsResult, Gs1Element } from './element-string';
import type { LintContext } from './linters';
import { identityLocate, validateAiValue, type Locate } from './validate-value';

const AI_IN_PARENS = /\(([0-9]{2,4})\)/g;

/** True when the data looks like HRI: it starts with "(" and digits. */
export function looksLikeHri(data: string): boolean {
  return /^\s*\([0-9]/.test(data);
}

/** `locate` maps an index in `text` to the position in the raw scan. */
export function parseHri(text: string, ctx: LintContext, locate: Locate = identityLocate): ElementsResult {
  const lead = text.length - text.trimStart().length;
  const data = text.trim();
  const where = (i: number): number => locate(lead + i);
  const marks = [...data.matchAll(AI_IN_PARENS)];
  const first = marks[0];
  if (!first || first.index !== 0) {
    return { ok: false, error: decodeError('bad_hri', `"${data}" does not start with an AI in parentheses such as "(01)"`, where(0)) };
  }
  const elements: Gs1Element[] = [];
  const positions: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as RegExpExecArray;
    const ai = mark[1] as string;
    const def = lookupAi(ai);
    if (!def) {
      return {
        ok: false,
        error: decodeError('unknown_ai', `unknown AI (${ai}): no GS1 Application Identifier has that number`, where(mark.index + 1)),
      };
    }
    const from = mark.index + mark[0].length;
    const to = marks[i + 1]?.index ?? data.length;
    const raw = data.slice(from, to);
    const value = raw.trim();
    const valueStart = from + (raw.length - raw.trimStart().length);
    const error = validateAiValue(def, value, ctx, where, valueStart);
    if (error) return { ok: false, error };
    elements.push({ ai, value });
    positions.push(where(mark.index));
  }
  return { ok: true, elements, positions };
}
