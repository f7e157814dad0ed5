import type { z } from 'zod';

/** Settings screen tabs; each option belongs to one. */
export type OptionTab = 'general' | 'receiving' | 'shipping' | 'returns' | 'devices' | 'serials' | 'api';

/** One station option: dotted key → schema, default, and the words shown in Settings. */
export interface OptionDef<S extends z.ZodType = z.ZodType> {
  schema: S;
  default: z.output<S>;
  tab: OptionTab;
  /** Visible label in Settings (also its accessible name). */
  label: string;
  help?: string;
  /**
   * Write-only: the value is used by the station (e.g. to sign requests) but every reply, push,
   * listing, audit row and log shows `SECRET_MASK` when it is set and `''` when it is not
   * (shared/options/secret.ts). Settings shows a password field that never gets the value back.
   */
  secret?: boolean;
}

export function option<S extends z.ZodType>(
  tab: OptionTab,
  label: string,
  schema: S,
  defaultValue: z.output<S>,
  help?: string,
): OptionDef<S> {
  return help === undefined
    ? { schema, default: defaultValue, tab, label }
    : { schema, default: defaultValue, tab, label, help };
}

/** A map of dotted option keys to their definitions, e.g. `{ 'receiving.requireSerial': option(...) }`. */
export type OptionDefs = Record<string, OptionDef>;

/** Marks an option write-only (see `OptionDef.secret`). */
export function secret<S extends z.ZodType>(def: OptionDef<S>): OptionDef<S> {
  return { ...def, secret: true };
}
