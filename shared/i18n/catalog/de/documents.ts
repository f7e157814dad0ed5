import type { Translation } from '../types';
import type { documents as en } from '../en/documents';

export const documents: Translation<typeof en> = {
  'documents.label.sku': 'Art.-Nr. {sku}',
  'documents.label.lot': 'Charge {lot}',
  'documents.label.expiry': 'Verw. bis {expiry}',
  'documents.labels.title': 'Seriennummern-Etiketten',
  'documents.labels.poTitle': 'Etiketten {po}',
  'documents.labels.poolTitle': 'Seriennummern-Etiketten {sku}',
  'documents.slip.title': 'Lieferschein {order}',
  'documents.slip.shipment': 'Sendung {shipment} · {date} · {station}',
  'documents.slip.shipmentShort': 'Sendung {shipment} {date}',
  'documents.slip.shipTo': 'Lieferadresse',
  'documents.slip.items': 'Artikel',
  'documents.slip.line': '{line}. {sku} — {name}: {shipped} von {ordered}',
  'documents.slip.serials': 'Seriennummern: {serials}',
  'documents.slip.packages': 'Pakete',
  'documents.slip.package': 'Paket {package}',
  'documents.slip.units': '{units, plural, one {# Stück} other {# Stück}}',
  'documents.slip.tracking': 'Sendungsnummer {tracking}',
  'documents.slip.packageSerials': 'Seriennummern {serials}',
};
