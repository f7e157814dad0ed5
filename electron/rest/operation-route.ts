import { z } from 'zod';
import type { ParsedInput, RequestName, RequestOutput } from '../../shared/api/contract';
import type { Station } from '../backend/station';
import type { HttpMethod, RouteDef, RouteReply } from './route';

/**
 * A REST route bound to a station operation: the request is validated with the operation's own
 * input schema (the same object IPC, WebSocket and the CLI use) and run by the operation runner,
 * which emits its events. The adapter only maps the URL onto the input and the output onto a reply.
 */
export interface OperationRouteDef<N extends RequestName> {
  operation: N;
  method: HttpMethod;
  /** Fastify path syntax under /api/v1; each `:param` fills the input field named in `params`. */
  path: string;
  params?: Record<string, string>;
  summary: string;
  tag: string;
  /** Builds the input from the path parameters and the body (or, for GET, the query); default: merged. */
  toInput?(params: Record<string, string>, payload: Record<string, unknown>): unknown;
  /** Fields of the input not sent in the body or query (the path's, or those `toInput` fills). */
  omit?: readonly string[];
  /** What the body or query looks like when `toInput` reshapes it (default: the input without `omit`). */
  shown?: z.ZodType;
  responseExample?: unknown;
  reply?(output: RequestOutput<N>, input: ParsedInput<N>): RouteReply | Promise<RouteReply>;
}

export function operationRoute<N extends RequestName>(station: Station, def: OperationRouteDef<N>): RouteDef {
  const op = station.operations.table.get(def.operation);
  if (!op) throw new Error(`no operation ${def.operation}`);
  const paramFields = Object.values(def.params ?? {});
  const shown = def.shown ?? shownSchema(op.input, [...paramFields, ...(def.omit ?? [])]);
  const paramsSchema = z.object(Object.fromEntries(Object.keys(def.params ?? {}).map((k) => [k, z.string()])));
  const toInput =
    def.toInput ??
    ((params: Record<string, string>, payload: Record<string, unknown>) => ({
      ...payload,
      ...Object.fromEntries(Object.entries(def.params ?? {}).map(([param, field]) => [field, params[param]])),
    }));
  return {
    method: def.method,
    path: def.path,
    summary: def.summary,
    tag: def.tag,
    auth: true,
    operation: def.operation,
    input: op.input,
    toInput: (params, payload) => toInput(params as Record<string, string>, payload),
    ...(def.method === 'GET' ? { query: shown } : { body: shown }),
    ...(def.params ? { params: paramsSchema } : {}),
    ...(def.responseExample === undefined ? {} : { responseExample: def.responseExample }),
    replay: (output, input) => (def.reply ? def.reply(output as RequestOutput<N>, input as ParsedInput<N>) : { data: output }),
    handler: async ({ body, auth, idempotency }) => {
      const ctx = { origin: 'rest' as const, apiKeyName: auth?.apiKeyName ?? 'api', ...(idempotency ? { idempotency } : {}) };
      const output = (await station.operations.run(def.operation, body, ctx)) as RequestOutput<N>;
      const reply = def.reply ? def.reply(output, body as ParsedInput<N>) : { data: output };
      // An async reply reads more than the output (a pool's summary now): keep the reply sent.
      if (reply instanceof Promise) return reply;
      // The work's transaction stored this very output with the key (not an earlier transaction's
      // result), and the reply is made from it alone: `replay` rebuilds it from the stored row.
      const stored = output !== undefined && idempotency?.claimed?.output === output;
      return stored ? { ...reply, fromStoredOutput: true } : reply;
    },
  };
}

/** The body or query as documented: the operation's input without the fields the path fills. */
function shownSchema(input: z.ZodType, omit: string[]): z.ZodType {
  if (!(input instanceof z.ZodObject) || omit.length === 0) return input;
  const shape = input.shape as Record<string, z.ZodType>;
  return z.object(Object.fromEntries(Object.entries(shape).filter(([k]) => !omit.includes(k))));
}
