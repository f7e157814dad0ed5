import type { Translation } from '../types';
import type { errorsStock as en } from '../en/errors-stock';

export const errorsStock: Translation<typeof en> = {
  'errors-stock.noWarehouse': 'Kein Lager {warehouse}.',
  'errors-stock.notBinOf': '{bin} ist kein Lagerplatz von {warehouse}.',

  'errors-stock.returns.noRma': 'Keine RMA {rma}.',
  'errors-stock.returns.noOrder': 'Kein Auftrag {order}.',
  'errors-stock.returns.rmaOfOtherOrder': 'RMA {rma} gibt es bereits für Auftrag {order}.',
  'errors-stock.returns.nothingShipped': 'Von Auftrag {order} wurde nichts versandt: es gibt nichts zurückzunehmen.',
  'errors-stock.returns.closedPutAway':
    '{rma} ist abgeschlossen; die Einheiten wurden {day, select, none {an einem früheren Tag} other {am {day}}} eingelagert.',
  'errors-stock.returns.nothingWaiting': 'Auf {rma} wartet nichts Zurückgegebenes auf Einlagerung: zuerst die zurückgegebenen Einheiten scannen.',
  'errors-stock.returns.notBinOfWarehouse': '{bin} ist kein Lagerplatz von Lager {warehouse}.',
  'errors-stock.returns.lineNotWaiting': 'Zeile {lines} ist keine Einheit, die auf {rma} wartet.',
  'errors-stock.returns.alreadyEnded': '{rma} ist bereits {status, select, cancelled {storniert} other {abgeschlossen}}.',
  'errors-stock.returns.cannotCancel': 'Einheiten von {rma} sind bereits eingelagert: die RMA kann nicht storniert werden.',

  'errors-stock.transfers.noTransfer': 'Keine Umlagerung {transfer}.',
  'errors-stock.transfers.toSkuRequired': 'Eine Umlagerung SKU zu SKU braucht die SKU, zu der die Einheiten werden.',
  'errors-stock.transfers.unknownSku': '{sku} ist keine bekannte SKU.',
  'errors-stock.transfers.sameLocation': 'Von und nach sind derselbe Ort ({location}): nichts würde bewegt.',
  'errors-stock.transfers.binToBinOneWarehouse':
    'Eine Umlagerung Lagerplatz zu Lagerplatz bleibt in einem Lager: stattdessen Lager zu Lager wählen.',
  'errors-stock.transfers.otherWarehouse': 'Eine Umlagerung Lager zu Lager geht in ein anderes Lager als {warehouse}.',
  'errors-stock.transfers.nothingScanned': 'Auf {transfer} wurde nichts gescannt.',
  'errors-stock.transfers.status':
    '{transfer} ist {status, select, open {offen} in_transit {unterwegs} completed {erledigt} cancelled {storniert} other {{status}}}.',
  'errors-stock.transfers.notOneWayInTransit': '{transfer} ist keine Einweg-Umlagerung, die unterwegs ist.',

  'errors-stock.counts.noCount': 'In {location} läuft keine Zählung.',
  'errors-stock.counts.supervisorNeeded':
    'Eine Vorgesetzten-PIN ist nötig: diese Zählung bucht {units} {units, plural, one {Einheit} other {Einheiten}} eines Artikels aus (mehr als {above}).',

  'errors-stock.pools.noProduct': 'kein Artikel mit Code {code}: zuerst den Artikel anlegen',
  'errors-stock.pools.noPool': 'Artikel {sku} hat noch keinen Seriennummern-Pool',
  'errors-stock.pools.poolNotFound': 'Seriennummern-Pool {pool} nicht gefunden',
  'errors-stock.pools.noGtin': 'Artikel {sku} hat keine GTIN: Schema SKU verwenden oder seine GTIN hinzufügen',
  'errors-stock.pools.poolExists': 'Artikel {sku} hat bereits einen Seriennummern-Pool',
  'errors-stock.pools.continuousOneAtATime':
    'ein fortlaufender Pool erzeugt eine Seriennummer nach der anderen (Batches gibt es nur in Batch-Pools)',
  'errors-stock.pools.limitReached':
    'Pool-Limit erreicht: {pool} enthält {used} von {limit} Seriennummern, {left} können noch erzeugt werden; nichts wurde erzeugt',
  'errors-stock.pools.serialLengthTooShort':
    'Seriennummern mit {length} Zeichen sind zu kurz für {count} Seriennummern: eine größere Länge verwenden',
  'errors-stock.pools.noUnusedSerials':
    '{count} unbenutzte Seriennummern mit {length} Zeichen wurden nicht gefunden: eine größere Länge verwenden',
  'errors-stock.pools.batchNameTaken': 'dieser Pool hat bereits einen Batch namens „{name}“',
  'errors-stock.pools.selectedNotInPool':
    '{count, plural, one {{count} ausgewählte Seriennummer ist} other {{count} ausgewählte Seriennummern sind}} nicht in diesem Pool (inzwischen gelöscht?)',
  'errors-stock.pools.repeatedSerials':
    'die Anfrage wiederholt {count, plural, one {{count} Seriennummer} other {{count} Seriennummern}}',
  'errors-stock.pools.notEnoughAvailable':
    'der Pool von {sku} hat {available, plural, one {{available} verfügbare Seriennummer} other {{available} verfügbare Seriennummern}}, {requested} angefordert; nichts wurde zugewiesen',
  'errors-stock.pools.notInPoolOf':
    '{count, plural, one {{count} Seriennummer ist} other {{count} Seriennummern sind}} nicht im Pool von {sku}; nichts wurde freigegeben',
  'errors-stock.pools.noSuchFolder': 'der Ordner {folder} existiert nicht',
  'errors-stock.pools.pathOutsideLabels': 'ein relativer Etikettenpfad muss im Etikettenordner bleiben',
  'errors-stock.pools.batchNotInPool': 'Batch {batch} ist nicht in diesem Pool',
  'errors-stock.pools.tooManyLabels': 'Batch {batch} hat {total} Seriennummern; höchstens {max} auf einmal drucken',
  'errors-stock.pools.nothingToPrint': 'nichts zu drucken: der Batch enthält keine Seriennummern',
  'errors-stock.pools.labelFileNotWritten': 'die Etikettendatei {file} konnte nicht geschrieben werden ({detail})',
  'errors-stock.pools.noPrinter': 'kein Etikettendrucker eingestellt: seine Adresse eingeben oder in den Einstellungen festlegen',
  'errors-stock.pools.cannotCommission':
    '{count, plural, one {# Seriennummer kann} other {# Seriennummern können}} für {sku} nicht in Verkehr gebracht werden (bereits in Verkehr gebracht, aus einem anderen Pool oder Produkt, oder erzeugt, aber nie ausgegeben); es wurde nichts in Verkehr gebracht',
  'errors-stock.pools.alreadyExist':
    '{count, plural, one {# Seriennummer existiert} other {# Seriennummern existieren}} für {sku} bereits; es wurde nichts in Verkehr gebracht',
  'errors-stock.pools.notAssigned':
    '{count, plural, one {# Seriennummer ist} other {# Seriennummern sind}} nicht ausgegeben (schon verfügbar, oder vereinnahmt/versandt); es wurde nichts freigegeben',
  'errors-stock.pools.selectedNotAssigned':
    '{count, plural, one {# ausgewählte Seriennummer ist} other {# ausgewählte Seriennummern sind}} nicht ausgegeben (schon verfügbar, oder vereinnahmt/versandt); es wurde nichts freigegeben',
  'errors-stock.pools.hasHistory':
    '{count, plural, one {# ausgewählte Seriennummer hat} other {# ausgewählte Seriennummern haben}} eine Historie über die Erzeugung hinaus (ausgegeben, gedruckt, vereinnahmt …) und {count, plural, one {kann} other {können}} nicht gelöscht werden; es wurde nichts gelöscht',
};
