import { msg } from '../../../shared/i18n/message';
import { locationText } from '../../../shared/workflows/lifecycle';
import { ConflictError, NotFoundError } from '../errors';
import type { Db } from '../schema';
import { writeTransaction } from '../transaction';
import { recordAudit } from './audit-log';
import { getBinById, getWarehouseById } from './places';
import { changeSerial, insertSerial, type Actor, type DocumentRef } from './serials';
import { adjustStock } from './stock';

/**
 * Stock adjustments and cycle counts with serials. Every change to a serial is a ledger event
 * (`adjusted` or `moved`); units without serials change the stock count and the audit log.
 */

const ADJUSTMENT: DocumentRef = { type: 'adjustment', id: null, number: null };

export interface Location {
  warehouseId: number;
  binId: number | null;
}

async function locationName(db: Db, at: Location): Promise<string> {
  const w = await getWarehouseById(db, at.warehouseId);
  const b = at.binId === null ? undefined : await getBinById(db, at.binId);
  return locationText(w?.code ?? null, b?.code ?? null);
}

export interface SerialAdjustment extends Actor {
  action: 'add' | 'remove';
  productId: number;
  /** A serial in the ledger (remove; add from quarantine or after shipping); else `newSerial` is created. */
  serialId?: number | null;
  newSerial?: string | null;
  location: Location;
  reason: string;
  document?: DocumentRef;
}

/** Adds a serial to stock at a location or removes it from stock (its value is then free again). */
export async function adjustSerial(db: Db, a: SerialAdjustment): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const place = await locationName(trx, a.location);
    const document = a.document ?? ADJUSTMENT;
    const event = { userId: a.userId ?? null, station: a.station ?? null, at: a.at ?? new Date(), document, type: 'adjusted' as const };
    if (a.action === 'remove') {
      if (a.serialId == null) throw new NotFoundError('serial', 'none', msg('errors-storage.notFound.noSerial'));
      const s = await trx.selectFrom('serials').select(['status', 'warehouse_id', 'bin_id', 'product_id']).where('id', '=', a.serialId).executeTakeFirstOrThrow();
      await changeSerial(trx, a.serialId, { status: 'deleted', warehouseId: null, binId: null, document }, { ...event, details: { action: 'removed', from: place, reason: a.reason } });
      if (s.status === 'in_stock' && s.warehouse_id !== null) await adjustStock(trx, { productId: s.product_id, warehouseId: s.warehouse_id, binId: s.bin_id, delta: -1 });
      return a.serialId;
    }
    const details = { action: 'added', to: place, reason: a.reason };
    let id: number;
    if (a.serialId != null) {
      const s = await trx.selectFrom('serials').select(['status', 'value']).where('id', '=', a.serialId).executeTakeFirstOrThrow();
      if (s.status === 'in_stock') throw new ConflictError(msg('errors-storage.stock.serialInStock', { serial: s.value }), [s.value]);
      await changeSerial(trx, a.serialId, { status: 'in_stock', warehouseId: a.location.warehouseId, binId: a.location.binId, document }, { ...event, details });
      id = a.serialId;
    } else {
      if (!a.newSerial) throw new NotFoundError('serial', 'none', msg('errors-storage.notFound.noSerial'));
      id = await insertSerial(
        trx,
        { value: a.newSerial, productId: a.productId, status: 'in_stock', source: 'external', warehouseId: a.location.warehouseId, binId: a.location.binId, document },
        { ...event, details },
      );
    }
    await adjustStock(trx, { productId: a.productId, ...a.location, delta: 1 });
    return id;
  });
}

export interface UnitAdjustment extends Actor {
  productId: number;
  sku: string;
  location: Location;
  delta: number;
  reason: string;
}

/** Units of a product without serials: the stock count changes, the audit log says who and why. */
export async function adjustUnits(db: Db, a: UnitAdjustment): Promise<void> {
  await writeTransaction(db, async (trx) => {
    await adjustStock(trx, { productId: a.productId, ...a.location, delta: a.delta });
    await recordAudit(trx, {
      userId: a.userId ?? null,
      station: a.station ?? null,
      action: 'stock.adjust',
      subject: a.sku,
      reason: a.reason,
      details: { location: await locationName(trx, a.location), delta: a.delta },
      ...(a.at ? { at: a.at } : {}),
    });
  });
}

export interface CountResult extends Actor {
  location: Location;
  /** Serials expected at the location and not counted. */
  missing: number[];
  /** Serials counted here that the ledger has elsewhere (or quarantined / in transit). */
  movedHere: number[];
  /** Serials counted that the ledger does not know: product and value. */
  added: { productId: number; value: string }[];
  /** Products without serials: counted − expected. */
  quantities: { productId: number; sku: string; delta: number }[];
  label: string;
}

/** Applies a finished cycle count in one transaction. */
export async function applyCycleCount(db: Db, c: CountResult): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const place = await locationName(trx, c.location);
    const at = c.at ?? new Date();
    const document: DocumentRef = { type: 'adjustment', id: null, number: c.label };
    const actor = { userId: c.userId ?? null, station: c.station ?? null, at, document };
    for (const id of c.missing) {
      const s = await trx.selectFrom('serials').select(['product_id', 'warehouse_id', 'bin_id']).where('id', '=', id).executeTakeFirstOrThrow();
      await changeSerial(trx, id, { status: 'deleted', warehouseId: null, binId: null, document }, { ...actor, type: 'adjusted', details: { action: 'cycle_count_missing', from: place } });
      if (s.warehouse_id !== null) await adjustStock(trx, { productId: s.product_id, warehouseId: s.warehouse_id, binId: s.bin_id, delta: -1 });
    }
    for (const id of c.movedHere) {
      const s = await trx.selectFrom('serials').select(['product_id', 'status', 'warehouse_id', 'bin_id']).where('id', '=', id).executeTakeFirstOrThrow();
      const from = s.warehouse_id === null ? null : await locationName(trx, { warehouseId: s.warehouse_id, binId: s.bin_id });
      if (s.status === 'in_stock' && s.warehouse_id !== null) await adjustStock(trx, { productId: s.product_id, warehouseId: s.warehouse_id, binId: s.bin_id, delta: -1 });
      await adjustStock(trx, { productId: s.product_id, ...c.location, delta: 1 });
      await changeSerial(trx, id, { status: 'in_stock', warehouseId: c.location.warehouseId, binId: c.location.binId, document }, { ...actor, type: 'moved', details: { action: 'cycle_count', from, to: place } });
    }
    for (const a of c.added) {
      await insertSerial(
        trx,
        { value: a.value, productId: a.productId, status: 'in_stock', source: 'external', warehouseId: c.location.warehouseId, binId: c.location.binId, document },
        { ...actor, type: 'adjusted', details: { action: 'added', to: place, reason: 'cycle count' } },
      );
      await adjustStock(trx, { productId: a.productId, ...c.location, delta: 1 });
    }
    for (const q of c.quantities) {
      if (q.delta === 0) continue;
      await adjustStock(trx, { productId: q.productId, ...c.location, delta: q.delta });
      await recordAudit(trx, { at, userId: c.userId ?? null, station: c.station ?? null, action: 'stock.cycle_count', subject: q.sku, reason: c.label, details: { location: place, delta: q.delta } });
    }
  });
}
