import { msg } from '../../../shared/i18n/message';
import type { TransferLineView, TransferSummary } from '../../../shared/workflows/lifecycle';
import { locationText } from '../../../shared/workflows/lifecycle';
import { ConflictError, NotFoundError } from '../errors';
import type { Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';
import { changeSerial, type Actor, type DocumentRef } from './serials';
import { adjustStock } from './stock';

/**
 * Transfers between bins, warehouses or SKUs. Each scanned unit is moved at once, in one
 * transaction with its line, stock counts and ledger event; a one-way transfer's units stay
 * `in_transit` (off the stock count) until the transfer is received at its destination.
 */

export interface TransferHeader {
  id: number;
  transfer_number: string;
  from_warehouse_id: number;
  from_warehouse: string;
  from_bin_id: number | null;
  from_bin: string | null;
  to_warehouse_id: number;
  to_warehouse: string;
  to_bin_id: number | null;
  to_bin: string | null;
  one_way: boolean;
  status: 'open' | 'in_transit' | 'completed' | 'cancelled';
  created_at: string;
  completed_at: string | null;
}

function headers(db: Db) {
  return db
    .selectFrom('transfers')
    .innerJoin('warehouses as fw', 'fw.id', 'transfers.from_warehouse_id')
    .innerJoin('warehouses as tw', 'tw.id', 'transfers.to_warehouse_id')
    .leftJoin('bins as fb', 'fb.id', 'transfers.from_bin_id')
    .leftJoin('bins as tb', 'tb.id', 'transfers.to_bin_id')
    .select([
      'transfers.id',
      'transfers.transfer_number',
      'transfers.from_warehouse_id',
      'fw.code as from_warehouse',
      'transfers.from_bin_id',
      'fb.code as from_bin',
      'transfers.to_warehouse_id',
      'tw.code as to_warehouse',
      'transfers.to_bin_id',
      'tb.code as to_bin',
      'transfers.one_way',
      'transfers.status',
      'transfers.created_at',
      'transfers.completed_at',
    ]);
}

type HeaderRow = Awaited<ReturnType<ReturnType<typeof headers>['executeTakeFirstOrThrow']>>;
const toHeader = (r: HeaderRow): TransferHeader => ({ ...r, one_way: r.one_way === 1 });

export async function getTransfer(db: Db, transferNumber: string): Promise<TransferHeader | undefined> {
  const row = await headers(db).where('transfers.transfer_number', '=', transferNumber).executeTakeFirst();
  return row && toHeader(row);
}

export async function getTransferById(db: Db, id: number): Promise<TransferHeader | undefined> {
  const row = await headers(db).where('transfers.id', '=', id).executeTakeFirst();
  return row && toHeader(row);
}

export async function transferLines(db: Db, transferId: number): Promise<TransferLineView[]> {
  return db
    .selectFrom('transfer_lines')
    .innerJoin('products', 'products.id', 'transfer_lines.product_id')
    .leftJoin('products as target', 'target.id', 'transfer_lines.to_product_id')
    .leftJoin('serials', 'serials.id', 'transfer_lines.serial_id')
    .select(['transfer_lines.id as line_id', 'products.sku', 'target.sku as to_sku', 'serials.value as serial', 'transfer_lines.qty'])
    .where('transfer_lines.transfer_id', '=', transferId)
    .orderBy('transfer_lines.id')
    .execute();
}

/** Recent transfers, newest first, with their unit counts. */
export async function listTransfers(db: Db, limit = 50): Promise<(Omit<TransferSummary, 'kind'> & { one_way: boolean; same_warehouse: boolean; sku_lines: number })[]> {
  const rows = await headers(db)
    .leftJoin('transfer_lines', 'transfer_lines.transfer_id', 'transfers.id')
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>('transfer_lines.qty'), eb.lit(0)).as('units'), eb.fn.count<number>('transfer_lines.to_product_id').as('sku_lines')])
    .groupBy(['transfers.id', 'fw.code', 'tw.code', 'fb.code', 'tb.code'])
    .orderBy('transfers.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    transfer_number: r.transfer_number,
    from: locationText(r.from_warehouse, r.from_bin),
    to: locationText(r.to_warehouse, r.to_bin),
    status: r.status,
    units: Number(r.units),
    created_at: r.created_at,
    one_way: r.one_way === 1,
    same_warehouse: r.from_warehouse_id === r.to_warehouse_id,
    sku_lines: Number(r.sku_lines),
  }));
}

export interface NewTransfer extends Actor {
  fromWarehouseId: number;
  fromBinId: number | null;
  toWarehouseId: number;
  toBinId: number | null;
  oneWay: boolean;
}

export async function createTransfer(db: Db, input: NewTransfer): Promise<TransferHeader> {
  const id = await writeTransaction(db, async (trx) => {
    const last = await trx.selectFrom('transfers').select((eb) => eb.fn.max<number | null>('id').as('n')).executeTakeFirst();
    let n = Number(last?.n ?? 0) + 1;
    while (await getTransfer(trx, `TR-${String(n).padStart(6, '0')}`)) n++;
    const row = await trx
      .insertInto('transfers')
      .values({
        transfer_number: `TR-${String(n).padStart(6, '0')}`,
        from_warehouse_id: input.fromWarehouseId,
        from_bin_id: input.fromBinId,
        to_warehouse_id: input.toWarehouseId,
        to_bin_id: input.toBinId,
        one_way: input.oneWay ? 1 : 0,
        status: 'open',
        created_by: input.userId ?? null,
        created_at: iso(input.at),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return (await getTransferById(db, id))!;
}

export interface TransferUnitInput extends Actor {
  transferId: number;
  productId: number;
  /** SKU-to-SKU: the product the unit becomes. */
  toProductId?: number | null;
  serialId?: number | null;
  qty: number;
  /** SKU-to-SKU with `transfers.transferSerials` off: the old serial is retired, the new unit has none. */
  retireSerial?: boolean;
}

/** Moves one scanned unit (or `qty` units without serials) from the transfer's source. */
export async function recordTransferUnit(db: Db, input: TransferUnitInput): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const t = await getTransferById(trx, input.transferId);
    if (!t) throw new NotFoundError('transfer', String(input.transferId));
    if (t.status !== 'open') throw new ConflictError(msg('errors-storage.transfers.notOpen', { transfer: t.transfer_number, status: t.status }));
    const at = input.at ?? new Date();
    const document: DocumentRef = { type: 'transfer', id: t.id, number: t.transfer_number };
    const from = locationText(t.from_warehouse, t.from_bin);
    const to = locationText(t.to_warehouse, t.to_bin);
    const target = input.toProductId ?? input.productId;
    const actor = { userId: input.userId ?? null, station: input.station ?? null, at, document };
    const { id } = await trx
      .insertInto('transfer_lines')
      .values({ transfer_id: t.id, product_id: input.productId, to_product_id: input.toProductId ?? null, serial_id: input.serialId ?? null, qty: input.qty })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A serial leaves from where the ledger has it (any bin of a warehouse-level source).
    const source = input.serialId == null ? undefined : await trx.selectFrom('serials').select(['warehouse_id', 'bin_id']).where('id', '=', input.serialId).executeTakeFirst();
    const fromWarehouse = source?.warehouse_id ?? t.from_warehouse_id;
    const fromBin = source ? source.bin_id : t.from_bin_id;
    await adjustStock(trx, { productId: input.productId, warehouseId: fromWarehouse, binId: fromBin, delta: -input.qty });
    if (!t.one_way) await adjustStock(trx, { productId: target, warehouseId: t.to_warehouse_id, binId: t.to_bin_id, delta: input.qty });
    if (input.serialId === null || input.serialId === undefined) return id;

    if (input.toProductId && input.retireSerial) {
      const to_sku = await skuOf(trx, input.toProductId);
      await changeSerial(trx, input.serialId, { status: 'deleted', warehouseId: null, binId: null, document }, { ...actor, type: 'adjusted', details: { action: 'retired', to_sku, from } });
    } else if (t.one_way) {
      const details = { action: 'in_transit', from, to, ...(input.toProductId ? await skuChange(trx, input.productId, input.toProductId) : {}) };
      await changeSerial(trx, input.serialId, { status: 'in_transit', warehouseId: null, binId: null, document, productId: target }, { ...actor, type: 'moved', details });
    } else {
      const details = { from, to, ...(input.toProductId ? await skuChange(trx, input.productId, input.toProductId) : {}) };
      await changeSerial(trx, input.serialId, { warehouseId: t.to_warehouse_id, binId: t.to_bin_id, document, productId: target }, { ...actor, type: 'moved', details });
    }
    return id;
  });
}

async function skuOf(db: Db, productId: number): Promise<string> {
  const p = await db.selectFrom('products').select('sku').where('id', '=', productId).executeTakeFirstOrThrow();
  return p.sku;
}

async function skuChange(db: Db, fromId: number, toId: number) {
  return { from_sku: await skuOf(db, fromId), to_sku: await skuOf(db, toId) };
}

/**
 * Ends the scanning of a transfer: a bin/warehouse/SKU transfer is completed; a one-way transfer
 * is now in transit and waits to be received.
 */
export async function finishTransfer(db: Db, transferId: number, at?: Date): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const t = await getTransferById(trx, transferId);
    if (!t) throw new NotFoundError('transfer', String(transferId));
    if (t.status !== 'open') throw new ConflictError(msg('errors-storage.transfers.notOpen', { transfer: t.transfer_number, status: t.status }));
    await trx
      .updateTable('transfers')
      .set(t.one_way ? { status: 'in_transit' } : { status: 'completed', completed_at: iso(at) })
      .where('id', '=', t.id)
      .execute();
  });
}

/** A one-way transfer arrives: every unit in stock at the destination, serials `in_stock` with a `moved` event. */
export async function receiveTransfer(db: Db, transferId: number, actor: Actor): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const t = await getTransferById(trx, transferId);
    if (!t) throw new NotFoundError('transfer', String(transferId));
    if (!t.one_way || t.status !== 'in_transit') throw new ConflictError(msg('errors-storage.transfers.notInTransit', { transfer: t.transfer_number }));
    const at = actor.at ?? new Date();
    const document: DocumentRef = { type: 'transfer', id: t.id, number: t.transfer_number };
    const to = locationText(t.to_warehouse, t.to_bin);
    const lines = await trx.selectFrom('transfer_lines').selectAll().where('transfer_id', '=', t.id).orderBy('id').execute();
    let units = 0;
    for (const line of lines) {
      units += line.qty;
      await adjustStock(trx, { productId: line.to_product_id ?? line.product_id, warehouseId: t.to_warehouse_id, binId: t.to_bin_id, delta: line.qty });
      if (line.serial_id === null) continue;
      const serial = await trx.selectFrom('serials').select('status').where('id', '=', line.serial_id).executeTakeFirstOrThrow();
      if (serial.status !== 'in_transit') continue;
      await changeSerial(
        trx,
        line.serial_id,
        { status: 'in_stock', warehouseId: t.to_warehouse_id, binId: t.to_bin_id, document },
        { userId: actor.userId ?? null, station: actor.station ?? null, at, document, type: 'moved', details: { action: 'arrived', to } },
      );
    }
    await trx.updateTable('transfers').set({ status: 'completed', completed_at: iso(at) }).where('id', '=', t.id).execute();
    return units;
  });
}
