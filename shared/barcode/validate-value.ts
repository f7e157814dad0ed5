// Checks one AI value against its definition: length, character set, then the content checks.
// Errors carry the position of the offending character in the raw scan (`locate`).
import { aiLabel, type AiDefinition } from './ai-definitions';
import { CHARSET_NAMES, firstInvalidChar } from './charsets';
import { decodeError, showChar, type DecodeError } from './errors';
import { LINTERS, type LintContext } from './linters';

function lengthRule(def: AiDefinition): string {
  if (def.fixedLength) return `exactly ${def.maxLength}`;
  return def.minLength === def.maxLength ? `${def.minLength}` : `${def.minLength} to ${def.maxLength}`;
}

/** "N6+N2+[N2]+[N2]" */
function formatText(def: AiDefinition): string {
  return def.components
    .map((c) => {
      const part = `${c.charset}${c.min === c.max ? c.max : `..${c.max}`}`;
      return c.optional ? `[${part}]` : part;
    })
    .join('+');
}

/** Maps an index in the string being read to the 1-based position in the raw scan. */
export type Locate = (index: number) => number;

export const identityLocate: Locate = (index) => index + 1;

function misfit(def: AiDefinition, value: string): DecodeError {
  return decodeError(
    'bad_length',
    `${aiLabel(def)}: value "${value}" (${value.length} characters) does not fit the format ${formatText(def)}`,
  );
}

/** Checks `value`; positions are `locate(start + index in value)`. */
export function validateAiValue(def: AiDefinition, value: string, ctx: LintContext, locate: Locate = identityLocate, start = 0): DecodeError | null {
  const label = aiLabel(def);
  if (value.length === 0) return decodeError('empty_element', `${label} has no data (an empty element)`, locate(start));
  if (value.length < def.minLength || value.length > def.maxLength) {
    const tooLong = value.length > def.maxLength;
    return decodeError(
      'bad_length',
      `${label}: value "${value}" is ${tooLong ? 'too long' : 'too short'} (${value.length} characters; ${lengthRule(def)} allowed)`,
      tooLong ? locate(start + def.maxLength) : undefined,
    );
  }
  let pos = 0;
  for (const component of def.components) {
    const remaining = value.length - pos;
    if (remaining === 0 && component.optional) break;
    // Only the last component can be variable-length, so each takes its fixed share.
    const take = component.min === component.max ? component.max : Math.min(remaining, component.max);
    if (take > remaining) return misfit(def, value);
    const part = value.slice(pos, pos + take);
    const badAt = firstInvalidChar(part, component.charset);
    if (badAt >= 0) {
      const ch = showChar(part.charAt(badAt));
      const where = locate(start + pos + badAt);
      return component.charset === 'N'
        ? decodeError('non_numeric', `${label}: must be digits only, found ${ch} in "${value}"`, where)
        : decodeError('bad_character', `${label}: character ${ch} is not allowed (${CHARSET_NAMES[component.charset]})`, where);
    }
    for (const name of component.linters) {
      const problem = LINTERS[name]?.(part, ctx);
      if (problem) return decodeError(problem.code, `${label}: "${value}": ${problem.problem}`, locate(start + pos + (problem.at ?? 0)));
    }
    pos += take;
  }
  if (pos < value.length) return misfit(def, value);
  return null;
}
