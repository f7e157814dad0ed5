import type { Translation } from '../types';
import type { documents as en } from '../en/documents';

export const documents: Translation<typeof en> = {
  'documents.label.sku': 'Réf. {sku}',
  'documents.label.lot': 'LOT {lot}',
  'documents.label.expiry': 'EXP {expiry}',
  'documents.labels.title': 'Étiquettes de numéros de série',
  'documents.labels.poTitle': 'Étiquettes {po}',
  'documents.labels.poolTitle': 'Étiquettes de numéros de série {sku}',
  'documents.slip.title': 'Bon de livraison {order}',
  'documents.slip.shipment': 'Expédition {shipment} · {date} · {station}',
  'documents.slip.shipmentShort': 'Expédition {shipment} {date}',
  'documents.slip.shipTo': 'Livrer à',
  'documents.slip.items': 'Articles',
  'documents.slip.line': '{line}. {sku} — {name} : {shipped} sur {ordered}',
  'documents.slip.serials': 'Numéros de série : {serials}',
  'documents.slip.packages': 'Colis',
  'documents.slip.package': 'Colis {package}',
  'documents.slip.units': '{units, plural, one {# unité} other {# unités}}',
  'documents.slip.tracking': 'suivi {tracking}',
  'documents.slip.packageSerials': 'numéros de série {serials}',
};
