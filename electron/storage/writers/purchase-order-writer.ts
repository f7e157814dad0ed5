import { msg } from '../../../shared/i18n/message';
import type { PurchaseOrderDocument, PurchaseOrderDocumentInput } from '../../../shared/domain/documents';
import { foldSerial, serialUniqueKey } from '../../../shared/domain/serial-key';
import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import type { PurchaseOrderView } from '../../../shared/domain/views';
import { ConflictError, ValidationError, type FieldIssue } from '../errors';
import { findOrCreateVendor, findOrCreateWarehouse } from '../repos/places';
import { productsOfLines } from '../repos/products';
import { getSerialKeyPolicy } from '../repos/settings';
import type { ProductView } from '../../../shared/domain/views';
import { getPurchaseOrderById } from '../repos/purchase-orders';
import type { Db } from '../schema';
import { chunks, iso } from '../time';
import { writeTransaction } from '../transaction';
import type { WriteResult } from './product-writer';
import { parsePurchaseOrderDocument } from './validate';

export interface DocumentWriteOptions {
  at?: Date;
  /** Company default serial length (`serials.defaultLength`) for products without their own rule. */
  defaultSerialLength?: number | null;
}

/**
 * Creates a purchase order, or replaces it while nothing has been received on it (by po_number).
 * Validated here (ValidationError); unknown SKUs reject the whole document (UnknownProductError,
 * one issue per line); an expected serial that already exists → ConflictError.
 */
export async function upsertPurchaseOrder(
  db: Db,
  input: PurchaseOrderDocumentInput,
  opts: DocumentWriteOptions = {},
): Promise<WriteResult<PurchaseOrderView>> {
  const doc = parsePurchaseOrderDocument(input);
  return writeTransaction(db, async (trx) => {
    const products = await productsOfLines(trx, doc.lines);
    const issues: FieldIssue[] = [];
    doc.lines.forEach((line, i) => {
      const product = products.get(line.sku)!;
      const expected = line.expected_serials ?? [];
      if (expected.length === 0) return;
      if (product.tracking === 'none') {
        issues.push({ path: `lines.${i}.expected_serials`, message: `${line.sku} does not track serial numbers` });
        return;
      }
      const rule = serialRuleOf(product, opts.defaultSerialLength ?? null);
      for (const value of expected) {
        const check = checkSerial(value, rule);
        if (!check.ok) issues.push({ path: `lines.${i}.expected_serials`, message: `${value}: ${check.message}` });
      }
    });
    if (issues.length > 0) throw ValidationError.fromIssues(issues);
    await checkExpectedSerialsAreNew(trx, doc, products);

    const existing = await trx
      .selectFrom('purchase_orders')
      .select('id')
      .where('po_number', '=', doc.po_number)
      .executeTakeFirst();
    if (existing) {
      const received = await trx
        .selectFrom('receiving_sessions')
        .select('id')
        .where('po_id', '=', existing.id)
        .executeTakeFirst();
      if (received) {
        throw new ConflictError(msg('errors-storage.purchaseOrder.hasReceipts', { po: doc.po_number }), [
          doc.po_number,
        ]);
      }
    }
    const now = iso(opts.at);
    const vendor = await findOrCreateVendor(trx, doc.vendor);
    const warehouse = doc.warehouse === undefined ? null : await findOrCreateWarehouse(trx, doc.warehouse);
    const header = {
      vendor_id: vendor.id,
      warehouse_id: warehouse?.id ?? null,
      vendor_invoice: doc.vendor_invoice ?? null,
      tracking_number: doc.tracking_number ?? null,
      status: 'open' as const,
      updated_at: now,
    };
    let poId: number;
    if (existing) {
      poId = existing.id;
      await trx.updateTable('purchase_orders').set(header).where('id', '=', poId).execute();
      await trx.deleteFrom('po_lines').where('po_id', '=', poId).execute();
    } else {
      ({ id: poId } = await trx
        .insertInto('purchase_orders')
        .values({ ...header, po_number: doc.po_number, ordered_at: now, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    const numbered = doc.lines.map((line, i) => ({ line, line_no: i + 1 }));
    for (const part of chunks(numbered, 200)) {
      const ids = await trx
        .insertInto('po_lines')
        .values(
          part.map(({ line, line_no }) => ({
            po_id: poId,
            line_no,
            product_id: products.get(line.sku)!.id,
            qty: line.qty,
            unit_cost: line.unit_cost ?? null,
          })),
        )
        .returning(['id', 'line_no'])
        .execute();
      const idOf = new Map(ids.map((r) => [r.line_no, r.id]));
      const expected = part.flatMap(({ line, line_no }) =>
        (line.expected_serials ?? []).map((value) => ({
          po_line_id: idOf.get(line_no)!,
          value,
          value_fold: foldSerial(value),
        })),
      );
      for (const rows of chunks(expected, 300)) {
        await trx.insertInto('po_expected_serials').values(rows).execute();
      }
    }
    return { value: (await getPurchaseOrderById(trx, poId))!, created: !existing };
  });
}

/**
 * An expected serial that already exists (in stock, shipped, …) could never be received: reject it
 * now. Serials waiting in the product's own pool (available/assigned) are fine.
 */
async function checkExpectedSerialsAreNew(
  db: Db,
  doc: PurchaseOrderDocument,
  products: Map<string, ProductView>,
): Promise<void> {
  const policy = await getSerialKeyPolicy(db);
  const wanted = new Map<string, { line: number; value: string; productId: number }>();
  doc.lines.forEach((line, i) => {
    const productId = products.get(line.sku)!.id;
    for (const value of line.expected_serials ?? []) {
      wanted.set(serialUniqueKey(productId, value, policy), { line: i, value, productId });
    }
  });
  if (wanted.size === 0) return;
  const issues: FieldIssue[] = [];
  const taken: string[] = [];
  for (const keys of chunks([...wanted.keys()])) {
    const rows = await db
      .selectFrom('serials')
      .select(['unique_key', 'status', 'product_id'])
      .where('unique_key', 'in', keys)
      .execute();
    for (const row of rows) {
      const w = wanted.get(row.unique_key!)!;
      if (row.product_id === w.productId && (row.status === 'available' || row.status === 'assigned')) continue;
      const message = `serial ${w.value} already exists (${row.status})`;
      issues.push({ path: `lines.${w.line}.expected_serials`, message });
      taken.push(w.value);
    }
  }
  if (issues.length > 0) {
    const summary = issues.map((i) => i.message).join('; ');
    throw new ConflictError(msg('errors-storage.purchaseOrder.serialsTaken', { po: doc.po_number, detail: summary }), taken, issues);
  }
}
