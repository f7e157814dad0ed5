import { purchaseOrderDocumentSchema } from '../../../shared/domain/documents';
import { upsertPurchaseOrder } from '../../storage/writers/purchase-order-writer';
import { columnsOf, documentImporter, type DocumentFileSpec } from './documents';

const spec: DocumentFileSpec<typeof purchaseOrderDocumentSchema> = {
  key: 'po_number',
  header: { vendor: 'text', warehouse: 'text', vendor_invoice: 'text', tracking_number: 'text' },
  line: { sku: 'text', qty: 'number', unit_cost: 'number', expected_serials: 'list' },
  required: ['po_number', 'vendor', 'sku', 'qty'],
  schema: purchaseOrderDocumentSchema,
  write: async (ctx, doc) =>
    upsertPurchaseOrder(ctx.trx, doc, { at: ctx.at, defaultSerialLength: ctx.defaultSerialLength }),
};

export const purchaseOrderColumns = columnsOf(spec);
export const importPurchaseOrders = documentImporter(spec);
