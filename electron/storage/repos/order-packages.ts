import { msg } from '../../../shared/i18n/message';
import type { DimsMm, PackageContents, ShippedPackage } from '../../../shared/workflows/shipping';
import { ConflictError, NotFoundError } from '../errors';
import { prepare } from '../prepared';
import type { Db } from '../schema';

/**
 * Packages of an order (migration 14): the scans not shipped yet carry the package they went into,
 * `orders.open_package_no` is the one items go into now, and shipped packages keep their number,
 * tracking number and label.
 */

/** Starts the next package, unless the current one is still empty. */
export async function startNewPackage(db: Db, orderId: number): Promise<{ package_no: number; started: boolean }> {
  const order = await db.selectFrom('orders').select('open_package_no').where('id', '=', orderId).executeTakeFirstOrThrow();
  const current = order.open_package_no;
  const used = await db.selectFrom('packing_scans').select('id').where('order_id', '=', orderId).where('shipment_id', 'is', null).where('package_no', '=', current).executeTakeFirst();
  if (!used) return { package_no: current, started: false };
  await db.updateTable('orders').set({ open_package_no: current + 1 }).where('id', '=', orderId).execute();
  return { package_no: current + 1, started: true };
}

/** After a shipment the remaining packing (a partial shipment) starts again at package 1. */
export async function resetOpenPackage(db: Db, orderId: number): Promise<void> {
  await db.updateTable('orders').set({ open_package_no: 1 }).where('id', '=', orderId).execute();
}

interface ScanRow {
  id: number;
  package_no: number;
  qty: number;
  sku: string;
  serial: string | null;
  kit_parent: number;
}

function scanRowsOf(db: Db, orderId: number) {
  return db
    .selectFrom('packing_scans')
    .innerJoin('products', 'products.id', 'packing_scans.product_id')
    .leftJoin('serials', 'serials.id', 'packing_scans.serial_id')
    .select((eb) => [
      'packing_scans.id',
      'packing_scans.package_no',
      'packing_scans.qty',
      'products.sku',
      'serials.value as serial',
      eb.exists(eb.selectFrom('kit_components').select('kit_components.parent_id').whereRef('kit_components.parent_id', '=', 'packing_scans.product_id')).$castTo<number>().as('kit_parent'),
    ])
    .where('packing_scans.order_id', '=', orderId)
    .orderBy('packing_scans.id');
}
// The unshipped ones are read on every Scan & Ship scan: prepared (see prepared.ts), one per shape.
const openScanRows = prepare((db, p: { orderId: number }) => scanRowsOf(db, p.orderId).where('packing_scans.shipment_id', 'is', null));
const shipmentScanRows = prepare((db, p: { orderId: number; shipmentId: number }) => scanRowsOf(db, p.orderId).where('packing_scans.shipment_id', '=', p.shipmentId));
const openPackageOf = prepare((db, p: { orderId: number }) => db.selectFrom('orders').select('open_package_no').where('id', '=', p.orderId));

async function scanRows(db: Db, orderId: number, shipmentId: number | null): Promise<ScanRow[]> {
  return shipmentId === null ? openScanRows.all(db, { orderId }) : shipmentScanRows.all(db, { orderId, shipmentId });
}

function group(rows: ScanRow[]): PackageContents[] {
  const byNo = new Map<number, PackageContents>();
  for (const r of rows) {
    const p = byNo.get(r.package_no) ?? { package_no: r.package_no, units: 0, serials: [], items: [] };
    byNo.set(r.package_no, p);
    // A kit parent's own scan closes a kit; its units are the components'.
    if (!r.kit_parent) p.units += r.qty;
    if (r.serial !== null) p.serials.push(r.serial);
    const item = p.items.find((i) => i.sku === r.sku);
    if (item) item.qty += r.qty;
    else p.items.push({ sku: r.sku, qty: r.qty });
  }
  return [...byNo.values()].sort((a, b) => a.package_no - b.package_no);
}

/** The packing not shipped yet, per package (only packages with something in them). */
export async function openPackages(db: Db, orderId: number): Promise<PackageContents[]> {
  return group(await scanRows(db, orderId, null));
}

export async function openPackageNo(db: Db, orderId: number): Promise<number> {
  const row = await openPackageOf.first(db, { orderId });
  if (!row) throw new NotFoundError('order', String(orderId));
  return row.open_package_no;
}

/** REST with one package: everything packed goes into it. */
export async function allIntoPackageOne(db: Db, orderId: number): Promise<void> {
  await db.updateTable('packing_scans').set({ package_no: 1 }).where('order_id', '=', orderId).where('shipment_id', 'is', null).execute();
}

/** The unshipped scans, in order: a shipment prepared outside the order's lock checks nothing changed meanwhile. */
export async function unshippedScanIds(db: Db, orderId: number): Promise<string> {
  const rows = await db.selectFrom('packing_scans').select(['id', 'package_no']).where('order_id', '=', orderId).where('shipment_id', 'is', null).orderBy('id').execute();
  return rows.map((r) => `${r.id}:${r.package_no}`).join(',');
}

/**
 * REST: puts the named serials and items of the unshipped packing into package `packageNo`
 * (the rest stays where it was scanned, package 1 unless the bench started others).
 */
export async function assignToPackage(db: Db, orderId: number, packageNo: number, what: { serials: string[]; items: { sku: string; qty: number }[] }): Promise<void> {
  const rows = await scanRows(db, orderId, null);
  for (const serial of what.serials) {
    const row = rows.find((r) => r.serial === serial);
    if (!row) throw new ConflictError(msg('errors-shipping.packages.serialNotPacked', { serial }));
    await db.updateTable('packing_scans').set({ package_no: packageNo }).where('id', '=', row.id).execute();
  }
  for (const item of what.items) {
    let left = item.qty;
    for (const row of rows.filter((r) => r.sku === item.sku && r.serial === null)) {
      if (left <= 0) break;
      if (row.qty > left) throw new ConflictError(msg('errors-shipping.packages.cannotSplit', { sku: item.sku, qty: item.qty, units: row.qty }));
      await db.updateTable('packing_scans').set({ package_no: packageNo }).where('id', '=', row.id).execute();
      left -= row.qty;
    }
    if (left > 0) throw new ConflictError(msg('errors-shipping.packages.packedWithoutSerial', { sku: item.sku, packed: item.qty - left, qty: item.qty }));
  }
}

function dims(p: { length_mm: number | null; width_mm: number | null; height_mm: number | null }): DimsMm | null {
  return p.length_mm !== null && p.width_mm !== null && p.height_mm !== null ? { length: p.length_mm, width: p.width_mm, height: p.height_mm } : null;
}

/** A shipment's packages with what went into each, their measures, tracking numbers and labels. */
export async function shipmentPackages(db: Db, orderId: number, shipmentId: number): Promise<ShippedPackage[]> {
  const contents = group(await scanRows(db, orderId, shipmentId));
  const rows = await db.selectFrom('packages').selectAll().where('shipment_id', '=', shipmentId).orderBy('id').execute();
  return rows.map((p, i) => {
    const no = p.package_no ?? i + 1;
    const c = contents.find((x) => x.package_no === no) ?? { package_no: no, units: 0, serials: [], items: [] };
    const format = p.label_format === 'zpl' || p.label_format === 'pdf' ? p.label_format : null;
    return {
      ...c,
      package_no: no,
      weight_grams: p.weight_grams,
      dims_mm: dims(p),
      tracking_number: p.tracking_number,
      label: format && p.label_data ? { format, data: p.label_data } : null,
    };
  });
}
