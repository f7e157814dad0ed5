import { z } from 'zod';
import { identifier } from '../../../shared/domain/identifiers';
import { dimsSchema, packagesSchema, trackingSchema, weightSchema } from '../../../shared/api/requests/shipping';
import { StationError } from '../../../shared/api/errors';
import type { Station } from '../../backend/station';
import { operationRoute } from '../operation-route';
import { defineRoute, type RouteDef, type RouteReply } from '../route';
import type { ShipResult } from '../../../shared/workflows/shipping';
import { verdictReply } from '../verdict-reply';

const orderParam = z.object({ order: identifier(100) });

const shipOperation = (station: Station) => station.operations.table.get('shipping.ship')!;

/** A ship's reply; a refusal is an error (the expected-weight check belongs to the bench: a REST ship is never refused by it). */
function shipReply(r: ShipResult): RouteReply {
  if (r.verdict === 'rejected') {
    if (r.reason === 'label_service_failed') throw new StationError('unavailable', r.message);
    throw new StationError(r.reason === 'tracking_number_required' || r.reason === 'dimensions_required' ? 'validation' : 'conflict', r.message);
  }
  const s = r.state.shipment;
  return {
    message: r.message,
    data: { order_number: r.order_number, shipment_id: r.shipment_id, status: r.state.status, tracking_number: s?.tracking_number ?? null, weight_grams: s?.weight_grams ?? null, packages: s?.packages ?? [], lines: r.state.lines },
  };
}

/** Scan & Ship for fixed-mount scanners, pack stations and ERPs: the same workflow as the Ship screen. */
export function shippingRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'shipping.scan',
      method: 'POST',
      path: '/orders/:order/scans',
      params: { order: 'order_number' },
      tag: 'shipping',
      summary:
        'One packing scan. With sku, code is a serial of that product (or qty units are packed when the product takes no serial); without sku, code is read as the wizard reads it at its current step (item, pending serial, or a GS1 barcode carrying both). override {pin, reason} lifts a refusal a supervisor may approve (serial override, replacement). HTTP 200 for accepted and rejected verdicts.',
      responseExample: { verdict: 'rejected', reason: 'not_in_stock', message: 'Serial SCN9 of SCN-100 was never received: it is not in stock.', line: { sku: 'SCN-100', required: 2, scanned: 1, remaining: 1 }, approval: { kind: 'serial_override', pin_required: true } },
      reply: (r) => verdictReply(r, { ...(r.approval ? { approval: r.approval } : {}), ...(r.wrong_item ? { wrong_item: r.wrong_item } : {}) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/orders/:order/ship',
      tag: 'shipping',
      summary:
        'Confirm and ship a fully scanned order (or, with shipping.allowPartial, what is packed): one package (weight, dims, tracking_number) or packages [{weight, dims?, tracking_number?, serials?, items?: [{sku, qty}]}] naming what went into each; serials become shipped with the order, the shipment and their package. With a label service (or labels on the order) tracking numbers and labels are filled.',
      auth: true,
      params: orderParam,
      body: z.object({ weight: weightSchema.optional(), dims: dimsSchema.optional(), tracking_number: trackingSchema.optional(), packages: packagesSchema.optional() }).strict(),
      responseExample: { order_number: 'SO-2001', shipment_id: 7, status: 'shipped', tracking_number: '1Z999AA10123456784', weight_grams: 1250, packages: [{ package_no: 1, tracking_number: '1Z999AA10123456784', weight_grams: 1250, serials: ['SCN1000001'] }] },
      // A stored output (the ship committed, its reply was lost) is answered as the ship was.
      replay: (output) => shipReply(output as ShipResult),
      handler: async ({ params, body, auth, idempotency }) => {
        // The operation runner writes its events and stores the Idempotency-Key in the ship's own
        // transaction (planning and the label request are bookkeeping, see ship-now.ts).
        const input = shipOperation(station).input.parse({ ...(body as object), order_number: params.order });
        const ctx = { origin: 'rest' as const, apiKeyName: auth?.apiKeyName ?? 'api', ...(idempotency ? { idempotency } : {}) };
        return shipReply((await station.operations.run('shipping.ship', input, ctx)) as ShipResult);
      },
    }),
  ];
}
