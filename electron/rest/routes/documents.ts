import { z } from 'zod';
import { identifier } from '../../../shared/domain/identifiers';
import { orderDocumentSchema, productDocumentSchema, purchaseOrderDocumentSchema } from '../../../shared/domain/documents';
import type { Station } from '../../backend/station';
import { getOrder } from '../../storage/repos/orders';
import { getProductDetail } from '../../storage/repos/products';
import { getPurchaseOrder } from '../../storage/repos/purchase-orders';
import { upsertOrder } from '../../storage/writers/order-writer';
import { upsertProduct } from '../../storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../storage/writers/purchase-order-writer';
import { RestError } from '../errors';
import { defineRoute, type RouteDef } from '../route';

const key = (name: string) => z.object({ [name]: identifier(200) });

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new RestError(404, 'NotFoundError', `${what} not found`);
  return value;
}

/**
 * Catalog and documents for ERPs: create, or update while nothing has been received/shipped on
 * them, by their key; the same validation as CSV import (the storage writers). A PO or order
 * naming an unknown SKU is rejected whole with 404 ProductError.
 */
export function documentRoutes(station: Station): RouteDef[] {
  const db = () => station.database.db;
  return [
    defineRoute({
      method: 'POST',
      path: '/products',
      tag: 'catalog',
      summary: 'Create or update a product by sku',
      auth: true,
      body: productDocumentSchema,
      handler: async ({ body }) => {
        const r = await upsertProduct(db(), body);
        return { status: r.created ? 201 : 200, message: r.created ? 'Product created' : 'Product updated', data: r.value };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/products/:sku',
      tag: 'catalog',
      summary: 'A product with its aliases, kit components and replacements',
      auth: true,
      params: key('sku'),
      handler: async ({ params }) => ({ data: found(await getProductDetail(db(), params.sku as string), `product ${params.sku}`) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/purchase-orders',
      tag: 'purchasing',
      summary: 'Create or update a purchase order by po_number (only while nothing is received on it)',
      auth: true,
      body: purchaseOrderDocumentSchema,
      handler: async ({ body }) => {
        const r = await upsertPurchaseOrder(db(), body, { defaultSerialLength: station.options.get('serials.defaultLength') });
        return { status: r.created ? 201 : 200, message: r.created ? 'Purchase order created' : 'Purchase order updated', data: r.value };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/purchase-orders/:po',
      tag: 'purchasing',
      summary: 'A purchase order with its lines, received counts and serials per line',
      auth: true,
      params: key('po'),
      handler: async ({ params }) => ({ data: found(await getPurchaseOrder(db(), params.po as string), `purchase order ${params.po}`) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/orders',
      tag: 'sales',
      summary: 'Create or update an order by order_number (only while nothing is packed or shipped on it)',
      auth: true,
      body: orderDocumentSchema,
      handler: async ({ body }) => {
        const r = await upsertOrder(db(), body);
        return { status: r.created ? 201 : 200, message: r.created ? 'Order created' : 'Order updated', data: r.value };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/orders/:order',
      tag: 'sales',
      summary: 'An order with its lines, scanned and shipped counts and serials per line',
      auth: true,
      params: key('order'),
      handler: async ({ params }) => ({ data: found(await getOrder(db(), params.order as string), `order ${params.order}`) }),
    }),
  ];
}
