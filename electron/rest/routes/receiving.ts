import type { Station } from '../../backend/station';
import { operationRoute } from '../operation-route';
import type { RouteDef } from '../route';
import { verdictReply } from '../verdict-reply';

const po = { po: 'po_number' };

/** Receiving for fixed-mount scanners and ERPs: the station operations of the Receive screen. */
export function receivingRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'receiving.scanVerdict',
      method: 'POST',
      path: '/purchase-orders/:po/scans',
      params: po,
      tag: 'receiving',
      summary:
        'One receiving scan. With sku, code is a serial of that product (or qty units are received when the product takes no serial at receipt); without sku, code is read as the wizard reads it at its current step (product, pending serial, or a GS1 barcode carrying both). HTTP 200 for accepted and rejected verdicts.',
      responseExample: { verdict: 'rejected', reason: 'duplicate_in_po', message: 'Serial SN1 was already scanned on PO-1001.', line: { sku: 'SCN-100', ordered: 4, received: 2, to_receive: 2 } },
      reply: (r) => verdictReply(r),
    }),
    operationRoute(station, {
      operation: 'receiving.close',
      method: 'POST',
      path: '/purchase-orders/:po/receipts',
      params: po,
      tag: 'receiving',
      summary: 'Close the open receiving session on the PO (received on, by, quantities); returns notes about adjusted quantities',
      reply: (r) => ({ message: 'Receiving session closed', data: { session_id: r.session_id, notes: r.notes, lines: r.state.lines } }),
    }),
  ];
}
