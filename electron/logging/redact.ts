import { isSecretOption, maskSecret } from '../../shared/options/secret';

/**
 * Secrets never reach a log line or a diagnostics bundle: values under secret-looking keys are
 * replaced, and credentials inside URLs and header-like text are masked. Key-based, at any depth,
 * so a secret added by a later feature (a webhook secret, a label service token) is covered too.
 */
export const REDACTED = '[redacted]';

// The last segment of a (dotted, dashed or camelCased) key: `pin`, `supervisorPin`, `x-access-token`,
// `api.secret`, `channel_key`, `password`. Not `tokenTtlMinutes` or `pinned`: the name must END so.
const SECRET_KEY = /(secret|password|passwd|passphrase|token|pin|pins|apikey|api_key|accesskey|access_key|privatekey|private_key|channelkey|channel_key|channel-key|authorization|cookie|credentials?)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.split('.').at(-1) ?? key);
}

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]+):[^@/?#\s]+@/gi;
const HEADER_SECRET = /\b(x-access-token|x-channel-key|authorization|secret|password|token|pin)(["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;
const KEY_PARAM = /([?&#](?:key|token|secret|pin)=)[^&\s"']+/gi;

/** Masks credentials in free text: `postgres://u:pw@h` → `postgres://u:[redacted]@h`, `?key=…`, header values. */
export function redactText(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1:${REDACTED}@`).replace(HEADER_SECRET, `$1$2${REDACTED}`).replace(KEY_PARAM, `$1${REDACTED}`);
}

/** A deep copy of `value` with secret keys replaced and strings masked. Errors keep their identity for pino's serializer. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) return redactError(value);
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // A secret station option (`shipping.labelService.secret`) looks as it does in every listing: `********` or ''.
    if (isSecretOption(k)) out[k] = maskSecret(v);
    else out[k] = isSecretKey(k) && v !== null && v !== undefined && v !== '' ? REDACTED : redactSecrets(v, depth + 1);
  }
  return out;
}

function redactError(err: Error): Error {
  const message = redactText(err.message);
  const stack = err.stack === undefined ? undefined : redactText(err.stack);
  if (message === err.message && stack === err.stack) return err;
  const copy = new Error(message);
  copy.name = err.name;
  if (stack !== undefined) copy.stack = stack;
  for (const [k, v] of Object.entries(err)) (copy as unknown as Record<string, unknown>)[k] = isSecretKey(k) ? REDACTED : v;
  return copy;
}
