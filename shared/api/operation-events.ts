import type { RequestName } from './contract';

/** Event types of the feed (`GET /api/v1/events`, `scanbay events`, webhooks). */
export const FEED_EVENT_TYPES = [
  'receipt.scanned',
  'receipt.closed',
  'shipment.packed',
  'shipment.shipped',
  'return.received',
  'return.restocked',
  'transfer.completed',
  'adjustment.applied',
  'count.finished',
  'serial.commissioned',
  'serial.requested',
  'serial.released',
  'document.created',
  'document.updated',
] as const;

export type FeedEventType = (typeof FEED_EVENT_TYPES)[number];

/** One event of the feed; `id` is the opaque cursor (`after=`). */
export interface FeedEvent {
  id: string;
  type: FeedEventType;
  occurred_at: string;
  station: string;
  actor: string | null;
  document: { type: string; number: string } | null;
  sku: string | null;
  serial: string | null;
  qty: number | null;
  from: string | null;
  to: string | null;
  details: Record<string, unknown>;
}

/**
 * Pushes an operation may declare: `pools.changed`, and `order.changed` for an operation whose
 * input names the order (`order_number`) it changes.
 */
export type OperationPush = 'pools.changed' | 'order.changed';

/** What an operation emits: feed events (in its own transaction) and pushes to the station's UIs. */
export interface OperationEvents {
  feed: readonly FeedEventType[];
  push?: readonly OperationPush[];
}

const pools: OperationEvents = { feed: [], push: ['pools.changed'] };
const order = (...feed: FeedEventType[]): OperationEvents => ({ feed, push: ['order.changed'] });

/** The events each station operation emits (operations not listed emit none). */
export const OPERATION_EVENTS: Partial<Record<RequestName, OperationEvents>> = {
  'receiving.scan': { feed: ['receipt.scanned'] },
  'receiving.scanVerdict': { feed: ['receipt.scanned'] },
  'receiving.measure': { feed: ['receipt.scanned'] },
  'receiving.close': { feed: ['receipt.closed'] },
  'shipping.scan': order('shipment.packed'),
  'shipping.ship': order('shipment.shipped'),
  'shipping.shipOrder': order('shipment.shipped'),
  'shipping.measurePackage': order(),
  'shipping.confirm': order(),
  'shipping.partial': order(),
  'shipping.cancelPending': order(),
  'products.upsert': { feed: ['document.created', 'document.updated'] },
  'products.patch': { feed: ['document.updated'] },
  'purchaseOrders.upsert': { feed: ['document.created', 'document.updated'] },
  'orders.upsert': { feed: ['document.created', 'document.updated'] },
  'returns.create': { feed: ['document.created'] },
  'returns.scan': { feed: ['return.received'] },
  'returns.restock': { feed: ['return.restocked'] },
  'transfers.create': { feed: ['document.created'] },
  'transfers.finish': { feed: ['transfer.completed'] },
  'transfers.receive': { feed: ['transfer.completed'] },
  'stock.adjust': { feed: ['adjustment.applied'] },
  'counts.finish': { feed: ['count.finished'] },
  'pools.create': pools,
  'pools.update': pools,
  'pools.generate': pools,
  'pools.delete': pools,
  'pools.release': { feed: ['serial.released'], push: ['pools.changed'] },
  'pools.print': pools,
  'serials.commission': { feed: ['serial.commissioned'], push: ['pools.changed'] },
  'serials.request': { feed: ['serial.requested'], push: ['pools.changed'] },
  'serials.release': { feed: ['serial.released'], push: ['pools.changed'] },
  'serialPools.create': pools,
  'serialPools.generate': pools,
};

export function eventsOf(name: RequestName): OperationEvents {
  return OPERATION_EVENTS[name] ?? { feed: [] };
}
