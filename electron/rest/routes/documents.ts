import { z } from 'zod';
import { identifier } from '../../../shared/domain/identifiers';
import { orderDocumentSchema, productDocumentSchema, purchaseOrderDocumentSchema } from '../../../shared/domain/documents';
import type { Station } from '../../backend/station';
import { getOrder } from '../../storage/repos/orders';
import { orderPackagesAndSlip } from '../../workflows/shipping/print-shipment';
import { getProductDetail } from '../../storage/repos/products';
import { getPurchaseOrder } from '../../storage/repos/purchase-orders';
import { upsertOrder } from '../../storage/writers/order-writer';
import { patchProduct, upsertProduct, type ProductForce } from '../../storage/writers/product-writer';
import { productPatchFields } from '../../../shared/domain/product-patch';
import { upsertPurchaseOrder } from '../../storage/writers/purchase-order-writer';
import { RestError } from '../errors';
import { defineRoute, type RouteDef } from '../route';

const key = (name: string) => z.object({ [name]: identifier(200) });

/** A supervisor's PIN lets an ERP change a held product's locked fields; wrong PINs count against the key. */
async function supervisorForce(station: Station, keyName: string, force: { pin: string; reason: string }): Promise<ProductForce> {
  const check = await station.approvals.check(force.pin, { subject: `api:${keyName}`, userId: null });
  if (!check.ok) throw new RestError(check.reason === 'pin_locked' ? 423 : 403, 'AuthError', check.message);
  return { via: `api:${keyName} approved by ${check.supervisor.name}`, userId: check.supervisor.id, station: station.options.get('general.stationName'), reason: force.reason };
}

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
      summary: 'Create a product, or update one by sku: only the fields given change (absent fields are kept; clear one with PATCH and null)',
      auth: true,
      body: productDocumentSchema,
      handler: async ({ body }) => {
        const r = await upsertProduct(db(), body);
        return { status: r.created ? 201 : 200, message: r.created ? 'Product created' : 'Product updated', data: r.value };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/products/:sku',
      tag: 'catalog',
      summary:
        'Change only the given fields of a product (null clears one). Tracking, serial rules and GTIN cannot change while serials are in stock or documents are open on it (409 ConflictError naming them) unless a supervisor approves: `force: {pin, reason}` (audited)',
      auth: true,
      params: key('sku'),
      body: z.object({ ...productPatchFields, force: z.object({ pin: z.string().min(1).max(64), reason: identifier(500, 'text') }).strict().optional() }).strict(),
      handler: async ({ params, body, auth }) => {
        const { force, ...patch } = body;
        const opts = force ? { force: await supervisorForce(station, auth!.apiKeyName, force) } : {};
        const r = await patchProduct(db(), params.sku as string, patch, opts);
        return { message: 'Product updated', data: r.value };
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
      summary: 'An order with its lines, scanned and shipped counts and serials per line; its shipped packages (tracking numbers, serials, labels) and the latest packing slip (PDF, base64)',
      auth: true,
      params: key('order'),
      handler: async ({ params }) => {
        const order = found(await getOrder(db(), params.order as string), `order ${params.order}`);
        return { data: { ...order, ...(await orderPackagesAndSlip(station, order.id)) } };
      },
    }),
  ];
}
