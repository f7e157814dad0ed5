import { normalizeText, textProblem } from '../../../shared/domain/identifiers';
import { foldSerial, serialUniqueKey } from '../../../shared/domain/serial-key';
import { checkSerial, serialRuleOf, type SerialRule } from '../../../shared/domain/serial-rules';
import { msg, type Message } from '../../../shared/i18n/message';
import type { SerialKeyPolicy } from '../../../shared/domain/types';
import type { ProductView } from '../../../shared/domain/views';
import { getProductBySku } from '../../storage/repos/products';
import type { Db } from '../../storage/schema';
import { chunks } from '../../storage/time';
import { parseNumber } from '../cells';
import type { CsvRow } from '../csv-rows';
import type { RowErrors } from '../errors';

/**
 * Checks the rows of an opening-stock file, only reading the database (a warehouse or bin the
 * file names and the station lacks is remembered, created when the import commits). Both passes
 * of the import use it: the first to find every bad row, the second as the rows are written.
 */

/** One good row, ready to be written once its warehouse and bin exist. */
export interface StagedSerial {
  row: number;
  sku: string;
  value: string;
  value_fold: string;
  unique_key: string;
  product_id: number;
  /** Warehouse code; null: the station's default warehouse. */
  warehouse: string | null;
  bin: string | null;
  lot: string | null;
  expiry: string | null;
  unit_cost: number | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export class SerialRowChecker {
  readonly #products = new Map<string, { product: ProductView; rule: SerialRule } | null>();
  readonly #inFile = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly errors: RowErrors,
    private readonly policy: SerialKeyPolicy,
    private readonly defaultSerialLength: number | null,
  ) {}

  /** Warehouses and bins the file names (for creating the missing ones when it commits). */
  readonly places = new Map<string | null, Set<string>>();

  /** Checks one row; a good one is returned, a bad one reported to `errors`. Awaits only for a SKU not looked up yet. */
  check(r: CsvRow): StagedSerial | null | Promise<StagedSerial | null> {
    const sku = this.#identifier(r, 'sku');
    const warehouse = this.#identifier(r, 'warehouse');
    const bin = this.#identifier(r, 'bin');
    if (sku === null || warehouse === null || bin === null) return null;
    if (sku !== undefined && !this.#products.has(sku)) return this.#loadProduct(sku).then(() => this.check(r));
    return this.#check(r, sku, warehouse ?? null, bin ?? null);
  }

  /**
   * Rows whose serials the station already holds (repeats within the file are caught by `check`):
   * one query per 500 keys; each is reported, and the rest returned.
   */
  async withoutTaken(rows: StagedSerial[]): Promise<StagedSerial[]> {
    const status = new Map<string, string>();
    for (const part of chunks(rows.map((s) => s.unique_key))) {
      const taken = await this.db.selectFrom('serials').select(['unique_key', 'status']).where('unique_key', 'in', part).execute();
      for (const t of taken) status.set(t.unique_key as string, t.status);
    }
    if (status.size === 0) return rows;
    return rows.filter((s) => {
      const was = status.get(s.unique_key);
      if (was !== undefined) this.errors.add(s.row, 'serial', msg('errors-import.serials.exists', { serial: s.value, sku: s.sku, status: was }));
      return was === undefined;
    });
  }

  /** A cell holding an identifier, trimmed and in NFC; null (and a row error) when it is not clean. */
  #identifier({ row, cells }: CsvRow, column: string): string | undefined | null {
    const value = cells[column]?.trim();
    if (value === undefined) return undefined;
    const problem = textProblem(value);
    if (problem === null) return normalizeText(value);
    this.errors.add(row, column, problem);
    return null;
  }

  async #loadProduct(sku: string): Promise<void> {
    const product = await getProductBySku(this.db, sku);
    this.#products.set(sku, product ? { product, rule: serialRuleOf(product, this.defaultSerialLength) } : null);
  }

  #check({ row, cells }: CsvRow, sku: string | undefined, warehouse: string | null, bin: string | null): StagedSerial | null {
    const { errors } = this;
    const bad = (column: string, message: Message): null => {
      errors.add(row, column, message);
      return null;
    };
    const raw = cells.serial?.trim();
    const value = raw === undefined ? undefined : normalizeText(raw);
    if (sku === undefined) errors.add(row, 'sku', msg('errors-import.cell.required'));
    if (value === undefined) errors.add(row, 'serial', msg('errors-import.cell.required'));
    if (sku === undefined || value === undefined) return null;
    const known = this.#products.get(sku);
    if (!known) return bad('sku', msg('errors-import.serials.unknownSku', { sku }));
    const { product, rule } = known;
    if (product.tracking === 'none') return bad('sku', msg('errors-import.serials.notTracked', { sku }));
    const check = checkSerial(value, rule);
    if (!check.ok) return bad('serial', check.text);
    const before = errors.count;
    const expiry = cells.expiry?.trim() ?? null;
    if (expiry !== null && !validDay(expiry)) errors.add(row, 'expiry', msg('errors-import.cell.notDate', { value: JSON.stringify(expiry) }));
    let unitCost: number | null = null;
    if (cells.unit_cost !== undefined) {
      const n = parseNumber(cells.unit_cost);
      if (!n.ok) errors.add(row, 'unit_cost', n.message);
      else if ((n.value as number) < 0) errors.add(row, 'unit_cost', msg('errors-import.cell.negative'));
      else unitCost = n.value as number;
    }
    const lot = cells.lot?.trim() ?? null;
    if (lot !== null && lot.length > 100) errors.add(row, 'lot', msg('errors-import.cell.tooManyChars', { max: 100 }));
    const key = serialUniqueKey(product.id, value, this.policy);
    const first = this.#inFile.get(key);
    if (first !== undefined) return bad('serial', msg('errors-import.serials.duplicate', { serial: value, row: first }));
    this.#inFile.set(key, row);
    if (errors.count > before) return null;
    let bins = this.places.get(warehouse);
    if (!bins) this.places.set(warehouse, (bins = new Set()));
    if (bin !== null) bins.add(bin);
    return { row, sku: product.sku, value, value_fold: foldSerial(value), unique_key: key, product_id: product.id, warehouse, bin, lot, expiry, unit_cost: unitCost };
  }
}
