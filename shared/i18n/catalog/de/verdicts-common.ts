import type { Translation } from '../types';
import type { verdictsCommon as en } from '../en/verdicts-common';

export const verdictsCommon: Translation<typeof en> = {
  'verdicts-common.scan.empty': 'Der Scan ist leer.',
  'verdicts-common.scan.noData': 'Der Scan hat die Symbologie-Kennung {symbology}, aber keine Daten.',
  'verdicts-common.scan.tooLong': 'Der Scan ist {length, number} Zeichen lang; höchstens {max, number} sind zulässig.',
  'verdicts-common.scan.controlCharacter': 'Das Steuerzeichen {char} ist hier nicht zulässig (an Position {position}).',
  'verdicts-common.scan.unreadable': 'Barcode nicht lesbar: {detail}',
  'verdicts-common.scan.couldNotRead': 'Der Scan konnte nicht gelesen werden.',
  'verdicts-common.unknownProduct': '{code} ist kein bekannter Produktcode (SKU, UPC, GTIN oder Alias).',
  'verdicts-common.storageUnavailable': 'Datenbank nicht erreichbar – nichts wurde gespeichert',

  'verdicts-common.quantity.atLeastOne': 'Die Menge muss mindestens 1 sein.',
  'verdicts-common.quantity.notWhole': 'Die Menge {qty, number} ist keine ganze Stückzahl.',

  'verdicts-common.serial.empty': 'Die Seriennummer ist leer.',
  'verdicts-common.serial.tooLong': 'Die Seriennummer ist {length} Zeichen lang; höchstens {max} sind zulässig.',
  'verdicts-common.serial.spacesOrControl': 'Die Seriennummer enthält Leer- oder Steuerzeichen.',
  'verdicts-common.serial.loneSurrogate': 'Die Seriennummer muss gültiges Unicode sein (sie enthält ein einzelnes Ersatzzeichen).',
  'verdicts-common.serial.controlCharacters': 'Die Seriennummer darf keine Steuerzeichen enthalten.',
  'verdicts-common.serial.bidiControls': 'Die Seriennummer darf keine Steuerzeichen für die Schreibrichtung enthalten.',
  'verdicts-common.serial.zeroWidth': 'Die Seriennummer darf keine unsichtbaren Zeichen (Breite null) enthalten.',
  'verdicts-common.serial.textProblem': 'Die Seriennummer ist ungültig ({detail}).',
  'verdicts-common.serial.exactLength': 'Die Seriennummer hat {length} Zeichen; dieses Produkt braucht genau {exact}.',
  'verdicts-common.serial.minLength': 'Die Seriennummer hat {length} Zeichen; dieses Produkt braucht mindestens {min}.',
  'verdicts-common.serial.maxLength': 'Die Seriennummer hat {length} Zeichen; dieses Produkt erlaubt höchstens {max}.',
  'verdicts-common.serial.patternUnusable': 'Das Seriennummernmuster {pattern} dieses Produkts ist unbrauchbar ({detail}); korrigieren Sie das Produkt.',
  'verdicts-common.serial.patternMismatch': 'Die Seriennummer passt nicht zum Muster {pattern} dieses Produkts.',
  'verdicts-common.serial.looksLikeUpc':
    '{value} ist ein Produktcode (SKU, UPC, GTIN oder Alias) dieser Bestellung, keine Seriennummer: Scannen Sie das Seriennummernetikett.',
  'verdicts-common.serial.looksLikeDocument': '{value} ist die Nummer, Rechnungs- oder Sendungsnummer dieser Bestellung, keine Seriennummer.',

  'verdicts-common.pin.wrong': 'Falsche Vorgesetzten-PIN: noch {left, plural, one {# Versuch} other {# Versuche}}.',
  'verdicts-common.pin.nowLocked': 'Falsche Vorgesetzten-PIN. {max} falsche PINs: Freigaben sind für eine Minute gesperrt.',
  'verdicts-common.pin.locked': 'Freigaben sind nach {max} falschen PINs gesperrt; versuchen Sie es um {until, time} erneut.',
  // Sentences joined into one reply (a replacement and the scan it led to, a shipment and its printing).
  'verdicts-common.joined': '{first} {second}',
  'verdicts-common.listed': '{first}; {second}',
  'verdicts-common.sentence': '{text}.',
};
