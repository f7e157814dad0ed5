import type { CountReview, CountVarianceLine } from '../../../shared/workflows/count-review';
import { locationText } from '../../../shared/workflows/lifecycle';
import { findSerials } from '../../storage/repos/serials';
import type { CountResult } from '../../storage/repos/transfers-stock';
import type { Db } from '../../storage/schema';
import type { ResolvedLocation } from './adjust';
import { notStaged } from '../../storage/staged-rows';

export interface CountedSerial {
  productId: number;
  sku: string;
  value: string;
  /** null: new to the ledger. */
  serialId: number | null;
}

/** What a count holds so far (the workflow's in-memory mirror of the stored count). */
export interface CountContent {
  place: ResolvedLocation;
  serials: Map<string, CountedSerial>;
  units: Map<number, { sku: string; qty: number }>;
}

/** The count's differences: the review shown to the person, and what applying it writes. */
export interface CountVariance {
  review: CountReview;
  apply: Pick<CountResult, 'missing' | 'movedHere' | 'added' | 'quantities'>;
}

function expectedSerials(db: Db, place: ResolvedLocation) {
  const base = db.selectFrom('serials').where('serials.status', '=', 'in_stock').where('serials.warehouse_id', '=', place.warehouseId).where(notStaged('serials'));
  return place.binId === null ? base.where('serials.bin_id', 'is', null) : base.where('serials.bin_id', '=', place.binId);
}

/** Serials the ledger has in stock at the location. */
export async function countExpectedSerials(db: Db, place: ResolvedLocation): Promise<number> {
  const row = await expectedSerials(db, place).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Units on hand at the location of products without serials. */
export function untrackedStock(db: Db, place: ResolvedLocation) {
  return db
    .selectFrom('stock')
    .innerJoin('products', 'products.id', 'stock.product_id')
    .select(['products.id', 'products.sku', 'products.name', 'stock.qty'])
    .where('stock.warehouse_id', '=', place.warehouseId)
    .where('stock.bin_key', '=', place.binId ?? 0)
    .where('products.tracking', '=', 'none')
    .execute();
}

/**
 * Compares a count with the ledger: per product expected, counted and the difference; each serial
 * expected and not counted (written off when applied) and each counted serial not expected here
 * (moved here, or added when the ledger does not know it). Reads only.
 */
export async function countVariance(db: Db, count: CountContent, supervisorAbove: number): Promise<CountVariance> {
  const expected = await expectedSerials(db, count.place)
    .innerJoin('products', 'products.id', 'serials.product_id')
    .select(['serials.id', 'serials.value', 'serials.product_id', 'products.sku', 'products.name'])
    .orderBy('products.sku')
    .orderBy('serials.value')
    .execute();
  const counted = [...count.serials.values()];
  const countedIds = new Set(counted.map((s) => s.serialId).filter((id): id is number => id !== null));
  const expectedIds = new Set(expected.map((e) => e.id));
  const missing = expected.filter((e) => !countedIds.has(e.id));
  const movedHere = counted.filter((s) => s.serialId !== null && !expectedIds.has(s.serialId));
  const added = counted.filter((s) => s.serialId === null);

  const lines = new Map<number, CountVarianceLine>();
  const line = (productId: number, sku: string, name: string) => {
    const l = lines.get(productId) ?? { sku, name, expected: 0, counted: 0, difference: 0 };
    lines.set(productId, l);
    return l;
  };
  for (const e of expected) line(e.product_id, e.sku, e.name).expected++;
  const names = new Map(expected.map((e) => [e.product_id, e.name]));
  const stock = await untrackedStock(db, count.place);
  for (const r of stock) {
    line(r.id, r.sku, r.name).expected += r.qty;
    names.set(r.id, r.name);
  }
  const unknownNames = [...new Set([...counted.map((s) => s.productId), ...count.units.keys()])].filter((id) => !names.has(id));
  if (unknownNames.length > 0) {
    for (const p of await db.selectFrom('products').select(['id', 'name']).where('id', 'in', unknownNames).execute()) names.set(p.id, p.name);
  }
  for (const s of counted) line(s.productId, s.sku, names.get(s.productId) ?? s.sku).counted++;
  for (const [id, u] of count.units) line(id, u.sku, names.get(id) ?? u.sku).counted += u.qty;
  for (const l of lines.values()) l.difference = l.counted - l.expected;

  const quantities = stock.map((r) => ({ productId: r.id, sku: r.sku, delta: (count.units.get(r.id)?.qty ?? 0) - r.qty }));
  for (const [id, u] of count.units) if (!stock.some((r) => r.id === id)) quantities.push({ productId: id, sku: u.sku, delta: u.qty });

  // Units of one product leaving stock: its missing serials, or its uncounted units.
  const writeOff = new Map<string, number>();
  for (const m of missing) writeOff.set(m.sku, (writeOff.get(m.sku) ?? 0) + 1);
  for (const q of quantities) if (q.delta < 0) writeOff.set(q.sku, (writeOff.get(q.sku) ?? 0) - q.delta);
  const largest = Math.max(0, ...writeOff.values());

  const extra: CountReview['extra'] = [];
  for (const s of movedHere) {
    const [now] = await findSerials(db, s.value, { productId: s.productId });
    const inStock = now?.status === 'in_stock';
    extra.push({ sku: s.sku, serial: s.value, is_new: false, recorded_at: inStock ? locationText(now.warehouse, now.bin) : null, recorded_status: inStock ? null : (now?.status ?? null) });
  }
  for (const s of added) extra.push({ sku: s.sku, serial: s.value, is_new: true, recorded_at: null, recorded_status: null });

  return {
    review: {
      warehouse: count.place.warehouse,
      bin: count.place.bin,
      lines: [...lines.values()].sort((a, b) => a.sku.localeCompare(b.sku)),
      missing: missing.map((m) => ({ sku: m.sku, serial: m.value })),
      extra,
      largest_write_off: largest,
      needs_supervisor: largest > supervisorAbove,
    },
    apply: {
      missing: missing.map((m) => m.id),
      movedHere: movedHere.map((s) => s.serialId as number),
      added: added.map((s) => ({ productId: s.productId, value: s.value })),
      quantities,
    },
  };
}
