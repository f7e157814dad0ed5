import { z } from 'zod';
import { optionDef, optionKeys } from './registry';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of the options file: dotted keys become nested objects, as conf stores them;
 * conf validates the file against this schema in every process.
 */
export function optionsJsonSchema(): Record<string, JsonSchema> {
  const root: Record<string, JsonSchema> = {};
  for (const key of optionKeys) {
    const def = optionDef(key);
    const leaf = z.toJSONSchema(def.schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
    delete leaf.$schema;
    const parts = key.split('.');
    let props = root;
    for (const part of parts.slice(0, -1)) {
      const node = (props[part] ??= { type: 'object', properties: {} }) as { properties: Record<string, JsonSchema> };
      props = node.properties;
    }
    props[parts[parts.length - 1] as string] = { ...leaf, default: def.default };
  }
  return root;
}
