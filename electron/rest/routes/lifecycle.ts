import { z } from 'zod';
import { identifier } from '../../../shared/domain/identifiers';
import type { Station } from '../../backend/station';
import { serialTimelines } from '../../storage/repos/history';
import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { operationRoute } from '../operation-route';
import { defineRoute, type RouteDef } from '../route';
import { verdictReply } from '../verdict-reply';

const rma = { rma: 'rma_number' };
const withoutStep = <T extends { step?: unknown; prompt?: unknown }>({ step: _s, prompt: _p, ...rest }: T) => rest;

/** Returns (RMA) for ERPs and returns desks, and serial history: the same workflow as the Returns screen. */
export function lifecycleRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'returns.create',
      method: 'POST',
      path: '/returns',
      tag: 'returns',
      summary:
        'Open an RMA on a shipped order (rma_number is generated when not given). The same rma_number again for the same order answers 200 with that RMA; an order that shipped nothing is 409.',
      responseExample: { rma_number: 'RMA-000001', order_number: 'SO-2001', status: 'open', reason: 'defective', lines: [] },
      reply: (r) => ({ status: r.created ? 201 : 200, message: r.created ? 'RMA created' : 'RMA already open for this order', data: withoutStep(r.state) }),
    }),
    operationRoute(station, {
      operation: 'returns.open',
      method: 'GET',
      path: '/returns/:rma',
      params: rma,
      tag: 'returns',
      summary: 'An RMA with the units returned on it (credit memo lines) and its order lines',
      reply: (state) => ({ data: withoutStep(state) }),
    }),
    operationRoute(station, {
      operation: 'returns.scan',
      method: 'POST',
      path: '/returns/:rma/scans',
      params: rma,
      tag: 'returns',
      summary:
        'One returned unit. With sku, code is a serial of that product (for a product without serials, one unit). Without sku, code is a serial, a product code (then send its serial next) or a GS1 barcode with both. With returns.requireSerialValidation the serial must have shipped on the order (not_shipped_on_order). HTTP 200 for accepted and rejected verdicts.',
      responseExample: { verdict: 'rejected', reason: 'not_shipped_on_order', message: 'Serial SN1 of SCN-100 was not shipped on SO-2001.', line: null },
      reply: (r) => verdictReply(r),
    }),
    operationRoute(station, {
      operation: 'returns.restock',
      method: 'POST',
      path: '/returns/:rma/restock',
      params: rma,
      tag: 'returns',
      summary:
        'Put the returned units away and close the RMA: back in stock at warehouse/bin (default: the order’s warehouse), damaged and defective units to quarantine unless disposition says otherwise. Answers with the credit memo.',
      responseExample: { rma_number: 'RMA-000001', restocked: 1, quarantined: 0, credit_memo: { lines: [{ sku: 'SCN-100', serial: 'SCN1000001', qty: 1, amount: 129 }], total: 129 } },
      reply: (r, input) => ({ message: 'Returned units put away; RMA closed', data: { rma_number: input.rma_number, restocked: r.restocked, quarantined: r.quarantined, credit_memo: r.credit_memo } }),
    }),
    operationRoute(station, {
      operation: 'returns.creditMemo',
      method: 'GET',
      path: '/returns/:rma/credit-memo',
      params: rma,
      tag: 'returns',
      summary: 'The credit memo of an RMA: one line per returned unit at its sale price',
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
        if (serials.length === 0) throw new StationError('not_found', msg('errors-station.serials.notInLedgerRest', { serial: params.serial }));
        return { data: serials };
      },
    }),
  ];
}
