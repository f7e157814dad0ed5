import type { Translation } from '../types';
import type { verdictsShipping as en } from '../en/verdicts-shipping';

export const verdictsShipping: Translation<typeof en> = {
  'verdicts-shipping.gate.shipped': '{order} ist bereits versandt; darauf kann nichts mehr verpackt werden.',
  'verdicts-shipping.gate.cancelled': '{order} ist storniert und kann nicht verpackt werden.',
  'verdicts-shipping.gate.notPicked': '{order} ist nicht als kommissioniert markiert; diese Station verpackt nur kommissionierte Aufträge.',
  'verdicts-shipping.gate.notConfirmed': '{order} ist nicht bestätigt; diese Station verpackt nur bestätigte Aufträge.',

  'verdicts-shipping.approval.replacement':
    '{sku} darf {replaces} in {order} ersetzen: {need, select, pinAndReason {Supervisor-PIN und Begründung erforderlich} reason {bitte eine Begründung angeben} other {Supervisor-PIN erforderlich}}.',
  'verdicts-shipping.approval.serial':
    'Ausnahme für Seriennummer {serial}: {need, select, pinAndReason {Supervisor-PIN und Begründung erforderlich} reason {bitte eine Begründung angeben} other {Supervisor-PIN erforderlich}}.',
  'verdicts-shipping.approval.weight':
    'Gewicht {grams, number} g von {order}: {need, select, pinAndReason {Supervisor-PIN und Begründung erforderlich} reason {bitte eine Begründung angeben} other {Supervisor-PIN erforderlich}}.',

  'verdicts-shipping.replacement.done':
    '{ordered} ersetzt durch {replacement} {where, select, kit {im Set {kit} in Zeile {line}} other {in Zeile {line}}}{approved, select, yes { (freigegeben von {approver})} other {}}.',

  'verdicts-shipping.item.allScanned': '{sku}: alle {required} sind gescannt; ein weiteres Stück wäre mehr als bestellt.',
  'verdicts-shipping.item.multipleQtyOff':
    '{qty, plural, one {# Einheit} other {# Einheiten}} auf einmal scannen ist an dieser Station ausgeschaltet: jede Einheit von {sku} einzeln scannen.',
  'verdicts-shipping.item.moreThanOrdered': '{sku}: {scanned} von {required} gescannt; {qty} weitere wären mehr als bestellt.',
  'verdicts-shipping.item.scanSerials': '{sku} × {qty}: {qty, plural, one {die Seriennummer} other {# Seriennummern}} scannen.',
  'verdicts-shipping.item.packed':
    '{qty} × {sku} verpackt ({scanned} von {required}).{complete, select, confirmed { Alle Artikel sind gescannt; der Auftrag ist bestätigt.} yes { Alle Artikel sind gescannt.} other {}}',
  'verdicts-shipping.kit.allScanned': '{sku}: {qty, plural, one {das # Set ist} other {alle # Sets sind}} gescannt.',
  'verdicts-shipping.kit.whole':
    '{sku}: komplettes Set {next} von {qty}{hasPacked, select, yes { — verpackt: {packed}} other {}}.{complete, select, confirmed { Alle Artikel sind gescannt; der Auftrag ist bestätigt.} yes { Alle Artikel sind gescannt.} other {}}',
  'verdicts-shipping.kit.wholeScanSerial':
    '{sku}: komplettes Set {next} von {qty}{hasPacked, select, yes { — verpackt: {packed}} other {}}; jetzt die Seriennummer von {serialSku} scannen.',
  'verdicts-shipping.kit.parentComplete':
    '{sku}: Set {kit} von {qty} vollständig.{complete, select, confirmed { Alle Artikel sind gescannt; der Auftrag ist bestätigt.} yes { Alle Artikel sind gescannt.} other {}}',
  'verdicts-shipping.kit.componentsFirst': 'Zuerst die Komponenten von {sku} scannen (noch offen: {rest}), dann das Set.',
  'verdicts-shipping.kit.throughComponents': '{sku} wird über seine Komponenten gescannt; noch offen: {rest}.',

  'verdicts-shipping.serial.orderNumber': '{serial} ist die Nummer dieses Auftrags, keine Seriennummer: die Seriennummer von {sku} scannen.',
  'verdicts-shipping.serial.productCode': '{serial} ist ein Produktcode ({productSku}), keine Seriennummer: die Seriennummer von {sku} scannen.',
  'verdicts-shipping.serial.wrongProduct': 'Seriennummer {serial} gehört zu {owners}, nicht zu {sku}.',
  'verdicts-shipping.serial.duplicate': 'Seriennummer {serial} ist in {order} bereits gescannt.',
  'verdicts-shipping.serial.shipped': 'Seriennummer {serial} von {sku} ist bereits versandt.',
  'verdicts-shipping.serial.heldElsewhere': 'Seriennummer {serial} von {sku} ist bereits im offenen Auftrag {other} verpackt.',
  'verdicts-shipping.serial.notInStock':
    'Seriennummer {serial} von {sku} {status, select, available {liegt in einem Seriennummernpool und ist nie eingegangen} assigned {ist in einem Seriennummernpool zugewiesen und nie eingegangen} quarantined {ist in Quarantäne} in_transit {ist unterwegs} other {hat den Status {status}}}: sie ist nicht am Lager.{overrideOff, select, yes { Ausnahmen von der Seriennummernprüfung sind an dieser Station ausgeschaltet.} other {}}',
  'verdicts-shipping.serial.neverReceived':
    'Seriennummer {serial} von {sku} ist nie eingegangen: sie ist nicht am Lager.{overrideOff, select, yes { Ausnahmen von der Seriennummernprüfung sind an dieser Station ausgeschaltet.} other {}}',
  'verdicts-shipping.serial.overrideOff': 'Ausnahmen von der Seriennummernprüfung sind an dieser Station ausgeschaltet.',
  'verdicts-shipping.serial.packed':
    '{sku} mit Seriennummer {serial} verpackt ({index} von {total}).{override, select, approvedBy { Ausnahme ({rules}) freigegeben von {approver}: {reason}.} yes { Ausnahme ({rules}): {reason}.} other {}}{complete, select, confirmed { Alle Artikel sind gescannt; der Auftrag ist bestätigt.} yes { Alle Artikel sind gescannt.} other {}}',

  'verdicts-shipping.order.notFound': 'Auftrag {order} nicht gefunden.',
  'verdicts-shipping.open.toScan': 'Verpacken von {order}: {left} von {required, plural, one {# Einheit} other {# Einheiten}} zu scannen.',
  'verdicts-shipping.open.allScanned':
    'Verpacken von {opened}: {required, plural, one {die # Einheit ist} other {alle # Einheiten sind}} gescannt. {step, select, shipped {{order} ist versandt. Die nächste Auftragsnummer scannen oder eingeben.} serial {Die Seriennummer von {sku} scannen ({index} von {total}).} partial {Verpackten Teil von {order} versenden: {multi, select, yes {Paket {no} von {count}} other {das Paket}} wiegen, Maße und Sendungsnummer angeben.} confirm {Alle Artikel von {order} sind gescannt: Kästchen ankreuzen und den Auftrag bestätigen.} package {{multi, select, yes {Paket {no} von {count}} other {Das Paket}} von {order} wiegen, Maße und Sendungsnummer angeben, dann {last, select, no {erfassen} other {versenden}}.} other {Die Artikel von {order} scannen (SKU, UPC, GTIN, Alias oder GS1-Barcode).}}',
  'verdicts-shipping.prompt.shipped': '{order} ist versandt. Die nächste Auftragsnummer scannen oder eingeben.',
  'verdicts-shipping.prompt.serial': 'Die Seriennummer von {sku} scannen ({index} von {total}).',
  'verdicts-shipping.prompt.partial':
    'Verpackten Teil von {order} versenden: {multi, select, yes {Paket {no} von {count}} other {das Paket}} wiegen, Maße und Sendungsnummer angeben.',
  'verdicts-shipping.prompt.confirm': 'Alle Artikel von {order} sind gescannt: Kästchen ankreuzen und den Auftrag bestätigen.',
  'verdicts-shipping.prompt.package':
    '{multi, select, yes {Paket {no} von {count}} other {Das Paket}} von {order} wiegen, Maße und Sendungsnummer angeben, dann {last, select, no {erfassen} other {versenden}}.',
  'verdicts-shipping.prompt.items': 'Die Artikel von {order} scannen (SKU, UPC, GTIN, Alias oder GS1-Barcode).',

  'verdicts-shipping.scan.qtyBarcodesOff': 'Mengen-Barcodes sind an dieser Station ausgeschaltet: jede Einheit einzeln scannen.',
  'verdicts-shipping.scan.qtyAtLeastOne': 'Eine Menge muss mindestens 1 sein.',
  'verdicts-shipping.scan.qtyNext': 'Menge {qty} für den nächsten Artikel.',
  'verdicts-shipping.scan.serialFirst': 'Zuerst die Seriennummer von {sku} scannen oder die offenen Einheiten abbrechen.',
  'verdicts-shipping.scan.packageStarted': 'Paket {no} begonnen: jetzt gescannte Artikel kommen hinein.',
  'verdicts-shipping.scan.packageEmpty': 'Paket {no} ist noch leer: zuerst Artikel hineinscannen.',
  'verdicts-shipping.scan.orderOpen': '{order} ist bereits geöffnet: die Artikel scannen.',
  'verdicts-shipping.scan.notOnOrder': '{sku} ({name}) gehört nicht zu {order}: der Auftrag erwartet {expects, select, nothing {nichts mehr} other {{list}}}.',
  'verdicts-shipping.scan.unknownCode':
    '{code} ist kein bekannter Produktcode (SKU, UPC, GTIN oder Alias): der Auftrag erwartet {expects, select, nothing {nichts mehr} other {{list}}}.',
  'verdicts-shipping.scan.otherBarcode':
    'Dieser Barcode ist {known, select, yes {{scanned}} other {ein anderes Produkt}}: die Seriennummer von {sku} scannen oder die offenen Einheiten abbrechen.',
  'verdicts-shipping.scan.noSerialInBarcode': 'Dieser Barcode von {sku} enthält keine Seriennummer (AI 21).',
  'verdicts-shipping.scan.unknownSku': '{sku} ist keine bekannte SKU.',
  'verdicts-shipping.scan.oneSerialAtATime': '{sku} wird je Seriennummer einzeln verpackt: mit jeder Seriennummer qty 1 senden.',

  'verdicts-shipping.tracking.notTracking': '{code} ist keine Sendungsnummer.',
  'verdicts-shipping.tracking.newPackageCode': '{code} beginnt beim Artikelscannen ein neues Paket; hier die Sendungsnummer scannen.',
  'verdicts-shipping.tracking.productCode': '{code} ist ein Produktcode, keine Sendungsnummer.',
  'verdicts-shipping.tracking.orderNumber': '{code} ist eine Auftragsnummer, keine Sendungsnummer.',
  'verdicts-shipping.tracking.scanned': 'Sendungsnummer {code} gescannt.',

  'verdicts-shipping.partial.off': 'Teilversand ist an dieser Station ausgeschaltet (shipping.allowPartial).',
  'verdicts-shipping.partial.nothingPacked': 'In {order} ist noch nichts verpackt.',
  'verdicts-shipping.confirm.stillToScan': 'In {order} ist noch zu scannen: {rest}.',

  'verdicts-shipping.weigh.scaleConnected': 'Eine Waage ist angeschlossen: das Paket darauflegen (Gewicht eingeben ist an dieser Station ausgeschaltet).',
  'verdicts-shipping.weigh.scanTracking': 'Die Sendungsnummer scannen: Eingeben ist an dieser Station ausgeschaltet.',
  'verdicts-shipping.measure.notAtStep': '{order} ist nicht beim Paketschritt: {prompt}',
  'verdicts-shipping.measure.lastPackage': 'Paket {no} ist das letzte von {order}: den Auftrag versenden.',
  'verdicts-shipping.measure.weighFirst': 'Zuerst Paket {no} wiegen.',
  'verdicts-shipping.measure.done':
    'Paket {no} von {count}: {grams, number} g{tracked, select, yes {, Sendungsnummer {tracking}} other {}}. Jetzt Paket {next} wiegen.{note, select, approvedBy { Gewicht freigegeben von {approver}: {reason}.} approved { Gewicht freigegeben: {reason}.} unchecked { Erwartetes Gewicht nicht geprüft: kein Katalog-Gewicht für {missing}.} other {}}',
  'verdicts-shipping.ship.notYet': '{order} kann noch nicht versandt werden; noch zu scannen: {rest}.',
  'verdicts-shipping.ship.nothingPacked': 'In {order} ist nichts verpackt.',
  'verdicts-shipping.ship.weighFirst': 'Zuerst Paket {no} von {order} wiegen.',
  'verdicts-shipping.ship.changed': '{order} hat sich geändert, während die Etiketten erstellt wurden: bitte erneut versenden.',
  'verdicts-shipping.ship.done':
    '{order} versandt: Sendung {shipment}, {multi, select, yes {{packages, plural, one {# Paket} other {# Pakete}}, } other {}}{units, plural, one {# Einheit} other {# Einheiten}}{weighed, select, yes {, {grams, number} g} other {}}{tracked, select, yes {, Sendungsnummer {tracking}} other {}}.{note, select, approvedBy { Gewicht freigegeben von {approver}: {reason}.} approved { Gewicht freigegeben: {reason}.} unchecked { Erwartetes Gewicht nicht geprüft: kein Katalog-Gewicht für {missing}.} other {}}{rest, select, open { Der Rest von {order} bleibt offen.} other {}}',
  'verdicts-shipping.ship.labelServiceFailed': '{problem} {order} bleibt verpackt: mit „Wiederholen“ erneut anfragen.',
  'verdicts-shipping.ship.labelsShort':
    '{labels, plural, one {# Etikett} other {# Etiketten}} für {packages, plural, one {# Paket} other {# Pakete}}. {order} bleibt verpackt.',
  'verdicts-shipping.plan.beyond':
    '{order} ist in Paket {no} verpackt, aber die Anfrage nennt {count, plural, one {# Paket} other {# Pakete}}: dessen Seriennummern oder Artikel einem Paket zuordnen.',
  'verdicts-shipping.plan.empty': 'Paket {no} wäre leer: die Seriennummern oder Artikel angeben, die hineinkommen.',
  'verdicts-shipping.plan.badWeight': 'Paket {no}: {problem}',
  'verdicts-shipping.missing.dimensions':
    'Die Maße von {multi, select, yes {Paket {no} von {order}} other {{order}}} angeben: diese Station versendet kein Paket ohne Maße.',
  'verdicts-shipping.missing.tracking':
    'Die Sendungsnummer von {multi, select, yes {Paket {no} von {order}} other {{order}}} scannen oder eingeben: diese Station versendet kein Paket ohne Sendungsnummer.',

  'verdicts-shipping.print.noShipment': 'Keine Sendung {shipment}.',
  'verdicts-shipping.print.nothing': 'Nichts zu drucken.',
  'verdicts-shipping.print.part':
    '{what, select, slip {Lieferschein} other {Etikett von Paket {no}}} {how, select, sent {an {host}:{port} gesendet} saved {gespeichert als {path}} desktopOnly {gespeichert als {path} (den Druckdialog gibt es nur in der Desktop-App)} dialog {gespeichert als {path} und im Druckdialog geöffnet} failed {nicht gedruckt: {error}} other {{words}}}',
  'verdicts-shipping.print.one':
    '{what, select, slip {Lieferschein} other {Etikett von Paket {no}}} {how, select, sent {an {host}:{port} gesendet} saved {gespeichert als {path}} desktopOnly {gespeichert als {path} (den Druckdialog gibt es nur in der Desktop-App)} dialog {gespeichert als {path} und im Druckdialog geöffnet} failed {nicht gedruckt: {error}} other {{words}}}.',
  'verdicts-shipping.print.noLabels': 'Sendung {shipment} von {order} hat keine Etiketten.',
  'verdicts-shipping.print.noShipmentToPrint': '{order} hat keine {named, select, yes {Sendung {shipment}} other {Sendung}} zum Drucken.',

  'verdicts-shipping.weight.noReading': 'Die Waage hat noch keinen Wert gesendet.',
  'verdicts-shipping.weight.motion': 'Die Waage ist in Bewegung ({weight, number, ::.######} {unit}): auf ein stabiles Gewicht warten.',
  'verdicts-shipping.weight.over': 'Die Waage ist überlastet: das Paket ist zu schwer für sie.',
  'verdicts-shipping.weight.under': 'Die Waage zeigt unter null: Waage leeren und auf null stellen.',
  'verdicts-shipping.weight.error': 'Die Waage meldet einen Fehler: Waage prüfen oder, wenn erlaubt, das Gewicht eingeben.',
  'verdicts-shipping.weight.negative': 'Die Waage zeigt ein negatives Gewicht ({weight, number, ::.######} {unit}): Waage leeren und auf null stellen.',
  'verdicts-shipping.weight.zero': 'Die Waage zeigt null: das Paket auf die Waage legen.',
  'verdicts-shipping.weight.tooHeavy': '{weight, number, ::.######} {unit} ist mehr, als ein Paket hier wiegen darf.',
  'verdicts-shipping.weight.typedAboveZero': 'Ein Gewicht über null eingeben.',
  'verdicts-shipping.weight.disconnected': 'Die Waage ist nicht verbunden: es gibt kein Gewicht zum Versenden.',
  'verdicts-shipping.weight.errorSince': 'Die Waage hat seit ihrem letzten Gewicht einen Fehler gemeldet: kein Wert.',
  'verdicts-shipping.weight.errorSinceWhy': 'Die Waage hat seit ihrem letzten Gewicht einen Fehler gemeldet: kein Wert. ({error})',
  'verdicts-shipping.weight.stale': 'Kein Wert von der Waage: sie antwortet nicht mehr.',
  'verdicts-shipping.weight.beforeStep': 'Dieses Gewicht wurde vor Beginn dieses Wiegeschritts gelesen: das Paket erneut auf die Waage legen.',
  'verdicts-shipping.weight.previousPackage':
    'Die Waage zeigt noch das Gewicht des vorigen Pakets ({grams, number} g) und war seitdem nicht auf null: das vorige Paket abnehmen oder dieses auflegen.',

  'verdicts-shipping.expected.skipped': 'Erwartetes Gewicht nicht geprüft: kein Katalog-Gewicht für {missing}.',
  'verdicts-shipping.expected.range': 'Erwartet {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g).',
  'verdicts-shipping.expected.outOfRange':
    'Das Paket wiegt {weighed, number} g; Artikel und Verpackung sollten {grams, number} g ± {tolerance, number} % wiegen ({min, number}–{max, number} g){off, select, heavier {: {percent, number} % schwerer} lighter {: {percent, number} % leichter} other {}}. Den Karton prüfen oder das Gewicht von einem Supervisor freigeben lassen.',
};
