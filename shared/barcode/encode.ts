// Builds GS1 element strings from elements (the inverse of parsing), and reads decimal AIs.
import { lookupAi } from './ai-definitions';
import { GS, type Gs1Element } from './element-string';

/**
 * The element string a GS1 symbol would transmit (without symbology identifier): an FNC1
 * (`separator`, GS by default) after every AI that is not predefined-length, except the last.
 */
export function encodeElementString(elements: readonly Gs1Element[], separator: string = GS): string {
  let out = '';
  elements.forEach((el, i) => {
    out += el.ai + el.value;
    const predefined = lookupAi(el.ai)?.predefinedLength ?? false;
    if (!predefined && i < elements.length - 1) out += separator;
  });
  return out;
}

/** "(01)09501101530003(17)250630(10)AB-12" */
export function formatHri(elements: readonly Gs1Element[]): string {
  return elements.map((el) => `(${el.ai})${el.value}`).join('');
}

/**
 * The number a decimal AI carries (31nn-36nn, 39nn: the AI's last digit places the decimal
 * point; for 391n/393n the ISO 4217 currency code in front is skipped), or null for other AIs.
 * (3103)000189 → 0.189
 */
export function decimalValue(ai: string, value: string): number | null {
  const def = lookupAi(ai);
  if (!def || def.decimals === null) return null;
  const digits = /^39[13]/.test(ai) ? value.slice(3) : value;
  if (!/^[0-9]+$/.test(digits)) return null;
  return Number(digits) / 10 ** def.decimals;
}
