import type { Verdict } from '../../shared/workflows/verdict';
import type { RouteReply } from './route';

/**
 * The verdict envelope shared by the receiving, shipping and returns scan endpoints:
 * `{"success":true,"data":{"verdict","reason","message","line"}}`, HTTP 200 for both verdicts
 * (a rejected scan is an answer, not an error). `message` is in the client's `Accept-Language`
 * (localise.ts formats it from the verdict's message key when the reply is sent).
 */
export function verdictReply(v: Verdict, extra: Record<string, unknown> = {}): RouteReply {
  return { data: { verdict: v.verdict, reason: v.reason, message: v.message, message_key: v.message_key, params: v.params, line: v.line, ...extra } };
}
