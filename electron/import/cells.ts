import { msg, type Message } from '../../shared/i18n/message';
import type { RowErrors } from './errors';

/** Turning CSV cells (text) into document values, with a row error for each bad cell. */

export type CellType = 'text' | 'number' | 'bool' | 'list' | 'kit';

/** Separator of array cells: `aliases`, `replacements`, `expected_serials`, `kit_components`. */
export const LIST_SEPARATOR = '|';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

type Parsed = { ok: true; value: unknown } | { ok: false; message: Message };

function show(cell: string): string {
  return JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
}

export function parseNumber(cell: string): Parsed {
  const t = cell.trim();
  return NUMBER.test(t) ? { ok: true, value: Number(t) } : { ok: false, message: msg('errors-import.cell.notNumber', { value: show(cell) }) };
}

export function parseBool(cell: string): Parsed {
  const t = cell.trim().toLowerCase();
  if (TRUE.has(t)) return { ok: true, value: true };
  if (FALSE.has(t)) return { ok: true, value: false };
  return { ok: false, message: msg('errors-import.cell.notBool', { value: show(cell) }) };
}

export function parseList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `SKU:qty|SKU:qty` (the quantity after the last colon; `SKU` alone means 1). */
export function parseKit(cell: string): Parsed {
  const out: { sku: string; qty: unknown }[] = [];
  for (const part of parseList(cell)) {
    const colon = part.lastIndexOf(':');
    if (colon === -1) {
      out.push({ sku: part, qty: 1 });
      continue;
    }
    const qty = parseNumber(part.slice(colon + 1));
    if (!qty.ok) return { ok: false, message: msg('errors-import.cell.kitComponent', { component: show(part) }) };
    out.push({ sku: part.slice(0, colon).trim(), qty: qty.value });
  }
  return { ok: true, value: out };
}

function parseCell(type: CellType, cell: string): Parsed {
  switch (type) {
    case 'text':
      return { ok: true, value: cell };
    case 'number':
      return parseNumber(cell);
    case 'bool':
      return parseBool(cell);
    case 'list':
      return { ok: true, value: parseList(cell) };
    case 'kit':
      return parseKit(cell);
  }
}

/**
 * Builds a document fragment from a row's cells for the given fields; absent cells are left out,
 * and so are cells that cannot be converted (each recorded in `errors`; `ok` is then false).
 */
export function convertCells(
  row: number,
  cells: Partial<Record<string, string>>,
  fields: Readonly<Record<string, CellType>>,
  errors: RowErrors,
): { value: Record<string, unknown>; ok: boolean } {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [name, type] of Object.entries(fields)) {
    const cell = cells[name];
    if (cell === undefined) continue;
    const parsed = parseCell(type, cell);
    if (parsed.ok) out[name] = parsed.value;
    else {
      errors.add(row, name, parsed.message);
      ok = false;
    }
  }
  return { value: out, ok };
}
