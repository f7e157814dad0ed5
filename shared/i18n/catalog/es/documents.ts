import type { Translation } from '../types';
import type { documents as en } from '../en/documents';

export const documents: Translation<typeof en> = {
  'documents.label.sku': 'SKU {sku}',
  'documents.label.lot': 'LOTE {lot}',
  'documents.label.expiry': 'CAD {expiry}',
  'documents.labels.title': 'Etiquetas de números de serie',
  'documents.labels.poTitle': 'Etiquetas {po}',
  'documents.labels.poolTitle': 'Etiquetas de números de serie {sku}',
  'documents.slip.title': 'Albarán {order}',
  'documents.slip.shipment': 'Envío {shipment} · {date} · {station}',
  'documents.slip.shipmentShort': 'Envío {shipment} {date}',
  'documents.slip.shipTo': 'Enviar a',
  'documents.slip.items': 'Artículos',
  'documents.slip.line': '{line}. {sku} — {name}: {shipped} de {ordered}',
  'documents.slip.serials': 'Números de serie: {serials}',
  'documents.slip.packages': 'Bultos',
  'documents.slip.package': 'Bulto {package}',
  'documents.slip.units': '{units, plural, one {# unidad} other {# unidades}}',
  'documents.slip.tracking': 'seguimiento {tracking}',
  'documents.slip.packageSerials': 'números de serie {serials}',
};
