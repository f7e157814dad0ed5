import type { Messages } from '../types';

/** Namespace `documents`: words printed on labels and packing slips. */
export const documents = {
  'documents.label.sku': 'SKU {sku}',
  'documents.label.lot': 'LOT {lot}',
  'documents.label.expiry': 'EXP {expiry}',
  'documents.labels.title': 'Serial labels',
  'documents.labels.poTitle': '{po} labels',
  'documents.labels.poolTitle': '{sku} serial labels',
  'documents.slip.title': 'Packing slip {order}',
  'documents.slip.shipment': 'Shipment {shipment} · {date} · {station}',
  'documents.slip.shipmentShort': 'Shipment {shipment} {date}',
  'documents.slip.shipTo': 'Ship to',
  'documents.slip.items': 'Items',
  'documents.slip.line': '{line}. {sku} — {name}: {shipped} of {ordered}',
  'documents.slip.serials': 'Serials: {serials}',
  'documents.slip.packages': 'Packages',
  'documents.slip.package': 'Package {package}',
  'documents.slip.units': '{units, plural, one {# unit} other {# units}}',
  'documents.slip.tracking': 'tracking {tracking}',
  'documents.slip.packageSerials': 'serials {serials}',
} as const satisfies Messages;
