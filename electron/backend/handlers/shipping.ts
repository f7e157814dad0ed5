import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { actorOf } from '../../workflows/kit/actor';
import { workflowOf } from '../../workflows/kit/workflow-registry';
import { listOrders } from '../../workflows/shipping/orders-view';
import { shipNow } from '../../workflows/shipping/ship-now';
import { measurePackage } from '../../workflows/shipping/ship';
import { reprint } from '../../workflows/shipping/print-shipment';
import { ShippingWorkflow } from '../../workflows/shipping/shipping-workflow';
import type { Handlers, RequestContext } from '../dispatcher';
import type { Station } from '../station';

type ShippingHandlers = Pick<Handlers, `shipping.${string}` & keyof Handlers>;

export const shippingWorkflow = (station: Station): ShippingWorkflow => workflowOf(station, 'shipping', () => new ShippingWorkflow(station));

/** Handlers of the shipping requests (shared/api/requests/shipping.ts). */
export function shippingHandlers(station: Station): ShippingHandlers {
  const wf = () => shippingWorkflow(station);
  const actor = (ctx: RequestContext) => actorOf(station, ctx.apiKeyName);
  return {
    'shipping.orders': async (q) => ({ orders: await listOrders(station.database.db, station.options.values(), q) }),
    'shipping.open': ({ order_number }, ctx) => wf().open(order_number, actor(ctx)),
    'shipping.state': async ({ order_number }) => wf().state(await wf().context(order_number)),
    'shipping.scan': ({ order_number, ...input }, ctx) => wf().scan(order_number, input, actor(ctx)),
    'shipping.tracking': ({ order_number, code }, ctx) => wf().tracking(order_number, code, actor(ctx)),
    'shipping.cancelPending': ({ order_number }) => wf().cancelPending(order_number),
    'shipping.confirm': ({ order_number }) => wf().confirm(order_number),
    'shipping.ship': ({ order_number, ...req }, ctx) => shipNow(wf(), order_number, req, actor(ctx), 'ui'),
    'shipping.shipOrder': ({ order_number, ...req }, ctx) => {
      // Packages with their weights come from ERPs; at the bench each package is weighed (shipping.ship).
      if (ctx.origin === 'ipc' || ctx.origin === 'ws') throw new StationError('forbidden', msg('errors-station.shipping.weighAtBench'));
      return shipNow(wf(), order_number, req, actor(ctx), 'rest');
    },
    'shipping.reprint': (input) => reprint(station, input),
    'shipping.partial': ({ order_number, on }) => wf().partial(order_number, on),
    'shipping.measurePackage': ({ order_number, ...req }, ctx) => measurePackage(wf(), order_number, req, actor(ctx)),
  };
}
