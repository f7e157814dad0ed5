import { z } from 'zod';
import { identifier } from '../../../shared/domain/identifiers';
import type { Station } from '../../backend/station';
import { receivingWorkflow } from '../../backend/handlers/receiving';
import { actorOf } from '../../workflows/kit/actor';
import { closeSession } from '../../workflows/receiving/receiving-admin';
import { defineRoute, type RouteDef } from '../route';
import { verdictReply } from '../verdict-reply';

const poParam = z.object({ po: identifier(100) });

/** Receiving for fixed-mount scanners and ERPs: the same workflow as the Receive screen. */
export function receivingRoutes(station: Station): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/purchase-orders/:po/scans',
      tag: 'receiving',
      summary:
        'One receiving scan. With sku, code is a serial of that product (or qty units are received when the product takes no serial at receipt); without sku, code is read as the wizard reads it at its current step (product, pending serial, or a GS1 barcode carrying both). HTTP 200 for accepted and rejected verdicts.',
      auth: true,
      params: poParam,
      body: z
        .object({ code: z.string().max(20_000), sku: identifier(100).optional(), qty: z.number().int().min(1).max(100_000).optional(), bin: identifier(100).optional() })
        .strict(),
      responseExample: { verdict: 'rejected', reason: 'duplicate_in_po', message: 'Serial SN1 was already scanned on PO-1001.', line: { sku: 'SCN-100', ordered: 4, received: 2, to_receive: 2 } },
      handler: async ({ params, body, auth }) => verdictReply(await receivingWorkflow(station).scanVerdict(params.po, body, actorOf(station, auth?.apiKeyName ?? 'api'))),
    }),
    defineRoute({
      method: 'POST',
      path: '/purchase-orders/:po/receipts',
      tag: 'receiving',
      summary: 'Close the open receiving session on the PO (received on, by, quantities); returns notes about adjusted quantities',
      auth: true,
      params: poParam,
      handler: async ({ params, auth }) => {
        const r = await closeSession(receivingWorkflow(station), params.po, actorOf(station, auth?.apiKeyName ?? 'api'));
        return { message: 'Receiving session closed', data: { session_id: r.session_id, notes: r.notes, lines: r.state.lines } };
      },
    }),
  ];
}
