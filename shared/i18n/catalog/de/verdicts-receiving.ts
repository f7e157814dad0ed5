import type { Translation } from '../types';
import type { verdictsReceiving as en } from '../en/verdicts-receiving';

export const verdictsReceiving: Translation<typeof en> = {
  'verdicts-receiving.prompt.bin': 'Lagerplatz für {po} scannen oder eingeben.',
  'verdicts-receiving.prompt.weigh': 'Eine Einheit von {sku} wiegen: auf die Waage legen oder Gewicht und Maße eingeben.',
  'verdicts-receiving.prompt.serial': 'Seriennummer von {sku} scannen ({index} von {total}).',
  'verdicts-receiving.prompt.extra': 'Nächstes Produkt scannen – oder eine weitere Seriennummer von {sku}, um eine Einheit mehr zu vereinnahmen.',
  'verdicts-receiving.prompt.product': 'Produkt scannen (SKU, UPC, GTIN, Alias oder GS1-Barcode).',

  'verdicts-receiving.poClosed':
    '{po} ist {status, select, closed {abgeschlossen} cancelled {storniert} other {{status}}}; darauf kann nichts mehr vereinnahmt werden.',
  'verdicts-receiving.bin.unknown': '{code} ist kein Lagerplatz des Lagers {warehouse}.',
  'verdicts-receiving.bin.emptyCode': 'Ein leerer Code ist kein Lagerplatz des Lagers {warehouse}.',
  'verdicts-receiving.bin.required': 'Vor dem Vereinnahmen ist ein Lagerplatz nötig.',
  'verdicts-receiving.bin.set': 'Lagerplatz {bin}: Vereinnahmte Einheiten kommen dorthin.',
  'verdicts-receiving.quantityForNext': 'Menge {qty, number} für das nächste Produkt.',
  'verdicts-receiving.weighFirst': 'Zuerst {sku} wiegen: eine Einheit auf die Waage legen oder ihr Gewicht eingeben, dann weiter.',
  'verdicts-receiving.noLongerOnPo': '{sku} steht nicht mehr auf {po}.',
  'verdicts-receiving.poAlreadyOpen': '{po} ist bereits geöffnet: Scannen Sie die Produkte.',
  'verdicts-receiving.notOnPo': '{sku} steht nicht auf {po}.',
  'verdicts-receiving.notOnPoNamed': '{sku} ({name}) steht nicht auf {po}.',
  'verdicts-receiving.serialAsProduct.received':
    '{code} ist eine bereits vereinnahmte Seriennummer von {sku} auf Position {lineNo} von {po}, kein Produktcode: Scannen Sie zuerst das Produkt.',
  'verdicts-receiving.serialAsProduct.expected':
    '{code} ist eine erwartete Seriennummer von {sku} auf Position {lineNo} von {po}, kein Produktcode: Scannen Sie zuerst das Produkt, dann diese Seriennummer.',
  'verdicts-receiving.oneSerialAtATime': '{sku} wird Seriennummer für Seriennummer vereinnahmt: Senden Sie zu jeder Seriennummer die Menge 1.',
  'verdicts-receiving.overQuantity': '{sku}: {received, number} von {ordered, number} vereinnahmt; {qty, number} weitere wären mehr als bestellt.',
  'verdicts-receiving.allOrderedReceived': '{sku}: Alle bestellten Einheiten ({ordered, number}) sind vereinnahmt; eine weitere wäre mehr als bestellt.',
  'verdicts-receiving.weighUnit': '{sku}: Zuerst eine Einheit wiegen und ihre Maße eingeben.',
  'verdicts-receiving.scanSerials': '{sku} × {qty, number}: {qty, plural, one {Seriennummer scannen} other {# Seriennummern scannen}}.',
  'verdicts-receiving.received': '{qty, number} × {sku} vereinnahmt ({received, number} von {ordered, number}).',
  'verdicts-receiving.otherProduct': 'Dieser Barcode gehört zu einem anderen Produkt; scannen Sie die Seriennummer von {sku} oder verwerfen Sie die wartenden Einheiten.',
  'verdicts-receiving.noSerialInBarcode': 'Dieser Barcode enthält keine Seriennummer (AI 21).',
  'verdicts-receiving.noSerialInBarcodeOf': 'Dieser Barcode von {sku} enthält keine Seriennummer (AI 21).',
  'verdicts-receiving.receivedSerial': '{sku} mit Seriennummer {serial} vereinnahmt.',
  'verdicts-receiving.receivedSerialBack': '{sku} mit Seriennummer {serial} vereinnahmt (eine früher versendete Einheit, wieder auf Lager).',
  'verdicts-receiving.receivedSerialOf': '{sku} mit Seriennummer {serial} vereinnahmt ({done} von {total}).',
  'verdicts-receiving.receivedSerialOfBack': '{sku} mit Seriennummer {serial} vereinnahmt ({done} von {total}, eine früher versendete Einheit, wieder auf Lager).',

  'verdicts-receiving.measured.scanSerials':
    '{sku} wiegt {grams, number} g. {sku} × {qty, number}: {qty, plural, one {Seriennummer scannen} other {# Seriennummern scannen}}.',
  'verdicts-receiving.measured.received': '{sku} wiegt {grams, number} g. {qty, number} × {sku} vereinnahmt ({received, number} von {ordered, number}).',

  'verdicts-receiving.serial.duplicateOnPo': 'Seriennummer {serial} wurde auf {po} bereits gescannt.',
  'verdicts-receiving.serial.otherProduct': 'Seriennummer {serial} gehört bereits zu {sku}; Seriennummern sind an dieser Station über alle Produkte eindeutig.',
  'verdicts-receiving.serial.receivedBefore':
    'Seriennummer {serial} von {sku} wurde schon früher vereinnahmt (jetzt {status, select, available {verfügbar} assigned {vergeben} in_stock {auf Lager} shipped {versendet} quarantined {in Quarantäne} in_transit {unterwegs} deleted {gelöscht} other {{status}}}).',
  'verdicts-receiving.serial.receivedBeforeOn':
    'Seriennummer {serial} von {sku} wurde schon früher auf {po} vereinnahmt (jetzt {status, select, available {verfügbar} assigned {vergeben} in_stock {auf Lager} shipped {versendet} quarantined {in Quarantäne} in_transit {unterwegs} deleted {gelöscht} other {{status}}}).',
  'verdicts-receiving.serial.already':
    'Seriennummer {serial} von {sku} ist bereits {status, select, available {verfügbar} assigned {vergeben} in_stock {auf Lager} shipped {versendet} quarantined {in Quarantäne} in_transit {unterwegs} deleted {gelöscht} other {{status}}}.',
  'verdicts-receiving.serial.alreadyOn':
    'Seriennummer {serial} von {sku} ist bereits {status, select, available {verfügbar} assigned {vergeben} in_stock {auf Lager} shipped {versendet} quarantined {in Quarantäne} in_transit {unterwegs} deleted {gelöscht} other {{status}}} (auf {po}).',
  'verdicts-receiving.serial.notExpected': 'Seriennummer {serial} gehört nicht zu den {expected, number} erwarteten Seriennummern für {sku} auf {po}.',

  'verdicts-receiving.later.allHaveSerials': 'Jede vereinnahmte Einheit von {sku} auf {po} hat bereits eine Seriennummer.',
  'verdicts-receiving.later.shippedBefore': 'Seriennummer {serial} von {sku} wurde schon einmal versendet: Nehmen Sie sie als Retoure an, nicht als Einheit von {po}.',
  'verdicts-receiving.later.given':
    'Seriennummer {serial} einer vereinnahmten Einheit von {sku} zugeordnet; {left, plural, =0 {jede vereinnahmte Einheit von {sku} hat jetzt eine Seriennummer} one {noch # Einheit ohne Seriennummer} other {noch # Einheiten ohne Seriennummer}}.',

  'verdicts-receiving.corrected': 'Seriennummer {serial} von {sku} auf {newSerial} korrigiert.',
  'verdicts-receiving.close.serialsPending':
    '{left, plural, one {# Einheit von {sku}, die auf Seriennummern wartete, wurde nicht vereinnahmt.} other {# Einheiten von {sku}, die auf Seriennummern warteten, wurden nicht vereinnahmt.}}',
  'verdicts-receiving.close.measurePending':
    '{qty, plural, one {# × {sku}, das auf das Wiegen wartete, wurde nicht vereinnahmt.} other {# × {sku}, die auf das Wiegen warteten, wurden nicht vereinnahmt.}}',
  'verdicts-receiving.close.expectedSerials':
    '{sku}: {serials, number} von {expected, number} erwarteten Seriennummern vereinnahmt; die bestätigte Menge ist {received, number}.',
};
