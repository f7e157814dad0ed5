import { formatMessage, type MessageParams } from '../../shared/i18n/format';
import { acceptLanguageTags, firstSpoken, type Language } from '../../shared/i18n/languages';

/** The reply's language: the first of the client's `Accept-Language` the station speaks (English by default). */
export function replyLanguage(acceptLanguage: string | string[] | undefined): Language {
  return firstSpoken(acceptLanguageTags(Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage));
}

const DEPTH = 4;

type Sentence = { message: string; message_key: string | null; params: MessageParams };
const isSentence = (v: Record<string, unknown>): v is Record<string, unknown> & Sentence =>
  'message_key' in v && typeof v.message === 'string' && (v.message_key === null || typeof v.message_key === 'string') && typeof v.params === 'object' && v.params !== null;

const isMessage = (v: unknown): v is { key: string; params: MessageParams } =>
  typeof v === 'object' && v !== null && typeof (v as { key?: unknown }).key === 'string' && typeof (v as { params?: unknown }).params === 'object';

/**
 * A reply as the client reads it: every sentence the station made from a message key gets its
 * text in `lang`, and the key and its parameters — the station's own plumbing — are left out, so
 * REST shapes stay as they were (`{verdict, reason, message, line}`, `prompt`, `notes`):
 * - `message` + `message_key` + `params` (verdicts, ship results): `message`;
 * - `X_message` (a `{key, params}`): `X`; `X_messages` (a list of them): `Xs`;
 * - `X_key` + `X_params`: `X`.
 */
export function localiseReply(value: unknown, lang: Language, depth = 0): unknown {
  if (depth > DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => localiseReply(v, lang, depth + 1));
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const sentence = isSentence(obj);
  const texts: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (sentence && (k === 'message_key' || k === 'params')) continue;
    if (k.endsWith('_message') && isMessage(v)) {
      texts[k.slice(0, -'_message'.length)] = formatMessage(lang, v.key, v.params);
      continue;
    }
    if (k.endsWith('_messages') && Array.isArray(v) && v.every(isMessage)) {
      texts[`${k.slice(0, -'_messages'.length)}s`] = v.map((m) => formatMessage(lang, m.key, m.params));
      continue;
    }
    if (k.endsWith('_key') && typeof v === 'string' && `${k.slice(0, -4)}_params` in obj) {
      texts[k.slice(0, -4)] = formatMessage(lang, v, obj[`${k.slice(0, -4)}_params`] as MessageParams);
      continue;
    }
    if (k.endsWith('_params') && typeof obj[`${k.slice(0, -7)}_key`] === 'string') continue;
    out[k] = localiseReply(v, lang, depth + 1);
  }
  Object.assign(out, texts);
  if (sentence && obj.message_key) out.message = formatMessage(lang, obj.message_key, obj.params);
  return out;
}
