import type { Translation } from '../types';
import type { errorsImport as en } from '../en/errors-import';

export const errorsImport: Translation<typeof en> = {
  'errors-import.rest.jsonOnly': 'nur Anfragetexte vom Typ application/json werden angenommen',
  'errors-import.rest.urlTooLong': 'ein Wert in der URL ist zu lang (höchstens {max} Zeichen)',
  'errors-import.rest.noRoute': 'keine Route {method} {path}',
  'errors-import.rest.noToken': 'kein Zugriffstoken: im Header x-access-token senden',
  'errors-import.rest.invalid':
    'ungültiger {what, select, body {Anfragetext} query {Query-Parameter} other {Pfadparameter}}: {summary}',
  'errors-import.rest.bodyTooLarge': 'der Anfragetext ist größer als die Grenze dieser API',
  'errors-import.rest.badRequest': 'fehlerhafte Anfrage: {detail}',
  'errors-import.rest.internal': 'interner Fehler: {detail}',
  'errors-import.rest.keyExists': 'ein API-Schlüssel namens „{name}“ existiert bereits',
  'errors-import.rest.badSecret': 'unbekannter API-Schlüssel oder falsches Secret',
  'errors-import.rest.tokenInvalid': 'das Zugriffstoken ist ungültig',
  'errors-import.rest.tokenRevoked': 'das Zugriffstoken wurde widerrufen',
  'errors-import.rest.tokenExpired': 'das Zugriffstoken ist abgelaufen: unter POST /api/v1/auth/token ein neues anfordern',
  'errors-import.rest.noChannelKey': 'kein Kanalschlüssel: im Header x-channel-key senden',
  'errors-import.rest.channelNotBound': 'der Kanalschlüssel gehört nicht zum API-Schlüssel dieses Tokens',

  'errors-import.cell.required': 'ist erforderlich',
  'errors-import.cell.notNumber': 'muss eine Zahl sein, nicht {value}',
  'errors-import.cell.notBool': 'muss true oder false sein, nicht {value}',
  'errors-import.cell.kitComponent': 'Komponente {component} muss als SKU:qty geschrieben werden',
  'errors-import.cell.notDate': 'muss ein Datum im Format YYYY-MM-DD sein, nicht {value}',
  'errors-import.cell.negative': 'darf nicht negativ sein',
  'errors-import.cell.tooManyChars': 'darf höchstens {max} Zeichen lang sein',
  'errors-import.row.cellCount': 'Anzahl Zellen: {cells}; die Kopfzeile hat {columns}',
  'errors-import.row.cellTooLong': 'der Wert ist länger als {kb} KB',
  'errors-import.document.headerMismatch':
    '{hereState, select, blank {ist leer} other {{here}}}, aber Zeile {firstRow} von {key} {number} hat ' +
    '{firstState, select, blank {hier keinen Wert} other {{first}}}; auf jeder Zeile eines Dokuments denselben Wert wiederholen',
  'errors-import.products.duplicateSku': 'doppelte SKU {sku}: bereits in Zeile {row}',
  'errors-import.serials.unknownSku': 'unbekannte SKU {sku}',
  'errors-import.serials.notTracked': '{sku} verwendet keine Seriennummern',
  'errors-import.serials.exists': 'Seriennummer {serial} existiert bereits für {sku} ({status})',
  'errors-import.serials.duplicate': 'doppelte Seriennummer {serial}: bereits in Zeile {row}',
  'errors-import.serials.addedMeanwhile':
    'Seriennummer {serial} von {sku} wurde während des Imports an der Station erfasst; nichts wurde importiert',

  'errors-import.file.unknownColumns':
    '{file}: unbekannte {count, plural, one {Spalte} other {Spalten}} {names} in der Kopfzeile (Spalten: {columns})',
  'errors-import.file.duplicateColumn': '{file}: Spalte {column} kommt in der Kopfzeile doppelt vor',
  'errors-import.file.missingColumns': '{file}: {count, plural, one {fehlende Spalte} other {fehlende Spalten}} {names}',
  'errors-import.file.cannotRead': '{path} kann nicht gelesen werden: {detail}',
  'errors-import.file.badCsv': '{file}: die CSV-Datei kann nicht gelesen werden: {detail}',
  'errors-import.file.empty': '{file} ist leer: die Datei braucht eine Kopfzeile mit den Spaltennamen',
  'errors-import.file.notUtf8':
    '{file} ist kein UTF-8-Text (ungültiges Byte bei Offset {offset}, Zeile {line}); als UTF-8 (CSV UTF-8) speichern und erneut importieren',
  'errors-import.rest.idempotencyRequired': 'diese Station verlangt bei Scans einen Idempotency-Key-Header (api.requireIdempotencyKey)',
  'errors-import.rest.idempotencyTooLong': 'Idempotency-Key hat höchstens {max} Zeichen',
  'errors-import.rest.idempotencyReused': 'Idempotency-Key {key} wurde (innerhalb von 24 h) schon für eine andere Anfrage verwendet: senden Sie für eine neue Anfrage einen neuen Schlüssel',
};
