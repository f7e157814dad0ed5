import { z } from 'zod';
import { identifier } from '../../../shared/domain/identifiers';
import { RETURN_CONDITIONS } from '../../../shared/workflows/lifecycle';
import type { Station } from '../../backend/station';
import { returnsWorkflow } from '../../backend/handlers/lifecycle';
import { serialTimelines } from '../../storage/repos/history';
import { actorOf } from '../../workflows/kit/actor';
import { creditMemo, restock } from '../../workflows/returns/returns-admin';
import { RestError } from '../errors';
import { defineRoute, type RouteDef } from '../route';
import { verdictReply } from '../verdict-reply';

const rmaParam = z.object({ rma: identifier(100) });
const text = (max = 100) => identifier(max);

/** Returns (RMA) for ERPs and returns desks, and serial history: the same workflow as the Returns screen. */
export function lifecycleRoutes(station: Station): RouteDef[] {
  const wf = () => returnsWorkflow(station);
  const caller = (auth: { apiKeyName: string } | null) => actorOf(station, auth?.apiKeyName ?? 'api');
  return [
    defineRoute({
      method: 'POST',
      path: '/returns',
      tag: 'returns',
      summary:
        'Open an RMA on a shipped order (rma_number is generated when not given). The same rma_number again for the same order answers 200 with that RMA; an order that shipped nothing is 409.',
      auth: true,
      body: z.object({ order_number: text(), rma_number: text().optional(), reason: identifier(200, 'text').optional() }).strict(),
      responseExample: { rma_number: 'RMA-000001', order_number: 'SO-2001', status: 'open', reason: 'defective', lines: [] },
      handler: async ({ body, auth }) => {
        const input = { order_number: body.order_number, ...(body.rma_number ? { rma_number: body.rma_number } : {}), ...(body.reason ? { reason: body.reason } : {}) };
        const r = await wf().create(input, caller(auth));
        const { step: _s, prompt: _p, ...data } = r.state;
        return { status: r.created ? 201 : 200, message: r.created ? 'RMA created' : 'RMA already open for this order', data };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/returns/:rma',
      tag: 'returns',
      summary: 'An RMA with the units returned on it (credit memo lines) and its order lines',
      auth: true,
      params: rmaParam,
      handler: async ({ params }) => {
        const { step: _s, prompt: _p, ...data } = await wf().state(params.rma);
        return { data };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/returns/:rma/scans',
      tag: 'returns',
      summary:
        'One returned unit. With sku, code is a serial of that product (for a product without serials, one unit). Without sku, code is a serial, a product code (then send its serial next) or a GS1 barcode with both. With returns.requireSerialValidation the serial must have shipped on the order (not_shipped_on_order). HTTP 200 for accepted and rejected verdicts.',
      auth: true,
      params: rmaParam,
      body: z.object({ code: z.string().max(20_000), sku: text().optional(), condition: z.enum(RETURN_CONDITIONS).optional() }).strict(),
      responseExample: { verdict: 'rejected', reason: 'not_shipped_on_order', message: 'Serial SN1 of SCN-100 was not shipped on SO-2001.', line: null },
      handler: async ({ params, body, auth }) => {
        const input = { code: body.code, ...(body.sku ? { sku: body.sku } : {}), ...(body.condition ? { condition: body.condition } : {}) };
        return verdictReply(await wf().scan(params.rma, input, caller(auth)));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/returns/:rma/restock',
      tag: 'returns',
      summary:
        'Put the returned units away and close the RMA: back in stock at warehouse/bin (default: the order’s warehouse), damaged and defective units to quarantine unless disposition says otherwise. Answers with the credit memo.',
      auth: true,
      params: rmaParam,
      body: z.object({ warehouse: text().optional(), bin: text().optional(), disposition: z.enum(['restock', 'quarantine']).optional() }).strict().optional(),
      responseExample: { rma_number: 'RMA-000001', restocked: 1, quarantined: 0, credit_memo: { lines: [{ sku: 'SCN-100', serial: 'SCN1000001', qty: 1, amount: 129 }], total: 129 } },
      handler: async ({ params, body, auth }) => {
        const input = { ...(body?.warehouse ? { warehouse: body.warehouse } : {}), ...(body?.bin ? { bin: body.bin } : {}), ...(body?.disposition ? { disposition: body.disposition } : {}) };
        const r = await restock(wf(), params.rma, input, caller(auth));
        return { message: 'Returned units put away; RMA closed', data: { rma_number: params.rma, restocked: r.restocked, quarantined: r.quarantined, credit_memo: r.credit_memo } };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/returns/:rma/credit-memo',
      tag: 'returns',
      summary: 'The credit memo of an RMA: one line per returned unit at its sale price',
      auth: true,
      params: rmaParam,
      handler: async ({ params }) => ({ data: await creditMemo(wf(), params.rma) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/serials/:serial',
      tag: 'serials',
      summary:
        'A serial’s history from the ledger: an array with one entry per product holding this value (per-product uniqueness), each with status, location and events (received on PO from vendor at cost, moved, shipped on order at price, returned…)',
      auth: true,
      params: z.object({ serial: identifier(200) }),
      responseExample: [
        {
          sku: 'SCN-100',
          serial: 'SCN1000001',
          status: 'in_stock',
          warehouse: 'MAIN',
          bin: 'A-01',
          events: [{ type: 'received', at: '2026-03-01T10:00:00.000Z', document: 'PO-0999', user: 'ana', vendor: 'ACME', cost: 89, summary: 'Received on PO-0999 from ACME at 89.00' }],
        },
      ],
      handler: async ({ params }) => {
        const serials = await serialTimelines(station.database.db, params.serial);
        if (serials.length === 0) throw new RestError(404, 'NotFoundError', `Serial ${params.serial} is not in the ledger`);
        return { data: serials };
      },
    }),
  ];
}
