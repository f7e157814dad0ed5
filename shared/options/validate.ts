import type { FieldIssue } from '../api/errors';
import { isOptionKey, optionDef, optionKeys, type OptionKey, type OptionValues } from './registry';
import { SECRET_MASK } from './secret';

export type OptionPatch = Partial<OptionValues>;

export type PatchCheck = { ok: true; patch: OptionPatch } | { ok: false; issues: FieldIssue[] };

/**
 * Validates a `{ key: value }` patch: unknown keys and wrong types are reported per key. A secret
 * option whose value is `SECRET_MASK` is dropped from the patch (unchanged).
 */
export function checkOptionPatch(input: Record<string, unknown>): PatchCheck {
  const issues: FieldIssue[] = [];
  const patch: Record<string, unknown> = {};
  const entries = Object.entries(input);
  if (entries.length === 0) issues.push({ path: '', message: 'no options given' });
  for (const [key, value] of entries) {
    if (!isOptionKey(key)) {
      issues.push({ path: key, message: `unknown option "${key}"${suggest(key)}` });
      continue;
    }
    // A secret sent back as listed (the mask) is left as it is.
    if (optionDef(key).secret === true && value === SECRET_MASK) continue;
    const parsed = optionDef(key).schema.safeParse(value);
    if (parsed.success) patch[key] = parsed.data;
    else issues.push({ path: key, message: parsed.error.issues.map((i) => i.message).join('; ') });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, patch: patch as OptionPatch };
}

/** Parses a CLI value: JSON when it parses as JSON, otherwise the raw string. */
export function parseCliValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function suggest(key: string): string {
  const lower = key.toLowerCase();
  const close = optionKeys.find((k: OptionKey) => k.toLowerCase() === lower || k.endsWith(`.${lower}`));
  return close ? ` (did you mean "${close}"?)` : '';
}
