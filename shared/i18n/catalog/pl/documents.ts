import type { Translation } from '../types';
import type { documents as en } from '../en/documents';

export const documents: Translation<typeof en> = {
  'documents.label.sku': 'Indeks {sku}',
  'documents.label.lot': 'Partia {lot}',
  'documents.label.expiry': 'Ważne do {expiry}',
  'documents.labels.title': 'Etykiety z numerami seryjnymi',
  'documents.labels.poTitle': 'Etykiety {po}',
  'documents.labels.poolTitle': 'Etykiety z numerami seryjnymi {sku}',
  'documents.slip.title': 'Specyfikacja wysyłki {order}',
  'documents.slip.shipment': 'Wysyłka {shipment} · {date} · {station}',
  'documents.slip.shipmentShort': 'Wysyłka {shipment} {date}',
  'documents.slip.shipTo': 'Adres dostawy',
  'documents.slip.items': 'Pozycje',
  'documents.slip.line': '{line}. {sku} — {name}: {shipped} z {ordered}',
  'documents.slip.serials': 'Numery seryjne: {serials}',
  'documents.slip.packages': 'Paczki',
  'documents.slip.package': 'Paczka {package}',
  'documents.slip.units': '{units, plural, one {# sztuka} few {# sztuki} many {# sztuk} other {# sztuki}}',
  'documents.slip.tracking': 'numer przesyłki {tracking}',
  'documents.slip.packageSerials': 'numery seryjne {serials}',
};
