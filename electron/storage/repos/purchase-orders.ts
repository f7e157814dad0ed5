import type { PurchaseOrderLineView, PurchaseOrderSummary, PurchaseOrderView } from '../../../shared/domain/views';
import type { Db } from '../schema';

/** Purchase order reads: a PO with its lines, counts and serials; finding POs. */

export async function getPurchaseOrderLines(db: Db, poId: number): Promise<PurchaseOrderLineView[]> {
  const lines = await db
    .selectFrom('po_lines')
    .innerJoin('products', 'products.id', 'po_lines.product_id')
    .select([
      'po_lines.id',
      'po_lines.line_no',
      'po_lines.product_id',
      'products.sku',
      'products.name',
      'products.tracking',
      'po_lines.qty',
      'po_lines.unit_cost',
      'po_lines.received_qty',
    ])
    .where('po_lines.po_id', '=', poId)
    .orderBy('po_lines.line_no')
    .execute();
  const byLine = new Map<number, PurchaseOrderLineView>();
  for (const l of lines) byLine.set(l.id, { ...l, expected_serials: [], serials: [] });
  const expected = await db
    .selectFrom('po_expected_serials')
    .innerJoin('po_lines', 'po_lines.id', 'po_expected_serials.po_line_id')
    .select(['po_expected_serials.po_line_id', 'po_expected_serials.value'])
    .where('po_lines.po_id', '=', poId)
    .orderBy('po_expected_serials.id')
    .execute();
  for (const e of expected) byLine.get(e.po_line_id)?.expected_serials.push(e.value);
  const received = await db
    .selectFrom('serials')
    .innerJoin('po_lines', 'po_lines.id', 'serials.received_po_line_id')
    .select(['serials.received_po_line_id as line_id', 'serials.value'])
    .where('po_lines.po_id', '=', poId)
    .where('serials.status', '!=', 'deleted')
    .orderBy('serials.id')
    .execute();
  for (const s of received) if (s.line_id !== null) byLine.get(s.line_id)?.serials.push(s.value);
  return [...byLine.values()];
}

/** The PO header columns (number, vendor, warehouse, references, status) shared by PO reads. */
export function purchaseOrderHeaders(db: Db) {
  return db
    .selectFrom('purchase_orders')
    .innerJoin('vendors', 'vendors.id', 'purchase_orders.vendor_id')
    .leftJoin('warehouses', 'warehouses.id', 'purchase_orders.warehouse_id')
    .select([
      'purchase_orders.id',
      'purchase_orders.po_number',
      'vendors.code as vendor',
      'warehouses.code as warehouse',
      'purchase_orders.vendor_invoice',
      'purchase_orders.tracking_number',
      'purchase_orders.status',
      'purchase_orders.ordered_at',
    ]);
}

/** A PO with its lines, received counts, expected serials and received serials per line. */
export async function getPurchaseOrder(db: Db, poNumber: string): Promise<PurchaseOrderView | undefined> {
  const header = await purchaseOrderHeaders(db).where('purchase_orders.po_number', '=', poNumber).executeTakeFirst();
  if (!header) return undefined;
  return { ...header, lines: await getPurchaseOrderLines(db, header.id) };
}

export async function getPurchaseOrderById(db: Db, id: number): Promise<PurchaseOrderView | undefined> {
  const header = await purchaseOrderHeaders(db).where('purchase_orders.id', '=', id).executeTakeFirst();
  if (!header) return undefined;
  return { ...header, lines: await getPurchaseOrderLines(db, header.id) };
}

function summaries(db: Db) {
  return db
    .selectFrom('purchase_orders')
    .innerJoin('vendors', 'vendors.id', 'purchase_orders.vendor_id')
    .innerJoin('po_lines', 'po_lines.po_id', 'purchase_orders.id')
    .select((eb) => [
      'purchase_orders.id',
      'purchase_orders.po_number',
      'vendors.code as vendor',
      'purchase_orders.vendor_invoice',
      'purchase_orders.tracking_number',
      'purchase_orders.status',
      'purchase_orders.ordered_at',
      eb.fn.sum<number>('po_lines.qty').as('qty'),
      eb.fn.sum<number>('po_lines.received_qty').as('received_qty'),
    ])
    .groupBy([
      'purchase_orders.id',
      'purchase_orders.po_number',
      'vendors.code',
      'purchase_orders.vendor_invoice',
      'purchase_orders.tracking_number',
      'purchase_orders.status',
      'purchase_orders.ordered_at',
    ]);
}

const OPEN = ['open', 'partial'] as const;

function numeric(rows: PurchaseOrderSummary[]): PurchaseOrderSummary[] {
  return rows.map((r) => ({ ...r, qty: Number(r.qty), received_qty: Number(r.received_qty) }));
}

/**
 * POs matching what a dock worker scanned or typed: the PO number, the vendor's invoice number or
 * the parcel's tracking number. Open POs first.
 */
export async function findPurchaseOrders(db: Db, reference: string): Promise<PurchaseOrderSummary[]> {
  const rows = await summaries(db)
    .where((eb) =>
      eb.or([
        eb('purchase_orders.po_number', '=', reference),
        eb('purchase_orders.vendor_invoice', '=', reference),
        eb('purchase_orders.tracking_number', '=', reference),
      ]),
    )
    .orderBy('purchase_orders.ordered_at', 'desc')
    .execute();
  const open = (s: string) => (OPEN as readonly string[]).includes(s);
  return numeric(rows).sort((a, b) => Number(open(b.status)) - Number(open(a.status)));
}

/** Open POs with a line for this product (after a product scan, the worker picks one). */
export async function listOpenPurchaseOrdersForProduct(db: Db, productId: number): Promise<PurchaseOrderSummary[]> {
  const rows = await summaries(db)
    .where('purchase_orders.status', 'in', OPEN)
    .where('purchase_orders.id', 'in', (eb) =>
      eb.selectFrom('po_lines').select('po_lines.po_id').where('po_lines.product_id', '=', productId),
    )
    .orderBy('purchase_orders.ordered_at')
    .execute();
  return numeric(rows);
}

export async function listOpenPurchaseOrders(db: Db, opts: { limit?: number } = {}): Promise<PurchaseOrderSummary[]> {
  const rows = await summaries(db)
    .where('purchase_orders.status', 'in', OPEN)
    .orderBy('purchase_orders.ordered_at')
    .limit(opts.limit ?? 500)
    .execute();
  return numeric(rows);
}
