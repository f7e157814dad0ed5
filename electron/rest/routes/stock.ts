import { z } from 'zod';
import { reportFilterSchema } from '../../../shared/api/requests/lifecycle';
import type { Station } from '../../backend/station';
import { operationRoute } from '../operation-route';
import type { RouteDef } from '../route';

const reportFilter = ['serial', 'sku', 'po', 'order', 'vendor', 'from', 'to', 'status'] as const;

/** Stock, the serial report and the catalog, paged, for ERPs: the station operations of the Stock and Reports screens. */
export function stockRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'events.page',
      method: 'GET',
      path: '/events',
      tag: 'events',
      summary:
        'The event feed: committed events after the cursor (`after`, the id of the last event seen), oldest first, limit 1-1000 (default 100), types a comma-separated list. Complete and gap-free: an event committed after a page was read comes on a later page. Poll again with next_cursor.',
      shown: z.object({ after: z.string().optional(), limit: z.number().int().min(1).max(1000).optional(), types: z.string().optional() }),
      toInput: (_params, q) => ({ ...q, ...(typeof q.types === 'string' ? { types: q.types.split(',').map((t) => t.trim()).filter((t) => t !== '') } : {}) }),
      responseExample: {
        events: [{ id: '42', type: 'receipt.scanned', occurred_at: '2026-03-01T10:00:00.000Z', station: 'Dock 1', actor: 'api:erp', document: { type: 'purchase_order', number: 'PO-1001' }, sku: 'SCN-100', serial: 'SN1', qty: 1, from: null, to: 'MAIN/A-01', details: {} }],
        next_cursor: '42',
      },
    }),
    operationRoute(station, {
      operation: 'stock.list',
      method: 'GET',
      path: '/stock',
      tag: 'stock',
      summary: 'Stock on hand per product and place, filtered by sku, warehouse and bin',
      reply: (r) => ({ data: r.lines }),
    }),
    operationRoute(station, {
      operation: 'reports.serials',
      method: 'GET',
      path: '/reports/serials',
      tag: 'reports',
      summary: 'The serial report, paged by offset and limit (1-1000): filter by serial, sku, po, order, vendor, from, to (YYYY-MM-DD), status',
      shown: reportFilterSchema.extend({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(1000).optional() }),
      toInput: (_params, q) => {
        const filter = Object.fromEntries(reportFilter.filter((k) => q[k] !== undefined).map((k) => [k, q[k]]));
        const rest = Object.fromEntries(Object.entries(q).filter(([k]) => !(reportFilter as readonly string[]).includes(k)));
        return { offset: 0, limit: 100, ...rest, filter };
      },
    }),
    operationRoute(station, {
      operation: 'products.page',
      method: 'GET',
      path: '/products',
      tag: 'products',
      summary: 'The catalog by SKU, one page of limit (1-1000, default 100) after the cursor; next_cursor is null on the last page',
    }),
  ];
}
