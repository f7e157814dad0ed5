import { REPORT_COLUMNS, type ExportKind } from '../../shared/workflows/lifecycle-report';

/**
 * The columns of each export: header and the row field it comes from, in file order. The export
 * queries (storage/repos/reports-export.ts) select exactly these fields in this order.
 */
export interface ExportColumn {
  header: string;
  key: string;
}

const ARRIVALS: ExportColumn[] = [
  { header: 'PO', key: 'po_number' },
  { header: 'PO date', key: 'po_date' },
  { header: 'Vendor', key: 'vendor' },
  { header: 'Invoice', key: 'invoice' },
  { header: 'SKU', key: 'sku' },
  { header: 'Product', key: 'product' },
  { header: 'Price', key: 'price' },
  { header: 'Received on', key: 'received_on' },
  { header: 'Received by', key: 'received_by' },
  // Units of this SKU received in that receiving session (the arrival the serial came with).
  { header: 'Qty received', key: 'qty_received' },
  // Where this unit was received (not the session's last bin, not where it is now).
  { header: 'Warehouse', key: 'warehouse' },
  { header: 'Bin', key: 'bin' },
  { header: 'Serial', key: 'serial' },
  { header: 'Lot', key: 'lot' },
  { header: 'Expiry', key: 'expiry' },
];

const SERIALS: ExportColumn[] = [
  { header: 'SKU', key: 'sku' },
  { header: 'Product', key: 'product' },
  { header: 'Serial', key: 'serial' },
  { header: 'Status', key: 'status' },
  { header: 'Warehouse', key: 'warehouse' },
  { header: 'Bin', key: 'bin' },
  { header: 'Lot', key: 'lot' },
  { header: 'Expiry', key: 'expiry' },
  { header: 'Source', key: 'source' },
  { header: 'Unit cost', key: 'unit_cost' },
  { header: 'PO', key: 'po' },
  { header: 'Entered', key: 'created_at' },
];

export const EXPORT_COLUMNS: Record<ExportKind, ExportColumn[]> = {
  arrivals: ARRIVALS,
  serials: SERIALS,
  report: REPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key })),
};
