import type { Translation } from '../types';
import type { errorsStation as en } from '../en/errors-station';

export const errorsStation: Translation<typeof en> = {
  'errors-station.session.badgeOff': 'Die Anmeldung per Ausweis ist an dieser Station ausgeschaltet: Wählen Sie Ihren Namen und geben Sie Ihre PIN ein.',
  'errors-station.session.unknownBadge': 'Dieser Ausweis ist an dieser Station niemandem zugeordnet.',
  'errors-station.session.locked': '{name} ist nach 5 falschen PINs bis {until, time} gesperrt',
  'errors-station.session.wrongPin':
    'Falsche PIN für {name}: noch {left, plural, one {# Versuch} other {# Versuche}}, dann wird für eine Minute gesperrt',
  'errors-station.session.unknownUser': 'Kein Benutzer namens {name}',
  'errors-station.users.notFound': 'Kein Benutzer namens {name}.',
  'errors-station.demo.notEmpty': 'Demodaten lassen sich nur in eine leere Station laden; diese enthält bereits Daten',

  'errors-station.access.signInFirst':
    'Melden Sie sich zuerst an: Diese Station hält fest, wer Ware annimmt, versendet, Retouren bucht, umlagert und zählt.{users, select, none { Legen Sie zuerst unter Einstellungen → Benutzer einen Benutzer an (oder laden Sie die Demodaten).} other {}}',
  'errors-station.access.supervisorOnly':
    'Nur ein Vorgesetzter darf {what, select, settings {Einstellungen ändern} webhooks {Webhooks ändern} other {Benutzer ändern}}: {name} ist als {role, select, supervisor {Vorgesetzter} operator {Bediener} other {{role}}} angemeldet.',
  'errors-station.access.signedInSupervisorOnly':
    'Nur ein angemeldeter Vorgesetzter darf {what, select, settings {Einstellungen ändern} webhooks {Webhooks ändern} other {Benutzer ändern}}.',

  'errors-station.devices.noScale': 'Keine Waage eingerichtet (Einstellungen → Geräte)',
  'errors-station.devices.commandFailed': '{command, select, zero {Nullen} tare {Tarieren} other {{command}}} fehlgeschlagen: {detail}',
  'errors-station.devices.captureNeedsScreen': 'Nur ein Stationsbildschirm kann Scans für sein PIN-Feld erfassen',
  'errors-station.devices.scannerNotSimulator': 'Der Scanner ist nicht der Simulator (Einstellungen → Geräte → Scanner-Anschluss)',
  'errors-station.devices.scaleNotSimulator': 'Die Waage ist kein Simulator (Einstellungen → Geräte → Waagenprotokoll)',

  'errors-station.shipping.weighAtBench': 'Am Packplatz wird jedes Paket gewogen: Versenden Sie mit der Schaltfläche „Auftrag versenden“.',

  'errors-station.documents.productNotFound': 'Produkt {sku} nicht gefunden',
  'errors-station.documents.purchaseOrderNotFound': 'Bestellung {po} nicht gefunden',
  'errors-station.documents.orderNotFound': 'Auftrag {order} nicht gefunden',
  'errors-station.documents.forceNeedsSupervisor': "Eine erzwungene Änderung braucht einen Vorgesetzten: Senden Sie force '{'pin, reason'}'.",

  'errors-station.pools.printWhat': 'Drucken Sie entweder ausgewählte Seriennummern oder einen Batch',
  'errors-station.stock.noStockLine': 'Kein Bestand von {sku} in {place}.',
  'errors-station.serials.notInLedger': 'Seriennummer {serial} ist nicht im Bestandsbuch.',
  'errors-station.serials.notInLedgerRest': 'Seriennummer {serial} ist nicht im Bestandsbuch',

  'errors-station.webhooks.notFound': 'Kein Webhook {id}.',
  'errors-station.webhooks.otherStation': 'Webhook {id} wurde an einer anderen Station angelegt: Sein Geheimnis lässt sich nur dort verwenden.',

  'errors-station.options.fileInvalid': 'Die Optionsdatei der Station in {dir} ist ungültig: {detail}',
  'errors-station.options.invalid': 'Ungültige Optionen: {detail}',
  'errors-station.options.restLocked':
    '{keys} {count, plural, one {kann} other {können}} nicht über die REST-API geändert werden: {count, plural, one {Diese Option bestimmt} other {Diese Optionen bestimmen}}, wer die API erreicht. Ändern Sie sie unter Einstellungen → API oder mit scanbay options set.',

  'errors-station.storage.cannotConnect': '{database}: {detail}',
  'errors-station.storage.unreachable': 'Datenbank nicht erreichbar — nichts wurde gespeichert.',
  'errors-station.storage.poolBusy': 'Die Station ist ausgelastet (alle Datenbankverbindungen sind belegt); nichts wurde gespeichert, versuchen Sie es gleich noch einmal.',
  'errors-station.storage.diskFull': 'Der Datenträger mit den Stationsdaten ist voll; nichts wurde gespeichert.',
  'errors-station.storage.busy':
    'Die Stationsdatenbank ist belegt (ein anderes Programm schreibt gerade, etwa ein Import); nichts wurde gespeichert — versuchen Sie es gleich noch einmal.',
  'errors-station.storage.cannotWrite': 'Die Stationsdaten können nicht geschrieben werden ({reason}); nichts wurde gespeichert.',
  'errors-station.storage.cannotWriteAt': 'Die Stationsdaten in {path} können nicht geschrieben werden ({reason}); nichts wurde gespeichert.',
  'errors-station.storage.cannotUse': 'Die Stationsdaten können nicht verwendet werden ({reason}); nichts wurde gespeichert.',
  'errors-station.storage.cannotUseAt': 'Die Stationsdaten in {path} können nicht verwendet werden ({reason}); nichts wurde gespeichert.',
  'errors-station.storage.newerSchema': 'Diese Daten stammen von einem neueren ScanBay (Schema {found}, diese Version kennt {known}); aktualisieren Sie ScanBay',
  'errors-station.storage.reason.readOnlyFileSystem': 'schreibgeschütztes Dateisystem',
  'errors-station.storage.reason.permissionDenied': 'Zugriff verweigert',
  'errors-station.storage.reason.notPermitted': 'Vorgang nicht erlaubt',
  'errors-station.storage.reason.noSpace': 'kein Platz mehr auf dem Datenträger',
  'errors-station.storage.reason.quotaExceeded': 'Speicherkontingent überschritten',
  'errors-station.storage.reason.missing': 'existiert nicht',
  'errors-station.storage.reason.notDirectory': 'ein Teil des Pfads ist kein Verzeichnis',
  'errors-station.storage.reason.openedReadOnly': 'die Datenbank wurde schreibgeschützt geöffnet',
  'errors-station.users.badgeTaken': 'ein anderer Benutzer hat diesen Ausweis bereits',
  'errors-station.users.exists': 'Benutzer {name} existiert bereits',
};
