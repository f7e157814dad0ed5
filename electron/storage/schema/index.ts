import type { Kysely, Transaction } from 'kysely';
import type { ApprovalPinLockoutsTable, ImportsTable } from './approvals';
import type * as C from './catalog';
import type * as L from './lifecycle';
import type * as G from './logs';
import type * as P from './purchasing';
import type * as S from './sales';
import type * as R from './serials';
import type { UsersTable } from './users';
import type * as F from './feed';

/** The whole schema as Kysely sees it (the latest migration). */
export interface DB {
  products: C.ProductsTable;
  product_aliases: C.ProductAliasesTable;
  kit_components: C.KitComponentsTable;
  product_replacements: C.ProductReplacementsTable;
  vendors: C.VendorsTable;
  warehouses: C.WarehousesTable;
  bins: C.BinsTable;
  stock: C.StockTable;
  users: UsersTable;
  purchase_orders: P.PurchaseOrdersTable;
  po_lines: P.PoLinesTable;
  po_expected_serials: P.PoExpectedSerialsTable;
  receiving_sessions: P.ReceivingSessionsTable;
  receiving_session_lines: P.ReceivingSessionLinesTable;
  orders: S.OrdersTable;
  order_lines: S.OrderLinesTable;
  shipments: S.ShipmentsTable;
  packages: S.PackagesTable;
  shipment_lines: S.ShipmentLinesTable;
  packing_scans: S.PackingScansTable;
  order_kit_replacements: S.OrderKitReplacementsTable;
  order_package_measures: S.OrderPackageMeasuresTable;
  serial_pools: R.SerialPoolsTable;
  serial_batches: R.SerialBatchesTable;
  serials: R.SerialsTable;
  serial_events: R.SerialEventsTable;
  storage_settings: R.StorageSettingsTable;
  shared_options: R.SharedOptionsTable;
  returns: L.ReturnsTable;
  return_lines: L.ReturnLinesTable;
  transfers: L.TransfersTable;
  transfer_lines: L.TransferLinesTable;
  cycle_counts: L.CycleCountsTable;
  cycle_count_lines: L.CycleCountLinesTable;
  scan_log: G.ScanLogTable;
  audit_log: G.AuditLogTable;
  api_keys: G.ApiKeysTable;
  api_tokens: G.ApiTokensTable;
  api_channels: G.ApiChannelsTable;
  approval_pin_lockouts: ApprovalPinLockoutsTable;
  imports: ImportsTable;
  feed_events: F.FeedEventsTable;
  webhooks: F.WebhooksTable;
  webhook_outbox: F.WebhookOutboxTable;
  idempotency_keys: F.IdempotencyKeysTable;
}

/** A handle for queries: the database or a transaction on it. */
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;

export type * from './catalog';
export type * from './lifecycle';
export type * from './logs';
export type * from './purchasing';
export type * from './sales';
export type * from './serials';
export type { UsersTable } from './users';
export type { ApprovalPinLockoutsTable, ImportsTable } from './approvals';
export type * from './feed';
