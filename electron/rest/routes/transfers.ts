import type { Station } from '../../backend/station';
import { operationRoute } from '../operation-route';
import type { RouteDef } from '../route';
import { verdictReply } from '../verdict-reply';

const transfer = { id: 'transfer_number' };
const stateOf = <T extends { step?: unknown; prompt?: unknown }>({ step: _s, prompt: _p, ...rest }: T) => rest;

/**
 * Transfers, adjustments and cycle counts for ERPs and fixed-mount scanners: each route runs the
 * station operation of its screen (Transfers, Adjust, Count), validated by that operation's schema.
 */
export function transferRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'transfers.create',
      method: 'POST',
      path: '/transfers',
      tag: 'transfers',
      summary: 'Open a transfer: bin to bin, warehouse to warehouse (one-way: in transit until received) or product to product. Answers the transfer with its number.',
      responseExample: { transfer_number: 'TR-000001', kind: 'bin', status: 'open', from_warehouse: 'MAIN', from_bin: 'A-01', to_warehouse: 'MAIN', to_bin: 'B-02', lines: [] },
      reply: (state) => ({ status: 201, message: 'Transfer opened', data: stateOf(state) }),
    }),
    operationRoute(station, {
      operation: 'transfers.open',
      method: 'GET',
      path: '/transfers/:id',
      params: transfer,
      tag: 'transfers',
      summary: 'A transfer with its lines',
      reply: (state) => ({ data: stateOf(state) }),
    }),
    operationRoute(station, {
      operation: 'transfers.scan',
      method: 'POST',
      path: '/transfers/:id/scans',
      params: transfer,
      tag: 'transfers',
      summary: 'One transfer scan (a serial, or a product code then its serial), read as the Transfers screen reads it. HTTP 200 for accepted and rejected verdicts.',
      responseExample: { verdict: 'rejected', reason: 'not_in_stock', message: 'Serial SN1 of SCN-100 is not in stock at MAIN/A-01.', line: null },
      reply: (r) => verdictReply(r),
    }),
    operationRoute(station, {
      operation: 'transfers.finish',
      method: 'POST',
      path: '/transfers/:id/complete',
      params: transfer,
      tag: 'transfers',
      summary: 'Done scanning: the transfer is completed (a one-way warehouse transfer goes in transit until POST /transfers/{id}/receive)',
      reply: (state) => ({ message: `Transfer ${state.transfer_number} ${state.status}`, data: stateOf(state) }),
    }),
    operationRoute(station, {
      operation: 'transfers.receive',
      method: 'POST',
      path: '/transfers/:id/receive',
      params: transfer,
      tag: 'transfers',
      summary: 'A one-way transfer arrives at its destination: completed',
      reply: (state) => ({ message: `Transfer ${state.transfer_number} received`, data: stateOf(state) }),
    }),
    operationRoute(station, {
      operation: 'stock.adjust',
      method: 'POST',
      path: '/adjustments',
      tag: 'adjustments',
      summary: 'Add or remove stock with a reason (code: a serial, or a product code with qty for a product without serials), as the Adjust screen does. HTTP 200 for accepted and rejected verdicts.',
      responseExample: { verdict: 'accepted', reason: null, message: 'Removed SN1 of SCN-100 from MAIN/A-01.', line: null, sku: 'SCN-100', serial: 'SN1' },
      reply: (r) => verdictReply(r, { sku: r.sku, serial: r.serial }),
    }),
    operationRoute(station, {
      operation: 'counts.start',
      method: 'POST',
      path: '/counts',
      tag: 'counts',
      summary: 'Start (or resume) the cycle count of a warehouse or one bin',
      reply: (state) => ({ status: 201, message: 'Count started', data: state }),
    }),
    operationRoute(station, {
      operation: 'counts.scan',
      method: 'POST',
      path: '/counts/scans',
      tag: 'counts',
      summary: 'One count scan at warehouse/bin (qty counts that many units of a product without serials). HTTP 200 for accepted and rejected verdicts.',
      reply: (r) => verdictReply(r, { state: r.state }),
    }),
    operationRoute(station, {
      operation: 'counts.review',
      method: 'GET',
      path: '/counts/review',
      tag: 'counts',
      summary: 'The variance review of the open count at warehouse/bin: expected, counted and difference per product, missing and extra serials. Changes nothing.',
    }),
    operationRoute(station, {
      operation: 'counts.finish',
      method: 'POST',
      path: '/counts/finish',
      tag: 'counts',
      summary: 'Apply the count at warehouse/bin; write-offs above counts.supervisorAbove need a supervisor pin',
      reply: (summary) => ({ message: 'Count applied', data: summary }),
    }),
  ];
}
