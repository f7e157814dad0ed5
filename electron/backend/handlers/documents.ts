import { StationError } from '../../../shared/api/errors';
import { msg, type Message } from '../../../shared/i18n/message';
import { actorOf } from '../../workflows/kit/actor';
import { requesterOf } from '../../workflows/kit/supervisor-pin';
import { getOrder } from '../../storage/repos/orders';
import { getProductDetail } from '../../storage/repos/products';
import { getPurchaseOrder } from '../../storage/repos/purchase-orders';
import { orderPackagesAndSlip } from '../../workflows/shipping/print-shipment';
import { upsertOrder } from '../../storage/writers/order-writer';
import { patchProduct, upsertProduct, type ProductForce } from '../../storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../storage/writers/purchase-order-writer';
import type { Handlers, RequestContext } from '../dispatcher';
import type { Station } from '../station';

type DocumentHandlers = Pick<Handlers, `${'products' | 'purchaseOrders' | 'orders'}.${'upsert' | 'get'}` | 'products.patch'>;

function found<T>(value: T | undefined, notFound: () => Message): T {
  if (value === undefined) throw new StationError('not_found', notFound());
  return value;
}

/**
 * A supervisor's PIN lets a caller change a held product's locked fields (wrong PINs count against
 * the caller); the CLI, the local administrator, needs none.
 */
async function supervisorForce(station: Station, ctx: RequestContext, force: { pin?: string; reason?: string }): Promise<ProductForce> {
  const actor = actorOf(station, ctx.apiKeyName);
  if (force.pin === undefined) {
    if (ctx.origin !== 'cli') throw new StationError('forbidden', msg('errors-station.documents.forceNeedsSupervisor'));
    return { via: 'cli', userId: null, station: actor.station, reason: force.reason ?? null };
  }
  const check = await station.approvals.check(force.pin, requesterOf(actor));
  if (!check.ok) throw new StationError(check.reason === 'pin_locked' ? 'locked' : 'forbidden', check.message);
  return { via: `${actor.via} approved by ${check.supervisor.name}`, userId: check.supervisor.id, station: actor.station, reason: force.reason ?? null };
}

/** Handlers of the document requests (shared/api/requests/documents.ts): writes through the storage writers, as CSV import uses them. */
export function documentsHandlers(station: Station): DocumentHandlers {
  const db = () => station.database.db;
  return {
    'products.upsert': (doc) => upsertProduct(db(), doc),
    'products.patch': async ({ sku, force, ...patch }, ctx) => patchProduct(db(), sku, patch, force ? { force: await supervisorForce(station, ctx, force) } : {}),
    'purchaseOrders.upsert': (doc) => upsertPurchaseOrder(db(), doc, { defaultSerialLength: station.options.get('serials.defaultLength') }),
    'orders.upsert': (doc) => upsertOrder(db(), doc),
    'products.get': async ({ sku }) => found(await getProductDetail(db(), sku), () => msg('errors-station.documents.productNotFound', { sku })),
    'purchaseOrders.get': async ({ po_number }) => found(await getPurchaseOrder(db(), po_number), () => msg('errors-station.documents.purchaseOrderNotFound', { po: po_number })),
    'orders.get': async ({ order_number }) => {
      const order = found(await getOrder(db(), order_number), () => msg('errors-station.documents.orderNotFound', { order: order_number }));
      return { ...order, ...(await orderPackagesAndSlip(station, order.id)) };
    },
  };
}
