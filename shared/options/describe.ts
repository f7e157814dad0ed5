import type { z } from 'zod';
import type { OptionDef } from './define';

export type OptionWidget =
  | { kind: 'boolean' }
  | { kind: 'number'; nullable: boolean; min?: number; max?: number }
  | { kind: 'string'; nullable: boolean }
  | { kind: 'choice'; choices: (string | number)[] }
  | { kind: 'list' };

interface Def {
  type: string;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  element?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { def: Def }).def;
}

/** How the Settings screen edits an option, derived from its schema (so new options need no UI code). */
export function optionWidget(def: OptionDef): OptionWidget {
  let schema = def.schema;
  let nullable = false;
  for (;;) {
    const d = defOf(schema);
    if ((d.type === 'nullable' || d.type === 'optional' || d.type === 'default') && d.innerType) {
      nullable ||= d.type === 'nullable';
      schema = d.innerType;
      continue;
    }
    switch (d.type) {
      case 'boolean':
        return { kind: 'boolean' };
      case 'number': {
        const bounds = schema as unknown as { minValue?: number | null; maxValue?: number | null };
        const w: OptionWidget = { kind: 'number', nullable };
        if (typeof bounds.minValue === 'number' && Number.isFinite(bounds.minValue)) w.min = bounds.minValue;
        if (typeof bounds.maxValue === 'number' && Number.isFinite(bounds.maxValue)) w.max = bounds.maxValue;
        return w;
      }
      case 'enum':
        return { kind: 'choice', choices: Object.values(d.entries ?? {}) };
      case 'array':
        return { kind: 'list' };
      case 'union': {
        // A union of literals (e.g. data bits 7 | 8) is a choice between those values.
        const values = (d.options ?? []).flatMap((o) => {
          const od = defOf(o);
          return od.type === 'literal' ? (od.values ?? []) : [undefined];
        });
        if (values.length > 0 && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
          return { kind: 'choice', choices: values as (string | number)[] };
        }
        return { kind: 'string', nullable };
      }
      default:
        return { kind: 'string', nullable };
    }
  }
}
