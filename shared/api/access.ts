import type { RequestName } from './contract';

/**
 * Who may make a request from the station's own UI (IPC and the browser-mode WebSocket):
 * - `signed_in`: a user must be signed in while `general.requireSignIn` is on — the work of
 *   receiving, shipping, returns, transfers, counts, adjustments and pools is recorded against them;
 * - `supervisor`: a signed-in supervisor (once the station has one: the first user and the first
 *   settings of a new station need nobody);
 * - anything else is open (reading, searching, opening a document).
 * REST (API keys), the CLI (the local administrator) and in-process callers are not checked here.
 */
export type Access = 'signed_in' | 'supervisor';

const signedIn = [
  'receiving.scan', 'receiving.scanVerdict', 'receiving.measure', 'receiving.cancelPending', 'receiving.close', 'receiving.deleteSerial', 'receiving.editSerial',
  'shipping.scan', 'shipping.tracking', 'shipping.cancelPending', 'shipping.confirm', 'shipping.ship', 'shipping.shipOrder',
  'shipping.partial', 'shipping.measurePackage', 'shipping.reprint', 'receiving.printLabels', 'receiving.addSerial',
  'returns.create', 'returns.scan', 'returns.cancelPending', 'returns.restock', 'returns.cancel',
  'transfers.create', 'transfers.scan', 'transfers.cancelPending', 'transfers.finish', 'transfers.receive',
  'stock.adjust', 'counts.start', 'counts.scan', 'counts.review', 'counts.finish', 'counts.cancel',
  'pools.create', 'pools.update', 'pools.generate', 'pools.delete', 'pools.release', 'pools.print',
  'serials.commission', 'serials.request', 'serials.release', 'serialPools.create', 'serialPools.generate',
] as const satisfies readonly RequestName[];

const supervisor = ['products.upsert', 'products.patch', 'purchaseOrders.upsert', 'orders.upsert', 'options.set', 'users.add', 'users.setBadge', 'webhooks.add', 'webhooks.remove', 'webhooks.enable', 'webhooks.test'] as const satisfies readonly RequestName[];

export const REQUEST_ACCESS: ReadonlyMap<RequestName, Access> = new Map<RequestName, Access>([
  ...signedIn.map((n) => [n, 'signed_in'] as const),
  ...supervisor.map((n) => [n, 'supervisor'] as const),
]);

export function accessOf(name: RequestName): Access | null {
  return REQUEST_ACCESS.get(name) ?? null;
}
