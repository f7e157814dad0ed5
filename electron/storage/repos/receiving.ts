import { msg } from '../../../shared/i18n/message';
import { serialUniqueKey } from '../../../shared/domain/serial-key';
import type { ReceivingSessionView } from '../../../shared/domain/views';
import { ConflictError, NotFoundError } from '../errors';
import { prepare } from '../prepared';
import { cacheDrop, cachedRead } from '../scan-cache';
import type { Db } from '../schema';
import { iso, isoDay } from '../time';
import { beforeCommit, writeTransaction } from '../transaction';
import { defaultWarehouse, getBinById } from './places';
import { appendSerialEvent, deleteSerial, insertSerial, type Actor, type DocumentRef } from './serials';
import { getSerialKeyPolicy } from './settings';
import { adjustStock } from './stock';
import { isStaged } from '../staged-rows';

/** Receiving sessions: each receipt (counts + serials + ledger events) is one transaction. */

export async function getReceivingSession(db: Db, id: number): Promise<ReceivingSessionView | undefined> {
  const s = await db
    .selectFrom('receiving_sessions')
    .leftJoin('users', 'users.id', 'receiving_sessions.received_by')
    .leftJoin('bins', 'bins.id', 'receiving_sessions.bin_id')
    .select([
      'receiving_sessions.id',
      'receiving_sessions.po_id',
      'receiving_sessions.received_on',
      (eb) => eb.fn.coalesce('users.name', 'receiving_sessions.received_via').as('received_by'),
      'receiving_sessions.station',
      'bins.code as bin',
      'receiving_sessions.status',
      'receiving_sessions.opened_at',
      'receiving_sessions.closed_at',
    ])
    .where('receiving_sessions.id', '=', id)
    .executeTakeFirst();
  if (!s) return undefined;
  const lines = await db
    .selectFrom('receiving_session_lines')
    .select(['po_line_id', 'qty'])
    .where('session_id', '=', id)
    .orderBy('po_line_id')
    .execute();
  return { ...s, lines };
}

export async function listReceivingSessions(db: Db, poId: number): Promise<ReceivingSessionView[]> {
  const ids = await db.selectFrom('receiving_sessions').select('id').where('po_id', '=', poId).orderBy('id').execute();
  const out: ReceivingSessionView[] = [];
  for (const { id } of ids) out.push((await getReceivingSession(db, id))!);
  return out;
}

/** The open session on a PO (optionally at one station, and of one API key or of the UI: `via`), to resume after a restart. */
export async function findOpenReceivingSession(
  db: Db,
  poId: number,
  station?: string,
  via?: string | null,
): Promise<ReceivingSessionView | undefined> {
  let q = db.selectFrom('receiving_sessions').select('id').where('po_id', '=', poId).where('status', '=', 'open');
  if (station !== undefined) q = q.where('station', '=', station);
  if (via !== undefined) q = q.where('received_via', via === null ? 'is' : '=', via);
  const row = await q.orderBy('id', 'desc').executeTakeFirst();
  return row && getReceivingSession(db, row.id);
}

export interface OpenSessionInput extends Actor {
  poId: number;
  station: string;
  binId?: number | null;
  /** `api:<key name>` when an API key receives. */
  via?: string | null;
}

export async function openReceivingSession(db: Db, input: OpenSessionInput): Promise<ReceivingSessionView> {
  const id = await writeTransaction(db, async (trx) => {
    const po = await trx
      .selectFrom('purchase_orders')
      .select(['id', 'status'])
      .where('id', '=', input.poId)
      .executeTakeFirst();
    if (!po) throw new NotFoundError('purchase order', String(input.poId));
    if (po.status === 'closed' || po.status === 'cancelled') {
      throw new ConflictError(msg('errors-storage.receiving.poEnded', { po: String(input.poId), status: po.status }));
    }
    const row = await trx
      .insertInto('receiving_sessions')
      .values({
        po_id: input.poId,
        received_on: isoDay(input.at),
        received_by: input.userId ?? null,
        received_via: input.via ?? null,
        station: input.station,
        bin_id: input.binId ?? null,
        status: 'open',
        opened_at: iso(input.at),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return (await getReceivingSession(db, id))!;
}

export async function closeReceivingSession(db: Db, sessionId: number, at?: Date): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const r = await trx
      .updateTable('receiving_sessions')
      .set({ status: 'closed', closed_at: iso(at) })
      .where('id', '=', sessionId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new NotFoundError('open receiving session', String(sessionId));
  });
}

// The statements every receipt runs, prepared (see prepared.ts).
const lineCounts = prepare((db, p: { poId: number }) => db.selectFrom('po_lines').select(['qty', 'received_qty']).where('po_id', '=', p.poId));
// The status is set only when it changes: SQLite rewrites an index entry for every column an UPDATE
// sets, changed or not, and `purchase_orders_status` would cost every scan one more page written.
const setPoStatus = prepare((db, p: { poId: number; status: 'open' | 'partial' | 'received'; at: string }) =>
  db
    .updateTable('purchase_orders')
    .set({ status: p.status, updated_at: p.at })
    .where('id', '=', p.poId)
    .where('status', 'in', ['open', 'partial', 'received'])
    .where('status', '<>', p.status),
);
// Every receipt changes the PO (its lines' counts): `updated_at` tells other stations and the ERP.
const touchPo = prepare((db, p: { poId: number; status: 'open' | 'partial' | 'received'; at: string }) =>
  db.updateTable('purchase_orders').set({ updated_at: p.at }).where('id', '=', p.poId).where('status', '=', p.status),
);
const sessionRowKey = (sessionId: number) => `receipt.session:${sessionId}:`;
// The session and the line a receipt names, read together: the line only if it is on the session's PO.
const sessionAndLine = prepare((db, p: { sessionId: number; lineId: number }) =>
  db
    .selectFrom('receiving_sessions as s')
    .leftJoin('po_lines as l', (join) => join.on('l.id', '=', p.lineId).onRef('l.po_id', '=', 's.po_id'))
    .leftJoin('purchase_orders as po', 'po.id', 'l.po_id')
    .selectAll('s')
    .select(['l.id as line_id', 'l.product_id as line_product_id', 'l.unit_cost as line_unit_cost', 'po.po_number as line_po_number', 'po.warehouse_id as line_warehouse_id'])
    // The station's first warehouse, where a PO without one receives: read here, not by a statement of its own.
    .select((eb) => eb.selectFrom('warehouses').select((w) => w.fn.min('id').as('first')).as('first_warehouse_id'))
    .where('s.id', '=', p.sessionId),
);
const serialByKey = prepare((db, p: { key: string }) => db.selectFrom('serials').select(['id', 'status', 'product_id', 'document_type', 'document_id']).where('unique_key', '=', p.key));
const addSessionLineQty = prepare((db, p: { sessionId: number; lineId: number; qty: number }) =>
  db
    .insertInto('receiving_session_lines')
    .values({ session_id: p.sessionId, po_line_id: p.lineId, qty: p.qty })
    .onConflict((oc) =>
      oc.columns(['session_id', 'po_line_id']).doUpdateSet((eb) => ({ qty: eb('receiving_session_lines.qty', '+', eb.ref('excluded.qty')) })),
    ),
);
const addLineCounts = prepare((db, p: { lineId: number; qty: number; serials: number }) =>
  db
    .updateTable('po_lines')
    .set((eb) => ({ received_qty: eb('received_qty', '+', p.qty), serial_count: eb('serial_count', '+', p.serials) }))
    .where('id', '=', p.lineId),
);

async function refreshPoStatus(db: Db, poId: number): Promise<void> {
  const lines = await lineCounts.all(db, { poId });
  const any = lines.some((l) => l.received_qty > 0);
  const all = lines.every((l) => l.received_qty >= l.qty);
  const status = all ? 'received' : any ? 'partial' : 'open';
  const at = iso();
  // Most receipts leave the status as it was: one statement stamps the PO, the status (and its index) untouched.
  if ((await touchPo.run(db, { poId, status, at })) === 0) await setPoStatus.run(db, { poId, status, at });
}

export interface ReceiptSerial {
  value: string;
  lot?: string | null;
  /** YYYY-MM-DD. */
  expiry?: string | null;
  /**
   * The same product's serial was shipped before and comes back on this PO (a repaired or bought-back
   * unit): it re-enters stock with a new `received` event instead of a new serial, keeping its history.
   */
  reReceive?: boolean;
}

export interface ReceiptInput extends Actor {
  sessionId: number;
  poLineId: number;
  /** Units received (≥ 1); serials, when given, belong to these units. */
  qty: number;
  serials?: ReceiptSerial[];
  /** Overrides the session's bin. */
  binId?: number | null;
}

/**
 * Records units received on a PO line in an open session: the session line and PO line counts,
 * stock, each serial (new, or a pool serial taken into stock) and its `received` ledger event —
 * all in one transaction, so a crash leaves either the whole receipt or none of it.
 * Validation policy (options, expected serials, over-receiving) is the workflow's job.
 */
export async function recordReceipt(db: Db, input: ReceiptInput): Promise<{ serialIds: number[] }> {
  return writeTransaction(db, async (trx) => {
    // A scan's transaction keeps the row from the scan before (scan-cache.ts): a receipt changes
    // none of its columns; a bin set in a scan drops it (setReceivingSessionBin), any other write too.
    const session = await cachedRead(trx, `${sessionRowKey(input.sessionId)}${input.poLineId}`, () => sessionAndLine.first(trx, { sessionId: input.sessionId, lineId: input.poLineId }));
    if (!session) throw new NotFoundError('receiving session', String(input.sessionId));
    if (session.status !== 'open') throw new ConflictError(msg('errors-storage.receiving.sessionClosed', { session: String(session.id) }));
    if (session.line_id === null || session.line_product_id === null || session.line_po_number === null) {
      throw new NotFoundError('PO line', String(input.poLineId), msg('errors-storage.receiving.lineNotOnSessionPo', { line: String(input.poLineId) }));
    }
    const line = { id: session.line_id, product_id: session.line_product_id, unit_cost: session.line_unit_cost, po_number: session.line_po_number, warehouse_id: session.line_warehouse_id };
    const binId = input.binId !== undefined ? input.binId : session.bin_id;
    const bin = binId === null ? undefined : await getBinById(trx, binId);
    const warehouseId = bin?.warehouse_id ?? line.warehouse_id ?? session.first_warehouse_id ?? (await defaultWarehouse(trx)).id;
    const at = input.at ?? new Date();
    const actor = { userId: input.userId ?? session.received_by, station: input.station ?? session.station, at };
    const document: DocumentRef = { type: 'purchase_order', id: session.po_id, number: line.po_number };
    const details = { session_id: session.id, po_line_id: line.id, unit_cost: line.unit_cost };
    const policy = await getSerialKeyPolicy(trx);

    const serialIds: number[] = [];
    for (const s of input.serials ?? []) {
      const key = serialUniqueKey(line.product_id, s.value, policy);
      const pooled = await serialByKey.first(trx, { key });
      const fields = {
        warehouse_id: warehouseId,
        bin_id: binId,
        document_type: document.type,
        document_id: document.id,
        unit_cost: line.unit_cost,
        received_po_line_id: line.id,
        received_session_id: session.id,
        received_bin_id: binId,
        lot: s.lot ?? null,
        expiry: s.expiry ?? null,
      };
      const fromPool = pooled?.product_id === line.product_id && ['available', 'assigned'].includes(pooled.status);
      if (pooled && fromPool) {
        // A serial from this product's pool (label printed at the dock) enters stock.
        await trx
          .updateTable('serials')
          .set({ ...fields, status: 'in_stock', updated_at: iso(at) })
          .where('id', '=', pooled.id)
          .execute();
        await appendSerialEvent(trx, pooled.id, line.product_id, { ...actor, type: 'received', document, details });
        serialIds.push(pooled.id);
        continue;
      }
      if (pooled && s.reReceive && pooled.product_id === line.product_id && pooled.status === 'shipped') {
        await trx.updateTable('serials').set({ ...fields, status: 'in_stock', updated_at: iso(at) }).where('id', '=', pooled.id).execute();
        await appendSerialEvent(trx, pooled.id, line.product_id, { ...actor, type: 'received', document, details: { ...details, re_receipt: true } });
        serialIds.push(pooled.id);
        continue;
      }
      if (pooled && (await isStaged(trx, pooled))) throw new ConflictError(msg('errors-storage.serials.beingImported', { serial: s.value }), [s.value]);
      if (pooled) throw new ConflictError(msg('errors-storage.serials.exists', { serial: s.value }), [s.value]);
      const id = await insertSerial(
        trx,
        {
          value: s.value,
          productId: line.product_id,
          status: 'in_stock',
          source: 'received',
          warehouseId,
          binId,
          document,
          lot: fields.lot,
          expiry: fields.expiry,
          unitCost: line.unit_cost,
          receivedPoLineId: line.id,
          receivedSessionId: session.id,
          receivedBinId: binId,
        },
        { ...actor, type: 'received', document, details },
        policy,
      );
      serialIds.push(id);
    }
    await addSessionLineQty.run(trx, { sessionId: session.id, lineId: line.id, qty: input.qty });
    await addLineCounts.run(trx, { lineId: line.id, qty: input.qty, serials: input.serials?.length ?? 0 });
    // Every dock receiving this product here updates this one stock row: last, see beforeCommit.
    await beforeCommit(trx, () => adjustStock(trx, { productId: line.product_id, warehouseId, binId, delta: input.qty }));
    await refreshPoStatus(trx, session.po_id);
    return { serialIds };
  });
}

export interface RemoveReceivedSerialInput extends Actor {
  serialId: number;
  reason: string;
  /** `receiving.resetCountOnSerialDelete`: the unit is taken off the received count too. */
  resetCount: boolean;
}

/** Deletes a serial captured at receipt (ledger: adjusted/deleted), optionally un-receiving its unit. */
export async function removeReceivedSerial(db: Db, input: RemoveReceivedSerialInput): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const serial = await trx.selectFrom('serials').selectAll().where('id', '=', input.serialId).executeTakeFirst();
    if (!serial || serial.status === 'deleted') throw new NotFoundError('serial', String(input.serialId));
    if (serial.received_po_line_id === null || serial.received_session_id === null) {
      throw new ConflictError(msg('errors-storage.receiving.notReceivedOnPo', { serial: serial.value }));
    }
    if (serial.status !== 'in_stock') {
      throw new ConflictError(msg('errors-storage.receiving.cannotDelete', { serial: serial.value, status: serial.status }));
    }
    const document: DocumentRef = { type: 'purchase_order', id: serial.document_id, number: null };
    await deleteSerial(trx, serial.id, input.reason, { ...input, document });
    await trx
      .updateTable('po_lines')
      .set((eb) => ({ serial_count: eb('serial_count', '-', 1) }))
      .where('id', '=', serial.received_po_line_id)
      .where('serial_count', '>', 0)
      .execute();
    if (!input.resetCount) return;
    await trx
      .updateTable('receiving_session_lines')
      .set((eb) => ({ qty: eb('qty', '-', 1) }))
      .where('session_id', '=', serial.received_session_id)
      .where('po_line_id', '=', serial.received_po_line_id)
      .where('qty', '>', 0)
      .execute();
    const line = await trx
      .updateTable('po_lines')
      .set((eb) => ({ received_qty: eb('received_qty', '-', 1) }))
      .where('id', '=', serial.received_po_line_id)
      .where('received_qty', '>', 0)
      .returning(['po_id'])
      .executeTakeFirst();
    if (serial.warehouse_id !== null) {
      const location = { warehouseId: serial.warehouse_id, binId: serial.bin_id };
      await adjustStock(trx, { productId: serial.product_id, ...location, delta: -1 });
    }
    if (line) await refreshPoStatus(trx, line.po_id);
  });
}

export interface ReplaceReceivedSerialInput extends Actor {
  serialId: number;
  newValue: string;
}

/**
 * Corrects a serial captured at receipt: the old value is deleted (ledger: adjusted/deleted, reason
 * "corrected to …") and the new one received on the same session, line and bin — one transaction,
 * the received count unchanged.
 */
export async function replaceReceivedSerial(db: Db, input: ReplaceReceivedSerialInput): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const old = await trx.selectFrom('serials').selectAll().where('id', '=', input.serialId).executeTakeFirst();
    if (!old || old.status === 'deleted') throw new NotFoundError('serial', String(input.serialId));
    if (old.received_po_line_id === null || old.received_session_id === null) {
      throw new ConflictError(msg('errors-storage.receiving.notReceivedOnPo', { serial: old.value }));
    }
    if (old.status !== 'in_stock') throw new ConflictError(msg('errors-storage.receiving.cannotCorrect', { serial: old.value, status: old.status }));
    const po = await trx
      .selectFrom('po_lines')
      .innerJoin('purchase_orders', 'purchase_orders.id', 'po_lines.po_id')
      .select(['purchase_orders.id', 'purchase_orders.po_number', 'po_lines.unit_cost'])
      .where('po_lines.id', '=', old.received_po_line_id)
      .executeTakeFirstOrThrow();
    const document: DocumentRef = { type: 'purchase_order', id: po.id, number: po.po_number };
    const actor = { userId: input.userId ?? null, station: input.station ?? null, at: input.at ?? new Date() };
    await deleteSerial(trx, old.id, `corrected to ${input.newValue}`, { ...actor, document });
    return insertSerial(
      trx,
      {
        value: input.newValue,
        productId: old.product_id,
        status: 'in_stock',
        source: 'received',
        warehouseId: old.warehouse_id,
        binId: old.bin_id,
        document,
        lot: old.lot,
        expiry: old.expiry,
        unitCost: old.unit_cost,
        receivedPoLineId: old.received_po_line_id,
        receivedSessionId: old.received_session_id,
      },
      { ...actor, type: 'received', document, details: { session_id: old.received_session_id, po_line_id: old.received_po_line_id, unit_cost: po.unit_cost, corrects: old.value } },
      await getSerialKeyPolicy(trx),
    );
  });
}

/** The bin this open session puts units into from now on. */
export async function setReceivingSessionBin(db: Db, sessionId: number, binId: number | null): Promise<void> {
  await db.updateTable('receiving_sessions').set({ bin_id: binId }).where('id', '=', sessionId).where('status', '=', 'open').execute();
  cacheDrop(db, sessionRowKey(sessionId));
}
