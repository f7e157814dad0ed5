import { msg } from '../../../shared/i18n/message';
import type { Selectable } from 'kysely';
import { foldSerial, serialUniqueKey } from '../../../shared/domain/serial-key';
import type {
  DocumentType,
  SerialEventType,
  SerialKeyPolicy,
  SerialSource,
  SerialStatus,
} from '../../../shared/domain/types';
import type { SerialEventView, SerialView } from '../../../shared/domain/views';
import { ConflictError, NotFoundError, isUniqueViolation } from '../errors';
import { dialectOf } from '../dialect';
import { handleInfo } from '../handle-info';
import { ledgerOrder } from '../ledger-seq';
import { prepare, rowOf } from '../prepared';
import type { Db, SerialsTable } from '../schema';
import { iso } from '../time';
import { getSerialKeyPolicy } from './settings';
import { notStaged } from '../staged-rows';

/** Serials and their append-only ledger. Writers that change a serial always append an event. */

export interface DocumentRef {
  type: DocumentType;
  id: number | null;
  number: string | null;
}

/** Who did it, where, when; copied into each ledger event. */
export interface Actor {
  userId?: number | null;
  station?: string | null;
  at?: Date;
}

export interface NewSerial {
  value: string;
  productId: number;
  status: SerialStatus;
  source: SerialSource;
  warehouseId?: number | null;
  binId?: number | null;
  document?: DocumentRef | null;
  poolId?: number | null;
  batchId?: number | null;
  lot?: string | null;
  expiry?: string | null;
  unitCost?: number | null;
  receivedPoLineId?: number | null;
  receivedSessionId?: number | null;
  receivedBinId?: number | null;
}

export interface EventInput extends Actor {
  type: SerialEventType;
  document?: DocumentRef | null;
  details?: Record<string, unknown> | null;
}

export function serialRowValues(s: NewSerial, policy: SerialKeyPolicy, now: string) {
  return {
    value: s.value,
    value_fold: foldSerial(s.value),
    unique_key: s.status === 'deleted' ? null : serialUniqueKey(s.productId, s.value, policy),
    product_id: s.productId,
    status: s.status,
    warehouse_id: s.warehouseId ?? null,
    bin_id: s.binId ?? null,
    document_type: s.document?.type ?? null,
    document_id: s.document?.id ?? null,
    pool_id: s.poolId ?? null,
    batch_id: s.batchId ?? null,
    lot: s.lot ?? null,
    expiry: s.expiry ?? null,
    source: s.source,
    unit_cost: s.unitCost ?? null,
    received_po_line_id: s.receivedPoLineId ?? null,
    received_session_id: s.receivedSessionId ?? null,
    received_bin_id: s.receivedBinId ?? null,
    created_at: now,
    updated_at: now,
  };
}

/** A ledger row; `stationId` is the writing station's (see handle-info.ts: `handleInfo(db).stationId`). */
export function eventRowValues(serialId: number, productId: number, e: EventInput, now: string, stationId: string | null = null) {
  return {
    type: e.type,
    serial_id: serialId,
    product_id: productId,
    document_type: e.document?.type ?? null,
    document_id: e.document?.id ?? null,
    document_number: e.document?.number ?? null,
    user_id: e.userId ?? null,
    station: e.station ?? null,
    station_id: stationId,
    at: now,
    details: e.details ? JSON.stringify(e.details) : null,
  };
}

/**
 * Inserts one serial and its first ledger event. Call inside `writeTransaction` together with the
 * rest of the change. A value that is already taken (per the uniqueness policy) → ConflictError.
 */
export async function insertSerial(
  db: Db,
  serial: NewSerial,
  event: EventInput,
  policy?: SerialKeyPolicy,
): Promise<number> {
  const now = iso(event.at);
  const values = serialRowValues(serial, policy ?? (await getSerialKeyPolicy(db)), now);
  let id: number;
  try {
    ({ id } = (await insertSerialRow.first(db, values))!);
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(msg('errors-storage.serials.exists', { serial: serial.value }), [serial.value], [], { cause: err });
    throw err;
  }
  await insertEventRow.run(db, eventRowValues(id, serial.productId, event, now, handleInfo(db).stationId));
  return id;
}

export async function appendSerialEvent(db: Db, serialId: number, productId: number, event: EventInput): Promise<void> {
  await insertEventRow.run(db, eventRowValues(serialId, productId, event, iso(event.at), handleInfo(db).stationId));
}

// One serial and one ledger row per receipt or change: prepared (see prepared.ts).
type SerialRow = ReturnType<typeof serialRowValues>;
type EventRow = ReturnType<typeof eventRowValues>;
const SERIAL_COLUMNS: Record<keyof SerialRow, true> = {
  value: true, value_fold: true, unique_key: true, product_id: true, status: true, warehouse_id: true, bin_id: true,
  document_type: true, document_id: true, pool_id: true, batch_id: true, lot: true, expiry: true, source: true,
  unit_cost: true, received_po_line_id: true, received_session_id: true, received_bin_id: true, created_at: true, updated_at: true,
};
const EVENT_COLUMNS: Record<keyof EventRow, true> = {
  type: true, serial_id: true, product_id: true, document_type: true, document_id: true, document_number: true,
  user_id: true, station: true, station_id: true, at: true, details: true,
};
const insertSerialRow = prepare((db, p: SerialRow) => db.insertInto('serials').values(rowOf(p, SERIAL_COLUMNS)).returning('id'));
const insertEventRow = prepare((db, p: EventRow) => db.insertInto('serial_events').values(rowOf(p, EVENT_COLUMNS)));

export interface SerialChange {
  status?: SerialStatus;
  warehouseId?: number | null;
  binId?: number | null;
  /** SKU-to-SKU transfer: the serial moves to another product (its key is recomputed). */
  productId?: number;
  document?: DocumentRef | null;
}

/** Changes a serial's status/location/document and appends the event, in the caller's transaction. */
export async function changeSerial(db: Db, serialId: number, change: SerialChange, event: EventInput): Promise<void> {
  let read = db.selectFrom('serials').selectAll().where('id', '=', serialId);
  // PostgreSQL: the row as it is now, locked until COMMIT (SQLite's one writer needs no row lock).
  if (dialectOf(db) === 'postgres') read = read.forUpdate();
  const current = await read.executeTakeFirst();
  if (!current) throw new NotFoundError('serial', String(serialId));
  const now = iso(event.at);
  const status = change.status ?? current.status;
  const productId = change.productId ?? current.product_id;
  const policy = await getSerialKeyPolicy(db);
  const update: Partial<Selectable<SerialsTable>> = {
    status,
    product_id: productId,
    unique_key: status === 'deleted' ? null : serialUniqueKey(productId, current.value, policy),
    updated_at: now,
  };
  if (change.warehouseId !== undefined) update.warehouse_id = change.warehouseId;
  if (change.binId !== undefined) update.bin_id = change.binId;
  if (change.document !== undefined) {
    update.document_type = change.document?.type ?? null;
    update.document_id = change.document?.id ?? null;
  }
  try {
    await db.updateTable('serials').set(update).where('id', '=', serialId).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(msg('errors-storage.serials.exists', { serial: current.value }), [current.value], [], { cause: err });
    throw err;
  }
  await appendSerialEvent(db, serialId, productId, event);
}

/**
 * Deletes a serial: status `deleted`, its value free for reuse, history kept; the ledger records
 * `adjusted` with `{ action: 'deleted', reason }`.
 */
export async function deleteSerial(
  db: Db,
  serialId: number,
  reason: string,
  actor: Actor & { document?: DocumentRef | null },
): Promise<void> {
  const event: EventInput = { ...actor, type: 'adjusted', details: { action: 'deleted', reason } };
  await changeSerial(db, serialId, { status: 'deleted' }, event);
}

const serialViewColumns = [
  'serials.id',
  'serials.value',
  'serials.product_id',
  'products.sku',
  'serials.status',
  'warehouses.code as warehouse',
  'bins.code as bin',
  'serials.document_type',
  'serials.document_id',
  'serials.pool_id',
  'serials.batch_id',
  'serials.lot',
  'serials.expiry',
  'serials.source',
  'serials.unit_cost',
] as const;

function serialViews(db: Db) {
  return db
    .selectFrom('serials')
    .innerJoin('products', 'products.id', 'serials.product_id')
    .leftJoin('warehouses', 'warehouses.id', 'serials.warehouse_id')
    .leftJoin('bins', 'bins.id', 'serials.bin_id')
    .select(serialViewColumns)
    .where(notStaged('serials'));
}

export interface FindSerialOptions {
  productId?: number;
  includeDeleted?: boolean;
  /** Defaults to the database's policy. */
  caseSensitive?: boolean;
}

/**
 * Current state of a serial by value (one index probe on `value_fold`). Several rows when the same
 * value exists for several products (per-product uniqueness), or with `includeDeleted`.
 */
export async function findSerials(db: Db, value: string, opts: FindSerialOptions = {}): Promise<SerialView[]> {
  let q = serialViews(db).where('serials.value_fold', '=', foldSerial(value));
  if (opts.productId !== undefined) q = q.where('serials.product_id', '=', opts.productId);
  if (!opts.includeDeleted) q = q.where('serials.status', '!=', 'deleted');
  const rows = await q.orderBy('serials.id').execute();
  const caseSensitive = opts.caseSensitive ?? (await getSerialKeyPolicy(db)).caseSensitive;
  return caseSensitive ? rows.filter((r) => r.value === value) : rows;
}

export async function getSerial(db: Db, id: number): Promise<SerialView | undefined> {
  return serialViews(db).where('serials.id', '=', id).executeTakeFirst();
}

/** A serial's full timeline, oldest first. */
export async function serialHistory(db: Db, serialId: number): Promise<SerialEventView[]> {
  const rows = await db
    .selectFrom('serial_events')
    .leftJoin('users', 'users.id', 'serial_events.user_id')
    .select([
      'serial_events.id',
      'serial_events.seq',
      'serial_events.station_id',
      'serial_events.type',
      'serial_events.at',
      'serial_events.serial_id',
      'serial_events.product_id',
      'serial_events.document_type',
      'serial_events.document_id',
      'serial_events.document_number',
      'users.name as user',
      'serial_events.station',
      'serial_events.details',
    ])
    .where('serial_events.serial_id', '=', serialId)
    .orderBy(ledgerOrder(db, 'serial_events'))
    .execute();
  return rows.map((r) => ({ ...r, details: r.details === null ? null : (JSON.parse(r.details) as Record<string, unknown>) }));
}

/** Every serial that has a ledger event on a document (e.g. all serials ever received on a PO). */
export async function serialsOfDocument(db: Db, type: DocumentType, documentId: number): Promise<SerialView[]> {
  return serialViews(db)
    .where('serials.id', 'in', (eb) =>
      eb
        .selectFrom('serial_events')
        .select('serial_events.serial_id')
        .where('serial_events.document_type', '=', type)
        .where('serial_events.document_id', '=', documentId),
    )
    .orderBy('serials.id')
    .execute();
}
