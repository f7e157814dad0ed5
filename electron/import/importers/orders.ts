import { orderDocumentSchema } from '../../../shared/domain/documents';
import { upsertOrder } from '../../storage/writers/order-writer';
import { columnsOf, documentImporter, type DocumentFileSpec } from './documents';

const spec: DocumentFileSpec<typeof orderDocumentSchema> = {
  key: 'order_number',
  header: { warehouse: 'text', picked: 'bool', confirmed: 'bool' },
  line: { sku: 'text', qty: 'number', unit_price: 'number' },
  required: ['order_number', 'sku', 'qty'],
  schema: orderDocumentSchema,
  write: async (ctx, doc) => upsertOrder(ctx.trx, doc, { at: ctx.at }),
};

export const orderColumns = columnsOf(spec);
export const importOrders = documentImporter(spec);
