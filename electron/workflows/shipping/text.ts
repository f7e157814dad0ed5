import { english } from '../../../shared/i18n/message';
import type { ReplySentence } from '../../../shared/workflows/shipping';
import type { VerdictText } from '../../../shared/workflows/verdict';

/** A reply's sentence from a message (or, for words that are not ours, a plain string), as a Verdict carries it. */
export function replySentence(m: VerdictText): ReplySentence {
  return typeof m === 'string' ? { message: m, message_key: null, params: {} } : { message: english(m), message_key: m.key, params: m.params };
}

export const englishOf = (m: VerdictText): string => (typeof m === 'string' ? m : english(m));

/**
 * Several sentences as one reply (a replacement and the scan it led to, a shipment and its
 * printing). Messages do not nest (shared/i18n formats one key with flat parameters), so the whole
 * is English only: `message_key` null.
 */
export function joined(parts: VerdictText[], separator = ' '): ReplySentence {
  return { message: parts.map(englishOf).filter(Boolean).join(separator), message_key: null, params: {} };
}

/** A person's own words (a reason typed with an override) as a sentence ends them: without their final stop. */
export const ownWords = (reason: string): string => reason.replace(/[.!?]+$/, '');
