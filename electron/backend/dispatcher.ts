import type { z } from 'zod';
import { isRequestName, requests, type ParsedInput, type RequestName, type RequestOutput } from '../../shared/api/contract';
import { MAX_REQUEST_BYTES } from '../../shared/api/client';
import { fail, type FieldIssue, type Result, type StationError } from '../../shared/api/errors';
import { asStationError } from './error-mapping';
import { createRunner, operationTable, type Operations, type RunnerHooks } from '../operations/table';
import type { UiLink } from './ui-link';

export type Origin = 'ipc' | 'ws' | 'rest' | 'cli' | 'test';

export interface RequestContext {
  origin: Origin;
  /** A REST caller's API key name: its work is recorded as `api:<name>`. */
  apiKeyName?: string;
  /** A REST request's Idempotency-Key: claimed in the transaction of the operation's work. */
  idempotency?: IdempotencyClaim;
  /** The UI connection a request came on (IPC, WebSocket): pushes meant for that UI alone. */
  link?: UiLink;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  hash: string;
  /** Set by the work's transaction that stored the key with its output (status 0), once committed with it. */
  claimed?: { output: unknown };
}

export type Handler<N extends RequestName> = (
  input: ParsedInput<N>,
  ctx: RequestContext,
) => Promise<RequestOutput<N>> | RequestOutput<N>;

/** One handler per request name: the compiler refuses a contract entry without a handler. */
export type Handlers = { [N in RequestName]: Handler<N> };

export type Dispatch = (name: unknown, input: unknown, ctx: RequestContext) => Promise<Result<unknown>>;

/** Turns a zod error into field issues with dotted paths. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Refuses a request its caller may not make (throws a StationError); see backend/access.ts. */
export type AccessCheck = (name: RequestName, ctx: RequestContext) => Promise<void>;

/**
 * The single server-side entry for station API requests (IPC, WebSocket, CLI). Every payload is
 * size-checked and schema-validated before any handler sees it, then the caller's access checked;
 * every failure comes back as data.
 */
export function createDispatcher(
  handlers: Handlers,
  onInternalError: (err: unknown, request: RequestName) => void = () => {},
  onStorageFault: (error: StationError, request: string) => void = () => {},
  checkAccess?: AccessCheck,
  push: RunnerHooks['push'] = () => {},
  operations?: Operations,
): Dispatch {
  const table = operations?.table ?? operationTable(handlers);
  const run = operations?.run ?? createRunner(table, { ...(checkAccess ? { checkAccess } : {}), push });
  return async (name, input, ctx) => {
    if (!isRequestName(name)) {
      const shown = typeof name === 'string' ? `"${name.slice(0, 80)}"` : typeof name;
      return fail('unknown_request', `unknown request ${shown}`);
    }
    const size = payloadSize(input);
    if (size === null) return fail('validation', 'payload is not plain JSON data');
    if (size > MAX_REQUEST_BYTES) {
      return fail('payload_too_large', `payload of ${size} characters exceeds the limit of ${MAX_REQUEST_BYTES}`);
    }
    const parsed = (table.get(name)?.input ?? requests[name].input).safeParse(input ?? {});
    if (!parsed.success) {
      const details = zodIssues(parsed.error);
      return fail('validation', `invalid input for ${name}: ${summarize(details)}`, details);
    }
    try {
      return { ok: true, value: await run(name, parsed.data, ctx) };
    } catch (err) {
      const known = asStationError(err);
      if (known) {
        if (known.code === 'storage') onStorageFault(known, name);
        return { ok: false, error: known.toApiError() };
      }
      onInternalError(err, name);
      return fail('internal', `internal error in ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}

function payloadSize(input: unknown): number | null {
  try {
    const json = JSON.stringify(input ?? {});
    return json === undefined ? null : json.length;
  } catch {
    return null;
  }
}

export function summarize(details: FieldIssue[]): string {
  return details
    .slice(0, 5)
    .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
    .join('; ');
}
