// Checks one AI value against its definition: length, character set, then the content checks.
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

function misfit(def: AiDefinition, value: string): DecodeError {
  return decodeError(
    'bad_length',
    `${aiLabel(def)}: value "${value}" (${value.length} characters) does not fit the format ${formatText(def)}`,
  );
}

export function validateAiValue(def: AiDefinition, value: string, ctx: LintContext): DecodeError | null {
  const label = aiLabel(def);
  if (value.length < def.minLength || value.length > def.maxLength) {
    const what = value.length < def.minLength ? 'too short' : 'too long';
    return decodeError(
      'bad_length',
      `${label}: value "${value}" is ${what} (${value.length} characters; ${lengthRule(def)} allowed)`,
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
      return component.charset === 'N'
        ? decodeError('non_numeric', `${label}: must be digits only, found ${ch} at position ${pos + badAt + 1} of "${value}"`)
        : decodeError(
            'bad_character',
            `${label}: character ${ch} at position ${pos + badAt + 1} is not allowed (${CHARSET_NAMES[component.charset]})`,
          );
    }
    for (const name of component.linters) {
      const problem = LINTERS[name]?.(part, ctx);
      if (problem) return decodeError(problem.code, `${label}: "${value}": ${problem.problem}`);
    }
    pos += take;
  }
  if (pos < value.length) return misfit(def, value);
  return null;
}
