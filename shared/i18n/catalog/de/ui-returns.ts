import type { Translation } from '../types';
import type { uiReturns as en } from '../en/ui-returns';

export const uiReturns: Translation<typeof en> = {
  'ui-returns.title': 'Retouren',

  'ui-returns.amount': '{amount, number, ::.00}',

  'ui-returns.condition.new': 'Neu, versiegelt',
  'ui-returns.condition.opened': 'Geöffnet, wie neu',
  'ui-returns.condition.used': 'Gebraucht, funktionsfähig',
  'ui-returns.condition.damaged': 'Beschädigt',
  'ui-returns.condition.defective': 'Defekt',
  'ui-returns.conditionCode':
    '{condition, select, new {neu} opened {geöffnet} used {gebraucht} damaged {beschädigt} defective {defekt} other {{condition}}}',

  'ui-returns.reason.defective': 'Defekt',
  'ui-returns.reason.damagedInTransit': 'Transportschaden',
  'ui-returns.reason.wrongItem': 'Falscher Artikel geliefert',
  'ui-returns.reason.notAsDescribed': 'Nicht wie beschrieben',
  'ui-returns.reason.noLongerNeeded': 'Nicht mehr benötigt',
  'ui-returns.reason.other': 'Sonstiges',

  'ui-returns.column.line': 'Position',
  'ui-returns.column.sku': 'Artikelnr.',
  'ui-returns.column.product': 'Artikel',
  'ui-returns.column.shipped': 'Versandt',
  'ui-returns.column.returned': 'Zurück',
  'ui-returns.column.serial': 'Seriennummer',
  'ui-returns.column.condition': 'Zustand',
  'ui-returns.column.putAway': 'Eingelagert',
  'ui-returns.column.credit': 'Gutschrift',

  'ui-returns.find.reason': 'Grund der Retoure',
  'ui-returns.find.prompt': 'Auftragsnummer oder RMA-Nummer scannen oder eingeben – oder eine Seriennummer einer zurückgesandten Einheit.',
  'ui-returns.find.created': '{rma} für {order} eröffnet.',
  'ui-returns.find.noMatch': 'Kein Auftrag, keine RMA und keine versandte Seriennummer passt zu {code}.',
  'ui-returns.find.opening': '{rma} wird geöffnet.',
  'ui-returns.find.returnsOf': 'Retouren zu {order}',
  'ui-returns.find.returnOfOrder': '{rma} öffnen – {units, plural, one {# Einheit} other {# Einheiten}} ({status})',
  'ui-returns.find.openReturns': 'Offene Retouren',
  'ui-returns.find.openReturn': '{rma} öffnen – Auftrag {order} – {units, plural, one {# Einheit} other {# Einheiten}} – seit {since}',

  'ui-returns.wizard.back': 'Zurück zu den Retouren',
  'ui-returns.wizard.order': 'Auftrag {order}',
  'ui-returns.wizard.reason':
    'Grund: {reason, select, defective {defekt} damaged_in_transit {Transportschaden} wrong_item {falscher Artikel} not_as_described {nicht wie beschrieben} no_longer_needed {nicht mehr benötigt} other {{reason}}}',
  'ui-returns.wizard.validationOn': 'Seriennummern müssen mit diesem Auftrag versandt worden sein',
  'ui-returns.wizard.validationOff': 'Seriennummernprüfung aus',
  'ui-returns.wizard.condition': 'Zustand der nächsten Einheit',
  'ui-returns.wizard.unitsReturned': 'Zurückerhaltene Einheiten',
  'ui-returns.wizard.complete': 'Alle versandten Einheiten von {order} sind zurück: einlagern und die RMA schließen.',
  'ui-returns.wizard.cancelPending': 'Wartenden Artikel verwerfen',
  'ui-returns.wizard.putAway': 'Einlagern und RMA schließen',
  'ui-returns.wizard.cancelRma': 'RMA stornieren',
  'ui-returns.wizard.cancelled': '{rma} ist storniert: nichts wurde zurückgenommen.',
  'ui-returns.wizard.restocked':
    '{restocked, plural, one {# Einheit} other {# Einheiten}} wieder im Bestand, {quarantined, number} in Quarantäne; Gutschrift {credit, number, ::.00}. {rma} ist geschlossen.',

  'ui-returns.lines.orderLines': 'Auftragspositionen',
  'ui-returns.lines.returnedUnits': 'Zurückerhaltene Einheiten',
  'ui-returns.lines.none': 'Noch keine Einheit gescannt.',
  'ui-returns.lines.putAwayAt': '{disposition, select, restock {Eingelagert} other {In Quarantäne}} auf {location}',
  'ui-returns.lines.waiting': 'Wartet',
  'ui-returns.lines.creditTotal': 'Gutschrift gesamt',

  'ui-returns.cancel.title': '{rma} stornieren?',
  'ui-returns.cancel.nothingScanned': 'Auf {rma} wurde nichts gescannt.',
  'ui-returns.cancel.undo':
    '{units, plural, one {Die # auf {rma} gescannte Einheit gilt} other {Die # auf {rma} gescannten Einheiten gelten}} wieder als mit {order} versandt: die Retoure wird im Journal rückgängig gemacht.',
  'ui-returns.cancel.keep': 'RMA behalten',
  'ui-returns.cancel.confirm': 'RMA stornieren',

  'ui-returns.restock.title': '{rma} einlagern',
  'ui-returns.restock.noCondition': 'kein Zustand',
  'ui-returns.restock.backInStock': 'Zurück in den Bestand',
  'ui-returns.restock.quarantine': 'Quarantäne',
  'ui-returns.restock.hint': 'Ohne Lager gehen die Einheiten in das Lager des Auftrags zurück; Einheiten in Quarantäne kommen auf keinen Lagerplatz.',
  'ui-returns.restock.submit': 'Einlagern und schließen',
  'ui-returns.restock.cancel': 'Abbrechen',

  'ui-returns.memo.title': 'Gutschrift {rma}',
  'ui-returns.memo.order': 'Auftrag {order}',
  'ui-returns.memo.line': '{qty, number} × {sku}{serial} zu {price} = {amount, number, ::.00}{disposition}',
  'ui-returns.memo.serial': '(Seriennummer {serial})',
  'ui-returns.memo.noPrice': 'ohne Preis',
  'ui-returns.memo.restocked': 'eingelagert',
  'ui-returns.memo.quarantined': 'in Quarantäne',
  'ui-returns.memo.total': 'Gutschrift gesamt {total, number, ::.00}',
};
