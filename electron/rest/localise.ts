import { formatMessage } from '../../shared/i18n/format';
import { acceptLanguageTags, firstSpoken, type Language } from '../../shared/i18n/languages';

/** The reply's language: the first of the client's `Accept-Language` the station speaks (English by default). */
export function replyLanguage(acceptLanguage: string | string[] | undefined): Language {
  return firstSpoken(acceptLanguageTags(Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage));
}

const DEPTH = 4;

type Sentence = { message: string; message_key: string | null; params: Record<string, string | number> };
const isSentence = (v: Record<string, unknown>): v is Record<string, unknown> & Sentence =>
  'message_key' in v && typeof v.message === 'string' && (v.message_key === null || typeof v.message_key === 'string') && typeof v.params === 'object' && v.params !== null;

/**
 * A reply as the client reads it: each sentence the station made from a message key (verdicts,
 * ship results) gets `message` in `lang`, and the key and its parameters — the station's own
 * plumbing — are left out, so the REST shapes stay `{verdict, reason, message, line}`.
 */
export function localiseReply(value: unknown, lang: Language, depth = 0): unknown {
  if (depth > DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => localiseReply(v, lang, depth + 1));
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const sentence = isSentence(obj);
  for (const [k, v] of Object.entries(obj)) {
    if (sentence && (k === 'message_key' || k === 'params')) continue;
    out[k] = localiseReply(v, lang, depth + 1);
  }
  if (sentence && obj.message_key) out.message = formatMessage(lang, obj.message_key, obj.params);
  return out;
}
