import { english, msg } from '../../../shared/i18n/message';
import type { ReplySentence } from '../../../shared/workflows/shipping';
import type { VerdictText } from '../../../shared/workflows/verdict';

/** A reply's sentence from a message (or, for words that are not ours, a plain string), as a Verdict carries it. */
export function replySentence(m: VerdictText): ReplySentence {
  return typeof m === 'string' ? { message: m, message_key: null, params: {} } : { message: english(m), message_key: m.key, params: m.params };
}

export const englishOf = (m: VerdictText): string => (typeof m === 'string' ? m : english(m));

/**
 * Several sentences as one reply (a replacement and the scan it led to, a shipment and its
 * printing): one message whose parameters are the sentences, each formatted in the reader's language.
 */
export function joined(parts: VerdictText[], key: JoinKey = 'verdicts-common.joined'): ReplySentence {
  return replySentence(joinedText(parts, key));
}

type JoinKey = 'verdicts-common.joined' | 'verdicts-common.listed';

export function joinedText(parts: VerdictText[], key: JoinKey = 'verdicts-common.joined'): VerdictText {
  const present = parts.filter((p) => p !== '');
  return present.reduceRight<VerdictText | null>((rest, part) => (rest === null ? part : msg(key, { first: part, second: rest })), null) ?? '';
}

/** A reply's sentence back as a message (its key and parameters), or its text when it has no key. */
export const textOf = (r: ReplySentence): VerdictText => (r.message_key ? { key: r.message_key, params: r.params } : r.message);

/** A person's own words (a reason typed with an override) as a sentence ends them: without their final stop. */
export const ownWords = (reason: string): string => reason.replace(/[.!?]+$/, '');
