import type { z } from 'zod';
import { accessOf, type Access } from '../../shared/api/access';
import { requests, type RequestName } from '../../shared/api/contract';
import { eventsOf, type OperationEvents, type OperationPush } from '../../shared/api/operation-events';
import type { Handler, Handlers, RequestContext } from '../backend/dispatcher';
import { inOperation } from './operation-scope';

/**
 * One station operation, declared once: its name, input schema (the shared contract's object, so
 * the renderer, IPC, WebSocket, REST and CLI validate with the same one), handler, the events it
 * emits and who may call it from the station's UI (REST callers hold an API key, the CLI is the
 * local administrator).
 */
export interface Operation<N extends RequestName = RequestName> {
  name: N;
  input: z.ZodType;
  access: Access | null;
  events: OperationEvents;
  handler: Handler<N>;
}

export type OperationTable = ReadonlyMap<RequestName, Operation>;

export function operationTable(handlers: Handlers): OperationTable {
  const table = new Map<RequestName, Operation>();
  for (const name of Object.keys(requests) as RequestName[]) {
    table.set(name, { name, input: requests[name].input, access: accessOf(name), events: eventsOf(name), handler: handlers[name] as Handler<RequestName> });
  }
  return table;
}

export interface RunnerHooks {
  /** Refuses a caller that may not run the operation (throws a StationError). */
  checkAccess?(name: RequestName, ctx: RequestContext): Promise<void>;
  /** Pushes an event to the station's UIs (after the operation succeeded); `input` is the operation's. */
  push(event: OperationPush, ctx: RequestContext, input: unknown): void;
  /** The station's name and the caller as the feed names them (`api:<key>`, a user name, `cli`). */
  who?(ctx: RequestContext): { station: string; actor: string | null };
}

/** Runs an operation whose input is already validated by its schema; throws what the handler throws. */
export type RunOperation = (name: RequestName, input: unknown, ctx: RequestContext) => Promise<unknown>;

/**
 * The one place an operation runs, for every adapter: access, the handler inside the operation's
 * scope (its feed events are written in its own transaction, see operation-scope.ts), then the
 * pushes it declares — so no adapter publishes anything itself.
 */
export function createRunner(table: OperationTable, hooks: RunnerHooks): RunOperation {
  return async (name, input, ctx) => {
    const op = table.get(name);
    if (!op) throw new Error(`no operation ${name}`);
    await hooks.checkAccess?.(name, ctx);
    const who = hooks.who?.(ctx);
    const result = await inOperation({ name, ctx, input, ...(who ?? {}), ...(ctx.idempotency ? { idempotency: ctx.idempotency } : {}) }, () => (op.handler as Handler<RequestName>)(input as never, ctx));
    for (const event of op.events.push ?? []) hooks.push(event, ctx, input);
    return result;
  };
}

/** The station's operations: the table and its one runner (REST routes bound to an operation call `run`). */
export interface Operations {
  table: OperationTable;
  run: RunOperation;
}
