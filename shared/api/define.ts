import type { z } from 'zod';

/** A request: its input schema (validated server-side) and its output type (phantom). */
export interface RequestDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Type-level only: never read at run time. */
  readonly output?: O;
}

/** `request<Output>()(inputSchema)` — output first so the schema's type is inferred. */
export function request<O>() {
  return <I extends z.ZodType>(input: I): RequestDef<I, O> => ({ input });
}

export type RequestDefs = Record<string, RequestDef>;
