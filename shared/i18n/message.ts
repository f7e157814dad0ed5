import type { MessageKey } from './catalog';
import { formatMessage, strictMessages } from './format';
import { LANGUAGES } from './languages';

/**
 * A sentence for a person, carried as its key and parameters so each side formats it in its own
 * language (the renderer in the station's, REST in the client's `Accept-Language`).
 */
export interface Message {
  key: MessageKey;
  params: MessageArgs;
}

/** A parameter: text, a number, or a whole sentence (formatted in the same language: sentences joined into one reply). */
export type MessageArg = string | number | Message;
export type MessageArgs = Record<string, MessageArg>;

/** A message; in tests (strict mode) it is formatted at once in every language, so a missing parameter fails where it is made. */
export function msg(key: MessageKey, params: MessageArgs = {}): Message {
  if (strictMessages()) for (const lang of LANGUAGES) formatMessage(lang, key, params);
  return { key, params };
}

export const english = (m: Message): string => formatMessage('en', m.key, m.params);
