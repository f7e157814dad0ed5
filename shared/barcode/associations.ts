// Rules between AIs in one message (General Specifications §4, "invalid pairs" and
// "mandatory associations" of element strings), as listed in the AI table's "ex=" and "req="
// columns.
import { aiLabel, lookupAi } from './ai-definitions';
import type { Gs1Element } from './element-string';
import { decodeError, type DecodeError } from './errors';

/** "310n" matches 3100-3109; "31nn" matches 3100-3199. */
function matches(pattern: string, ai: string): boolean {
  if (pattern.length !== ai.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== 'n' && pattern[i] !== ai[i]) return false;
  }
  return true;
}

/** The first pair of AIs that must not appear together, as an error; null when none. */
export function findInvalidPair(elements: readonly Gs1Element[]): DecodeError | null {
  for (const el of elements) {
    const def = lookupAi(el.ai);
    if (!def || def.excludes.length === 0) continue;
    for (const other of elements) {
      if (other.ai === el.ai) continue; // an AI is never exclusive of itself
      if (def.excludes.some((p) => matches(p, other.ai))) {
        return decodeError('invalid_pair', `${aiLabel(def)} must not appear together with AI (${other.ai})`);
      }
    }
  }
  return null;
}

/**
 * Mandatory associations not satisfied, one message per rule broken (e.g. AI (21) without
 * (01)). Not enforced by decodeScan: GS1 evaluates them over all barcodes on an item, and a
 * label may split its data over several barcodes.
 */
export function findMissingAssociations(elements: readonly Gs1Element[]): string[] {
  const present = elements.map((e) => e.ai);
  const problems: string[] = [];
  for (const el of elements) {
    const def = lookupAi(el.ai);
    if (!def) continue;
    for (const alternatives of def.requires) {
      const ok = alternatives.some((alt) => alt.split('+').every((p) => present.some((ai) => matches(p, ai))));
      if (!ok) {
        problems.push(`${aiLabel(def)} needs one of: ${alternatives.map((a) => `(${a.replace(/\+/g, ')+(')})`).join(', ')}`);
      }
    }
  }
  return problems;
}
