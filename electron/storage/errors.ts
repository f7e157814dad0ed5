import type { MessageKey } from '../../shared/i18n/catalog';
import { english, msg, type Message } from '../../shared/i18n/message';
/**
 * Typed storage errors. The API layer maps them to its envelope:
 * NotFound → 404 NotFoundError, UnknownProduct → 404 ProductError, Conflict → 409, Validation → 400.
 */

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `lines.2.qty`; empty for the whole document. */
  path: string;
  message: string;
}

export class StorageError extends Error {
  /** The sentence as a message (shared/i18n), when it was given as one; `message` is its English text. */
  readonly text?: Message;

  constructor(
    readonly code: 'not_found' | 'unknown_product' | 'conflict' | 'validation' | 'newer_schema',
    message: string | Message,
    options?: ErrorOptions,
  ) {
    super(typeof message === 'string' ? message : english(message), options);
    this.name = new.target.name;
    if (typeof message !== 'string') this.text = message;
  }
}

/** What NotFoundError names, in words; any other entity is named as given. */
const NOT_FOUND: Readonly<Record<string, MessageKey>> = {
  product: 'errors-storage.notFound.product',
  order: 'errors-storage.notFound.order',
  'order line': 'errors-storage.notFound.orderLine',
  'packing scan': 'errors-storage.notFound.packingScan',
  serial: 'errors-storage.notFound.serial',
  'purchase order': 'errors-storage.notFound.purchaseOrder',
  'PO line': 'errors-storage.notFound.poLine',
  'receiving session': 'errors-storage.notFound.receivingSession',
  'open receiving session': 'errors-storage.notFound.openReceivingSession',
  return: 'errors-storage.notFound.return',
  'return line': 'errors-storage.notFound.returnLine',
  transfer: 'errors-storage.notFound.transfer',
  user: 'errors-storage.notFound.user',
};

/** "<entity> <key> not found" as a message. */
function notFound(entity: string, key: string): Message {
  const known = Object.hasOwn(NOT_FOUND, entity) ? NOT_FOUND[entity] : undefined;
  return known === undefined ? msg('errors-storage.notFound.other', { entity, key }) : msg(known, { key });
}

export class NotFoundError extends StorageError {
  constructor(
    readonly entity: string,
    readonly key: string,
    message: string | Message = notFound(entity, key),
  ) {
    super('not_found', message);
  }
}

/** A document names SKUs that are not in the catalog; `issues` point at each field. */
export class UnknownProductError extends StorageError {
  constructor(
    readonly skus: string[],
    readonly issues: FieldIssue[],
  ) {
    super('unknown_product', msg('errors-storage.unknownSkus', { count: skus.length, skus: skus.join(', ') }));
  }
}

/** The change collides with existing data; `conflicts` lists the colliding values, nothing was written. */
export class ConflictError extends StorageError {
  constructor(
    message: string | Message,
    readonly conflicts: string[] = [],
    readonly issues: FieldIssue[] = [],
    /** `cause`: the driver's unique violation, when the database itself found the collision. */
    options?: ErrorOptions,
  ) {
    super('conflict', message, options);
  }
}

export class ValidationError extends StorageError {
  constructor(
    message: string | Message,
    readonly issues: FieldIssue[],
  ) {
    super('validation', message);
  }

  static fromIssues(issues: FieldIssue[]): ValidationError {
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return new ValidationError(msg('errors-storage.invalidDocument', { summary }), issues);
  }
}

/** The database was written by a newer ScanBay; this build must not touch it. */
export class NewerSchemaError extends StorageError {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super('newer_schema', msg('errors-storage.newerSchema', { found, known }));
  }
}

/** True for SQLite's "database is locked/busy" errors (better-sqlite3 sets `code`). */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/** PostgreSQL: every pooled connection of this station stayed busy for the whole wait (pg-pool's message). */
export function isPoolExhausted(err: unknown): boolean {
  return err instanceof Error && err.message === 'timeout exceeded when trying to connect';
}

/**
 * Another station changed what this transaction read between the read and the write (a
 * conditional UPDATE changed fewer rows than it checked): the transaction is run again.
 */
export class RaceLostError extends Error {
  constructor(message = 'another station changed the same data at the same time') {
    super(message);
    this.name = 'RaceLostError';
  }
}

/** PostgreSQL: serialization_failure, deadlock_detected (the server chose this transaction); or a RaceLostError. */
export function isRetryableConflict(err: unknown): boolean {
  if (err instanceof RaceLostError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01';
}

/** True for a UNIQUE constraint violation on SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
