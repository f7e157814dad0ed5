import type { Language } from './languages';

/**
 * Numbers, weights, money and dates for the person reading them (decimal comma in German,
 * French, Spanish and Polish). Barcodes, GS1 dates and files keep their own fixed formats.
 */
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}${JSON.stringify(opts)}`;
  let f = cache.get(id);
  if (!f) cache.set(id, (f = new Intl.NumberFormat(lang, opts)));
  return f;
}

export function formatNumber(lang: Language, n: number, maxFractionDigits = 3): string {
  return numberFormat(lang, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** A weight with its unit symbol (`1,25 kg`, `1250 g`: ungrouped, as scales show it); `digits` fixes the decimals a scale shows. */
export function formatWeight(lang: Language, value: number, unit: string, digits?: number): string {
  const decimals: Intl.NumberFormatOptions = digits === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const opts: Intl.NumberFormatOptions = { ...decimals, useGrouping: false };
  return `${numberFormat(lang, opts).format(value)} ${unit}`;
}

export function formatMoney(lang: Language, amount: number, currency: string): string {
  try {
    return numberFormat(lang, { style: 'currency', currency }).format(amount);
  } catch {
    return `${formatNumber(lang, amount, 2)} ${currency}`;
  }
}

export function formatDateTime(lang: Language, at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(d.getTime()) ? String(at) : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDate(lang: Language, at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(d.getTime()) ? String(at) : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d);
}

export function formatTime(lang: Language, at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(d.getTime()) ? String(at) : new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(d);
}
