import { z } from 'zod';
import { orderDocumentSchema, productDocumentSchema, purchaseOrderDocumentSchema } from '../../domain/documents';
import { identifier } from '../../domain/identifiers';
import { productPatchFields } from '../../domain/product-patch';
import type { OrderView, ProductDetail, PurchaseOrderView } from '../../domain/views';
import type { ShippedPackage } from '../../workflows/shipping';
import { request } from '../define';

/** A document written by its key: created, or updated while nothing was done on it yet. */
export interface DocumentWrite<T> {
  created: boolean;
  value: T;
}

/** An order as an ERP reads it: its lines, its shipped packages and the latest packing slip (PDF, base64). */
export type OrderDocumentView = OrderView & {
  packages: (ShippedPackage & { shipment_id: number })[];
  packing_slip: { shipment_id: number; format: 'pdf'; data: string } | null;
};

/**
 * Catalog and documents written by ERPs (REST) and supervisors: the same validation as CSV import.
 * Each write is `document.created` or `document.updated` in the event feed.
 */
export const documentsRequests = {
  'products.upsert': request<DocumentWrite<ProductDetail>>()(productDocumentSchema),
  /**
   * Only the given fields change (null clears one). `force` changes locked fields (audited): with a
   * supervisor's `{pin, reason}`; the CLI (the local administrator) forces with a reason alone.
   */
  'products.patch': request<DocumentWrite<ProductDetail>>()(
    z
      .object({
        sku: identifier(200),
        ...productPatchFields,
        force: z
          .union([z.object({ pin: z.string().min(1).max(64), reason: identifier(500, 'text') }).strict(), z.object({ reason: identifier(500, 'text').optional() }).strict()])
          .optional(),
      })
      .strict(),
  ),
  'purchaseOrders.upsert': request<DocumentWrite<PurchaseOrderView>>()(purchaseOrderDocumentSchema),
  'orders.upsert': request<DocumentWrite<OrderView>>()(orderDocumentSchema),
  'products.get': request<ProductDetail>()(z.object({ sku: identifier(200) }).strict()),
  'purchaseOrders.get': request<PurchaseOrderView>()(z.object({ po_number: identifier(200) }).strict()),
  'orders.get': request<OrderDocumentView>()(z.object({ order_number: identifier(200) }).strict()),
};
