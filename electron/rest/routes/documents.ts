import type { DocumentWrite } from '../../../shared/api/requests/documents';
import type { Station } from '../../backend/station';
import { operationRoute } from '../operation-route';
import type { RouteDef, RouteReply } from '../route';

/** 201 for a new document, 200 for an updated one. */
function written(r: DocumentWrite<unknown>, what: string): RouteReply {
  return { status: r.created ? 201 : 200, message: `${what} ${r.created ? 'created' : 'updated'}`, data: r.value };
}

/**
 * Catalog and documents for ERPs: create, or update while nothing has been received/shipped on
 * them, by their key — the document operations (shared/api/requests/documents.ts), with the same
 * validation as CSV import. A PO or order naming an unknown SKU is rejected whole with 404
 * ProductError.
 */
export function documentRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'products.upsert',
      method: 'POST',
      path: '/products',
      tag: 'catalog',
      summary: 'Create a product, or update one by sku: only the fields given change (absent fields are kept; clear one with PATCH and null)',
      reply: (r) => written(r, 'Product'),
    }),
    operationRoute(station, {
      operation: 'products.patch',
      method: 'PATCH',
      path: '/products/:sku',
      params: { sku: 'sku' },
      tag: 'catalog',
      summary:
        'Change only the given fields of a product (null clears one). Tracking, serial rules and GTIN cannot change while serials are in stock or documents are open on it (409 ConflictError naming them) unless a supervisor approves: `force: {pin, reason}` (audited)',
      reply: (r) => ({ message: 'Product updated', data: r.value }),
    }),
    operationRoute(station, {
      operation: 'products.get',
      method: 'GET',
      path: '/products/:sku',
      params: { sku: 'sku' },
      tag: 'catalog',
      summary: 'A product with its aliases, kit components and replacements',
    }),
    operationRoute(station, {
      operation: 'purchaseOrders.upsert',
      method: 'POST',
      path: '/purchase-orders',
      tag: 'purchasing',
      summary: 'Create or update a purchase order by po_number (only while nothing is received on it)',
      reply: (r) => written(r, 'Purchase order'),
    }),
    operationRoute(station, {
      operation: 'purchaseOrders.get',
      method: 'GET',
      path: '/purchase-orders/:po',
      params: { po: 'po_number' },
      tag: 'purchasing',
      summary: 'A purchase order with its lines, received counts and serials per line',
    }),
    operationRoute(station, {
      operation: 'orders.upsert',
      method: 'POST',
      path: '/orders',
      tag: 'sales',
      summary: 'Create or update an order by order_number (only while nothing is packed or shipped on it)',
      reply: (r) => written(r, 'Order'),
    }),
    operationRoute(station, {
      operation: 'orders.get',
      method: 'GET',
      path: '/orders/:order',
      params: { order: 'order_number' },
      tag: 'sales',
      summary: 'An order with its lines, scanned and shipped counts and serials per line; its shipped packages (tracking numbers, serials, labels) and the latest packing slip (PDF, base64)',
    }),
  ];
}
