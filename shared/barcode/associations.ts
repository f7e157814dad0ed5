// Rules between AIs in one message (General Specifications §4, "invalid pairs" and
// "mandatory associations" of element strings), as listed in the AI table's "ex=" and "req="
// attributes, and the dictionary's rule that a digital signature (8030) signs serialised keys.
import { aiLabel, lookupAi, type AiDefinition } from './ai-definitions';
import type { Gs1Element } from './element-string';
import { decodeError, type DecodeError, type DecodeWarning } from './errors';

/** "310n" matches 3100-3109; "31nn" matches 3100-3199. */
function matches(pattern: string, ai: string): boolean {
  if (pattern.length !== ai.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== 'n' && pattern[i] !== ai[i]) return false;
  }
  return true;
}

/**
 * The first pair of AIs that must not appear together, as an error; null when none.
 * `positions[i]` is the raw-scan position of element i, when known.
 */
export function findInvalidPair(elements: readonly Gs1Element[], positions: readonly number[] = []): DecodeError | null {
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Gs1Element;
    const def = lookupAi(el.ai);
    if (!def || def.excludes.length === 0) continue;
    for (let j = 0; j < elements.length; j++) {
      const other = elements[j] as Gs1Element;
      if (other.ai === el.ai) continue; // an AI is never exclusive of itself
      if (def.excludes.some((p) => matches(p, other.ai))) {
        // Point at the later of the two: the element that made the pair.
        const at = positions[Math.max(i, j)];
        return decodeError('invalid_pair', `${aiLabel(def)} must not appear together with AI (${other.ai})`, at);
      }
    }
  }
  return null;
}

/** "(01), (03) or (8006)"; "(01)+(21)" for AIs that must come together. */
function alternativesText(alternatives: readonly string[]): string {
  const parts = alternatives.map((a) => `(${a.replace(/\+/g, ')+(')})`);
  return parts.length === 1 ? (parts[0] as string) : `one of ${parts.join(', ')}`;
}

/**
 * Mandatory associations not satisfied, one warning per rule broken (e.g. AI (21) without
 * (01)). GS1 evaluates them over all barcodes on an item, and a label may split its data over
 * several barcodes, so decodeScan reports them as warnings unless told to enforce them.
 */
export function findMissingAssociations(elements: readonly Gs1Element[]): DecodeWarning[] {
  const present = new Set<string>();
  for (const el of elements) present.add(el.ai);
  const has = (pattern: string): boolean => (pattern.includes('n') ? [...present].some((ai) => matches(pattern, ai)) : present.has(pattern));
  const warnings: DecodeWarning[] = [];
  for (const el of elements) {
    const def = lookupAi(el.ai);
    if (!def || def.requires.length === 0) continue;
    for (const [i, groups] of requirementGroups(def).entries()) {
      if (groups.some((group) => group.every(has))) continue;
      const alternatives = def.requires[i] as readonly string[];
      warnings.push({
        code: 'missing_association',
        message: `${aiLabel(def)} needs ${alternativesText(alternatives)} in the same data`,
        ai: def.ai,
        requires: [...alternatives],
      });
    }
  }
  return warnings;
}

/** Each "req=" rule of an AI as alternatives of AI patterns that must all be present ("01+21"). */
const GROUPS = new Map<string, string[][][]>();
function requirementGroups(def: AiDefinition): string[][][] {
  let groups = GROUPS.get(def.ai);
  if (!groups) {
    groups = def.requires.map((alternatives) => alternatives.map((alt) => alt.split('+')));
    GROUPS.set(def.ai, groups);
  }
  return groups;
}

/** Keys whose serial part is optional, but required next to a digital signature (8030). */
const SERIALISED_WITH_DIGSIG = ['253', '255', '8003'];

/** AI (253), (255) or (8003) without its optional serial component while (8030) is present. */
export function findUnserialisedDigSigKey(elements: readonly Gs1Element[], positions: readonly number[] = []): DecodeError | null {
  if (!elements.some((e) => e.ai === '8030')) return null;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Gs1Element;
    const def = SERIALISED_WITH_DIGSIG.includes(el.ai) ? lookupAi(el.ai) : undefined;
    if (def && el.value.length === def.minLength) {
      return decodeError(
        'missing_serial_part',
        `${aiLabel(def)} "${el.value}" has no serial part, which a digital signature (AI (8030)) requires`,
        positions[i],
      );
    }
  }
  return null;
}
