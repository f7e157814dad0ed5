import { msg } from '../../../shared/i18n/message';
import { ConflictError, NotFoundError } from '../errors';
import type { Db } from '../schema';
import { chunks, iso } from '../time';
import { lockSerialValues } from '../locks';
import { writeTransaction } from '../transaction';
import { defaultWarehouse } from './places';
import { changeSerial, type Actor } from './serials';
import { foundAtShipping, takeFromStock } from './ship-stock';
import { adjustStock } from './stock';

/**
 * Packing and shipping writes. A scan into an open order is durable at once (a kill -9 during
 * packing keeps it); shipping turns the order's unshipped scans into a shipment in one transaction.
 * Which scans are allowed (options, serial rules, overrides) is the shipping workflow's job.
 */

export interface PackingScanInput extends Actor {
  orderLineId: number;
  qty?: number;
  serialId?: number | null;
  station: string;
  /** The unit's product when it is not the line's own: a kit component (or the kit parent itself). */
  productId?: number;
  /** Added to the line's scanned count (default `qty`); kit units add 0 and the kit line is recounted. */
  lineQty?: number;
}

export async function recordPackingScan(db: Db, input: PackingScanInput): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const line = await trx
      .selectFrom('order_lines')
      .innerJoin('orders', 'orders.id', 'order_lines.order_id')
      .select(['order_lines.id', 'order_lines.order_id', 'order_lines.product_id', 'orders.status', 'orders.open_package_no'])
      .where('order_lines.id', '=', input.orderLineId)
      .executeTakeFirst();
    if (!line) throw new NotFoundError('order line', String(input.orderLineId));
    if (line.status !== 'open' && line.status !== 'in_progress') {
      throw new ConflictError(msg('errors-storage.packing.orderNotOpen', { status: line.status }));
    }
    const qty = input.qty ?? 1;
    const { id } = await trx
      .insertInto('packing_scans')
      .values({
        order_id: line.order_id,
        order_line_id: line.id,
        product_id: input.productId ?? line.product_id,
        serial_id: input.serialId ?? null,
        qty,
        user_id: input.userId ?? null,
        station: input.station,
        at: iso(input.at),
        package_no: line.open_package_no,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lineQty = input.lineQty ?? qty;
    if (lineQty !== 0) {
      await trx
        .updateTable('order_lines')
        .set((eb) => ({ scanned_qty: eb('scanned_qty', '+', lineQty) }))
        .where('id', '=', line.id)
        .execute();
    }
    if (line.status === 'open') {
      await trx
        .updateTable('orders')
        .set({ status: 'in_progress', updated_at: iso(input.at) })
        .where('id', '=', line.order_id)
        .execute();
    }
    return id;
  });
}

/** Takes back an unshipped scan (the packer removed the unit from the box); recount a kit line afterwards. */
export async function removePackingScan(db: Db, scanId: number): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const scan = await trx
      .selectFrom('packing_scans')
      .select(['id', 'order_line_id', 'qty', 'shipment_id'])
      .where('id', '=', scanId)
      .executeTakeFirst();
    if (!scan) throw new NotFoundError('packing scan', String(scanId));
    if (scan.shipment_id !== null) throw new ConflictError(msg('errors-storage.packing.alreadyShipped'));
    await trx.deleteFrom('packing_scans').where('id', '=', scanId).execute();
    await trx
      .updateTable('order_lines')
      .set((eb) => ({ scanned_qty: eb('scanned_qty', '-', scan.qty) }))
      .where('id', '=', scan.order_line_id)
      .execute();
  });
}

export interface KitCount {
  parentProductId: number;
  components: { productId: number; qty: number }[];
  /** The kit's own barcode must be scanned to close each kit (else components alone complete it). */
  parentNeeded: boolean;
}

/** Complete kits on a kit line from its packing scans: every component's share, and the parent's scan when needed. */
export async function recountKitLine(db: Db, orderLineId: number, kit: KitCount): Promise<number> {
  const rows = await db
    .selectFrom('packing_scans')
    .select((eb) => ['product_id', eb.fn.sum<number>('qty').as('n')])
    .where('order_line_id', '=', orderLineId)
    .groupBy('product_id')
    .execute();
  const count = (productId: number) => Number(rows.find((r) => r.product_id === productId)?.n ?? 0);
  const byComponents = kit.components.map((c) => Math.floor(count(c.productId) / c.qty));
  const parent = count(kit.parentProductId);
  let kits = byComponents.length === 0 ? parent : Math.min(...byComponents);
  if (kit.parentNeeded) kits = Math.min(kits, parent);
  await db.updateTable('order_lines').set({ scanned_qty: kits }).where('id', '=', orderLineId).execute();
  return kits;
}

/** Every line of the order scanned in full (kit lines by complete kits). */
export async function orderFullyScanned(db: Db, orderId: number): Promise<boolean> {
  const open = await db.selectFrom('order_lines').select('id').where('order_id', '=', orderId).whereRef('scanned_qty', '<', 'qty').executeTakeFirst();
  return open === undefined;
}

export async function confirmOrder(db: Db, orderId: number, at?: Date): Promise<void> {
  await db.updateTable('orders').set({ confirmed: 1, updated_at: iso(at) }).where('id', '=', orderId).where('confirmed', '=', 0).execute();
}

/** An allowed replacement was scanned: the line now carries the replacement (audit it in the caller). */
export async function replaceOrderLineProduct(db: Db, orderLineId: number, productId: number): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const line = await trx
      .selectFrom('order_lines')
      .select(['product_id', 'replaced_from_product_id', 'scanned_qty'])
      .where('id', '=', orderLineId)
      .executeTakeFirst();
    if (!line) throw new NotFoundError('order line', String(orderLineId));
    if (line.scanned_qty > 0) throw new ConflictError(msg('errors-storage.packing.lineScanned'));
    await trx
      .updateTable('order_lines')
      .set({ product_id: productId, replaced_from_product_id: line.replaced_from_product_id ?? line.product_id })
      .where('id', '=', orderLineId)
      .execute();
  });
}

export interface PackageInput {
  weightGrams?: number | null;
  lengthMm?: number | null;
  widthMm?: number | null;
  heightMm?: number | null;
  trackingNumber?: string | null;
  /** The package's number in the shipment (the packing's package numbers). */
  packageNo?: number | null;
  /** Its shipping label (from the label service, or sent with the order). */
  label?: { format: 'zpl' | 'pdf'; data: string } | null;
}

export interface ShipInput extends Actor {
  orderId: number;
  station: string;
  /** `api:<key name>` when an API key ships. */
  via?: string | null;
  trackingNumber?: string | null;
  packages: PackageInput[];
  /** `stock.allowNegative`: units shipped beyond what is on hand may take it below zero. */
  allowNegative?: boolean;
}

/**
 * Ships every unshipped scan of an order: shipment, packages, shipment lines, shipped counts, stock,
 * each serial `shipped` with an event naming the order and the shipment. Order status becomes
 * `shipped` when every line is complete.
 */
export async function shipOrder(db: Db, input: ShipInput): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const order = await trx
      .selectFrom('orders')
      .select(['id', 'order_number', 'status', 'warehouse_id'])
      .where('id', '=', input.orderId)
      .executeTakeFirst();
    if (!order) throw new NotFoundError('order', String(input.orderId));
    if (order.status === 'shipped' || order.status === 'cancelled') {
      throw new ConflictError(msg('errors-storage.packing.orderEnded', { order: order.order_number, status: order.status }));
    }
    const scans = await trx
      .selectFrom('packing_scans')
      .select(['id', 'order_line_id', 'product_id', 'serial_id', 'qty'])
      .where('order_id', '=', order.id)
      .where('shipment_id', 'is', null)
      .orderBy('id')
      .execute();
    if (scans.length === 0) throw new ConflictError(msg('errors-storage.packing.nothingScanned', { order: order.order_number }));
    // Stations deciding on these serials meanwhile (a transfer, a return) wait for this shipment.
    const serialIds = scans.flatMap((s) => (s.serial_id === null ? [] : [s.serial_id]));
    for (const part of chunks(serialIds)) {
      const values = await trx.selectFrom('serials').select('value').where('id', 'in', part).execute();
      await lockSerialValues(trx, values.map((v) => v.value));
    }
    const at = input.at ?? new Date();
    const { id: shipmentId } = await trx
      .insertInto('shipments')
      .values({
        order_id: order.id,
        packed_by: input.userId ?? null,
        packed_via: input.via ?? null,
        station: input.station,
        shipped_at: iso(at),
        tracking_number: input.trackingNumber ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const p of input.packages) {
      await trx
        .insertInto('packages')
        .values({
          shipment_id: shipmentId,
          weight_grams: p.weightGrams ?? null,
          length_mm: p.lengthMm ?? null,
          width_mm: p.widthMm ?? null,
          height_mm: p.heightMm ?? null,
          tracking_number: p.trackingNumber ?? input.trackingNumber ?? null,
          package_no: p.packageNo ?? null,
          label_format: p.label?.format ?? null,
          label_data: p.label?.data ?? null,
        })
        .execute();
    }
    const warehouseId = order.warehouse_id ?? (await defaultWarehouse(trx)).id;
    // A kit parent's own scan closes a kit; its units are the components' (no stock of its own).
    const kitParents = new Set(
      (
        await trx
          .selectFrom('kit_components')
          .select('parent_id')
          .where('parent_id', 'in', [...new Set(scans.map((s) => s.product_id))])
          .execute()
      ).map((r) => r.parent_id),
    );
    const tracking = new Map(
      (await trx.selectFrom('products').select(['id', 'tracking']).where('id', 'in', [...new Set(scans.map((s) => s.product_id))]).execute()).map((p) => [p.id, p.tracking]),
    );
    const found = { userId: input.userId ?? null, station: input.station, at, order: order.order_number, allowNegative: input.allowNegative ?? false };
    for (const scan of scans) {
      if (kitParents.has(scan.product_id)) continue;
      if (scan.serial_id !== null) {
        const serial = await trx
          .selectFrom('serials')
          .select(['warehouse_id', 'bin_id', 'status'])
          .where('id', '=', scan.serial_id)
          .executeTakeFirstOrThrow();
        const onHand = serial.status === 'in_stock' && serial.warehouse_id !== null;
        if (!onHand && tracking.get(scan.product_id) === 'full') await foundAtShipping(trx, scan.serial_id, scan.product_id, serial.status, { ...found, orderId: order.id });
        const { unit_price } = await trx
          .selectFrom('order_lines')
          .select('unit_price')
          .where('id', '=', scan.order_line_id)
          .executeTakeFirstOrThrow();
        const shipment = { type: 'shipment' as const, id: shipmentId, number: null };
        await changeSerial(
          trx,
          scan.serial_id,
          { status: 'shipped', warehouseId: null, binId: null, document: shipment },
          {
            ...input,
            at,
            type: 'shipped',
            document: { type: 'order', id: order.id, number: order.order_number },
            details: { shipment_id: shipmentId, order_line_id: scan.order_line_id, unit_price },
          },
        );
        if (onHand) {
          const from = { warehouseId: serial.warehouse_id!, binId: serial.bin_id };
          await adjustStock(trx, { productId: scan.product_id, ...from, delta: -scan.qty });
          continue;
        }
        if (tracking.get(scan.product_id) === 'full') continue;
      }
      await takeFromStock(trx, scan.product_id, warehouseId, scan.qty, found);
    }
    // What ships per line is what was scanned and not shipped before (kit lines count complete kits).
    const lines = await trx
      .selectFrom('order_lines')
      .select(['id', 'scanned_qty', 'shipped_qty'])
      .where('id', 'in', [...new Set(scans.map((s) => s.order_line_id))])
      .orderBy('line_no')
      .execute();
    for (const line of lines) {
      const qty = line.scanned_qty - line.shipped_qty;
      if (qty <= 0) continue;
      await trx
        .insertInto('shipment_lines')
        .values({ shipment_id: shipmentId, order_line_id: line.id, qty })
        .execute();
      await trx
        .updateTable('order_lines')
        .set((eb) => ({ shipped_qty: eb('shipped_qty', '+', qty) }))
        .where('id', '=', line.id)
        .execute();
    }
    for (const part of chunks(scans.map((s) => s.id))) {
      await trx.updateTable('packing_scans').set({ shipment_id: shipmentId }).where('id', 'in', part).execute();
    }
    const open = await trx
      .selectFrom('order_lines')
      .select('id')
      .where('order_id', '=', order.id)
      .whereRef('shipped_qty', '<', 'qty')
      .executeTakeFirst();
    await trx
      .updateTable('orders')
      .set({ status: open ? 'in_progress' : 'shipped', open_package_no: 1, updated_at: iso(at) })
      .where('id', '=', order.id)
      .execute();
    return shipmentId;
  });
}
