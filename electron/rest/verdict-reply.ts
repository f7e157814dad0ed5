import type { Verdict } from '../../shared/workflows/verdict';
import type { RouteReply } from './route';

/**
 * The verdict envelope shared by the receiving, shipping and returns scan endpoints:
 * `{"success":true,"data":{"verdict","reason","message","line"}}`, HTTP 200 for both verdicts
 * (a rejected scan is an answer, not an error).
 */
export function verdictReply(v: Verdict, extra: Record<string, unknown> = {}): RouteReply {
  return { data: { verdict: v.verdict, reason: v.reason, message: v.message, line: v.line, ...extra } };
}
