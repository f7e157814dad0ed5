/** Domain vocabulary shared by storage, workflows, REST and the renderer. */

export const TRACKING_TYPES = ['none', 'ship', 'full'] as const;
/** `none`: never asks for serials; `ship`: only when shipping; `full`: at receipt and shipping. */
export type Tracking = (typeof TRACKING_TYPES)[number];

export const SERIAL_STATUSES = [
  'available', // generated in a pool, not yet handed out
  'assigned', // handed out by a pool (label printed, requested through the API, commissioned)
  'in_stock',
  'shipped',
  'quarantined',
  'in_transit',
  'deleted',
] as const;
export type SerialStatus = (typeof SERIAL_STATUSES)[number];

export const SERIAL_EVENT_TYPES = [
  'received',
  'moved',
  'shipped',
  'returned',
  'adjusted', // a deletion is `adjusted` with details `{ action: 'deleted', reason }`
  'generated',
  'commissioned',
  'assigned',
  'released',
  'overridden',
] as const;
export type SerialEventType = (typeof SERIAL_EVENT_TYPES)[number];

export const SERIAL_SOURCES = ['generated', 'requested', 'external', 'received'] as const;
export type SerialSource = (typeof SERIAL_SOURCES)[number];

/** Kinds of document a serial or a ledger event can point at. */
export const DOCUMENT_TYPES = [
  'purchase_order',
  'receiving_session',
  'order',
  'shipment',
  'return',
  'transfer',
  'adjustment',
  'import',
  'serial_pool',
  'serial_batch',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const USER_ROLES = ['operator', 'supervisor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PO_STATUSES = ['open', 'partial', 'received', 'closed', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PO_STATUSES)[number];

export const ORDER_STATUSES = ['open', 'in_progress', 'shipped', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const SESSION_STATUSES = ['open', 'closed'] as const;
export type ReceivingSessionStatus = (typeof SESSION_STATUSES)[number];

export const RETURN_DISPOSITIONS = ['restock', 'quarantine'] as const;
export type ReturnDisposition = (typeof RETURN_DISPOSITIONS)[number];

export const POOL_MODES = ['continuous', 'batch'] as const;
export type PoolMode = (typeof POOL_MODES)[number];

export const PRODUCT_CODE_SCHEMAS = ['GTIN', 'SKU'] as const;
export type ProductCodeSchema = (typeof PRODUCT_CODE_SCHEMAS)[number];

/** How serials are kept unique: per product (the same value may exist for two products) or station-wide. */
export type SerialUniqueScope = 'product' | 'global';

export interface SerialKeyPolicy {
  uniqueScope: SerialUniqueScope;
  caseSensitive: boolean;
}

export const DEFAULT_SERIAL_KEY_POLICY: SerialKeyPolicy = { uniqueScope: 'product', caseSensitive: true };
