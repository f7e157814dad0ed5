import { StationError } from '../../../shared/api/errors';
import type { Station } from '../../backend/station';
import { textOf } from '../../workflows/shipping/text';
import { operationRoute } from '../operation-route';
import type { RouteDef } from '../route';
import { verdictReply } from '../verdict-reply';

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
    operationRoute(station, {
      operation: 'shipping.shipOrder',
      method: 'POST',
      path: '/orders/:order/ship',
      params: { order: 'order_number' },
      tag: 'shipping',
      summary:
        'Confirm and ship a fully scanned order (or, with shipping.allowPartial, what is packed): one package (weight, dims, tracking_number) or packages [{weight, dims?, tracking_number?, serials?, items?: [{sku, qty}]}] naming what went into each; serials become shipped with the order, the shipment and their package. With a label service (or labels on the order) tracking numbers and labels are filled.',
      responseExample: { order_number: 'SO-2001', shipment_id: 7, status: 'shipped', tracking_number: '1Z999AA10123456784', weight_grams: 1250, packages: [{ package_no: 1, tracking_number: '1Z999AA10123456784', weight_grams: 1250, serials: ['SCN1000001'] }] },
      reply: (r) => {
        // The expected-weight check belongs to the bench; a REST ship is never refused by it.
        if (r.verdict === 'rejected') {
          if (r.reason === 'label_service_failed') throw new StationError('unavailable', textOf(r));
          throw new StationError(r.reason === 'tracking_number_required' || r.reason === 'dimensions_required' ? 'validation' : 'conflict', textOf(r));
        }
        const s = r.state.shipment;
        return {
          message: r.message,
          data: { order_number: r.order_number, shipment_id: r.shipment_id, status: r.state.status, tracking_number: s?.tracking_number ?? null, weight_grams: s?.weight_grams ?? null, packages: s?.packages ?? [], lines: r.state.lines },
        };
      },
    }),
  ];
}
