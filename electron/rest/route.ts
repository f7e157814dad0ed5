import type { z } from 'zod';
import type { IdempotencyClaim } from '../backend/dispatcher';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who called: resolved from x-access-token + x-channel-key on authenticated routes. */
export interface AuthContext {
  apiKeyId: number;
  apiKeyName: string;
  tokenKind: 'static' | 'dynamic';
}

export interface RouteRequest<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  auth: AuthContext | null;
  /** The request's Idempotency-Key (mutating routes), for the operation to claim with its work. */
  idempotency?: IdempotencyClaim;
}

export interface RouteReply {
  status?: number;
  message?: string;
  data?: unknown;
  /**
   * The reply is what the route's `replay` makes from the output its work stored with the
   * Idempotency-Key: a repeat is answered from that row, and no second write stores the reply.
   */
  fromStoredOutput?: boolean;
}

/**
 * One REST route: its schemas drive validation (400 ValidationError with field paths) and the
 * OpenAPI document, so the two cannot drift apart.
 */
export interface RouteDef<B extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: HttpMethod;
  /** Fastify path syntax under /api/v1, e.g. `/purchase-orders/:po/scans`. */
  path: string;
  summary: string;
  tag: string;
  auth: boolean;
  body?: B;
  params?: P;
  query?: Q;
  /**
   * Bound to a station operation (operation-route.ts): the path parameters and the body (GET: the
   * query) become one input, validated with the operation's own schema `input`; `body`/`query`
   * then only document it.
   */
  operation?: string;
  input?: z.ZodType;
  toInput?(params: Record<string, unknown>, payload: Record<string, unknown>): unknown;
  /** The reply from the operation's stored output (an idempotent repeat whose first reply was lost). */
  replay?(output: unknown, input: unknown): Promise<RouteReply> | RouteReply;
  /** Example of `data` in a success envelope, for the OpenAPI document. */
  responseExample?: unknown;
  handler(req: RouteRequest<z.output<B>, z.output<P>, z.output<Q>>): Promise<RouteReply> | RouteReply;
}

export function defineRoute<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType>(
  def: RouteDef<B, P, Q>,
): RouteDef {
  return def as unknown as RouteDef;
}
