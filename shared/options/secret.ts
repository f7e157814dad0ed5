import { optionDef, optionKeys, type OptionKey, type OptionValues } from './registry';

/**
 * How a secret option (`OptionDef.secret`) is shown everywhere outside the code that uses it:
 * this mask when it is set, `''` when it is not. Sending the mask back as a value means
 * "unchanged" (a client that saves what it listed does not overwrite the secret).
 */
export const SECRET_MASK = '********';

export const secretOptionKeys: readonly OptionKey[] = optionKeys.filter((k) => optionDef(k).secret === true);

export function isSecretOption(key: string): boolean {
  return (secretOptionKeys as readonly string[]).includes(key);
}

/** What a listing shows for a secret option's value. */
export function maskSecret(value: unknown): string {
  return value === '' || value === null || value === undefined ? '' : SECRET_MASK;
}

/** A copy of `values` (all options or a patch) with every secret option masked. */
export function maskOptionValues<T extends Partial<OptionValues>>(values: T): T {
  const out: Record<string, unknown> = { ...values };
  for (const key of secretOptionKeys) if (Object.hasOwn(out, key)) out[key] = maskSecret(out[key]);
  return out as T;
}
