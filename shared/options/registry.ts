import type { z } from 'zod';
import { barcodeOptionDefs } from '../barcode/barcode-options';
import { scaleOptionDefs } from '../devices/scale/options';
import { scannerOptionDefs } from '../devices/scanner/options';
import { serialOptionDefs } from '../domain/serial-options';
import { lifecycleOptionDefs } from '../workflows/lifecycle-options';
import { poolOptionDefs } from '../workflows/pool-options';
import { receivingOptionDefs } from '../workflows/receiving-options';
import { shippingOptionDefs } from '../workflows/shipping-options';
import { apiOptionDefs, generalOptionDefs } from './general';
import { signInOptionDefs } from './sign-in-options';
import type { OptionDef } from './define';

/** Every station option, by dotted key. Feature areas contribute their own fragment. */
export const optionDefs = {
  ...generalOptionDefs,
  ...signInOptionDefs,
  ...serialOptionDefs,
  ...receivingOptionDefs,
  ...shippingOptionDefs,
  ...lifecycleOptionDefs,
  ...poolOptionDefs,
  ...scannerOptionDefs,
  ...barcodeOptionDefs,
  ...scaleOptionDefs,
  ...apiOptionDefs,
} as const;

export type OptionKey = keyof typeof optionDefs;

export type OptionValues = { [K in OptionKey]: z.output<(typeof optionDefs)[K]['schema']> };

export const optionKeys = Object.keys(optionDefs) as OptionKey[];

export function isOptionKey(key: string): key is OptionKey {
  return Object.hasOwn(optionDefs, key);
}

export function optionDef(key: OptionKey): OptionDef {
  return optionDefs[key] as OptionDef;
}

export function defaultOptionValues(): OptionValues {
  const values: Record<string, unknown> = {};
  for (const key of optionKeys) values[key] = clone(optionDef(key).default);
  return values as OptionValues;
}

function clone<T>(value: T): T {
  return value === null || typeof value !== 'object' ? value : (JSON.parse(JSON.stringify(value)) as T);
}
