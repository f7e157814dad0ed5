import type { Translation } from '../types';
import type { verdictsCommon as en } from '../en/verdicts-common';

export const verdictsCommon: Translation<typeof en> = {
  'verdicts-common.scan.empty': 'Skan jest pusty.',
  'verdicts-common.scan.noData': 'Skan ma identyfikator symboliki {symbology}, ale nie zawiera danych.',
  'verdicts-common.scan.tooLong': 'Długość skanu: {length, number} znaków; dopuszczalne maksimum to {max, number}.',
  'verdicts-common.scan.controlCharacter': 'Znak sterujący {char} jest tu niedozwolony (pozycja {position}).',
  'verdicts-common.scan.unreadable': 'Nieczytelny kod kreskowy: {detail}',
  'verdicts-common.scan.couldNotRead': 'Nie udało się odczytać skanu.',
  'verdicts-common.unknownProduct': '{code} nie jest znanym kodem produktu (SKU, UPC, GTIN lub alias).',
  'verdicts-common.storageUnavailable': 'Baza danych niedostępna — nic nie zostało zapisane',

  'verdicts-common.quantity.atLeastOne': 'Ilość musi wynosić co najmniej 1.',
  'verdicts-common.quantity.notWhole': 'Ilość {qty, number} nie jest całkowitą liczbą sztuk.',

  'verdicts-common.serial.empty': 'Numer seryjny jest pusty.',
  'verdicts-common.serial.tooLong': 'Długość numeru seryjnego: {length}; dozwolone maksimum to {max}.',
  'verdicts-common.serial.spacesOrControl': 'Numer seryjny zawiera spacje lub znaki sterujące.',
  'verdicts-common.serial.loneSurrogate': 'Numer seryjny musi być poprawnym tekstem Unicode (zawiera pojedynczy surogat).',
  'verdicts-common.serial.controlCharacters': 'Numer seryjny nie może zawierać znaków sterujących.',
  'verdicts-common.serial.bidiControls': 'Numer seryjny nie może zawierać znaków sterujących kierunkiem tekstu.',
  'verdicts-common.serial.zeroWidth': 'Numer seryjny nie może zawierać znaków o zerowej szerokości.',
  'verdicts-common.serial.textProblem': 'Numer seryjny jest nieprawidłowy ({detail}).',
  'verdicts-common.serial.exactLength': 'Numer seryjny ma długość {length}; ten produkt wymaga dokładnie {exact}.',
  'verdicts-common.serial.minLength': 'Numer seryjny ma długość {length}; ten produkt wymaga co najmniej {min}.',
  'verdicts-common.serial.maxLength': 'Numer seryjny ma długość {length}; ten produkt dopuszcza najwyżej {max}.',
  'verdicts-common.serial.patternUnusable': 'Wzorca numeru seryjnego {pattern} tego produktu nie można użyć ({detail}); popraw produkt.',
  'verdicts-common.serial.patternMismatch': 'Numer seryjny nie pasuje do wzorca {pattern} tego produktu.',
  'verdicts-common.serial.looksLikeUpc':
    '{value} to kod produktu (SKU, UPC, GTIN lub alias) z tego zamówienia zakupu, a nie numer seryjny: zeskanuj etykietę z numerem seryjnym.',
  'verdicts-common.serial.looksLikeDocument': '{value} to numer, faktura lub numer przesyłki tego zamówienia zakupu, a nie numer seryjny.',

  'verdicts-common.pin.wrong':
    'Błędny PIN kierownika: {left, plural, one {została # próba} few {zostały # próby} many {zostało # prób} other {zostało # próby}}.',
  'verdicts-common.pin.nowLocked': 'Błędny PIN kierownika. Limit błędnych PIN-ów ({max}) wyczerpany: zatwierdzenia są zablokowane na minutę.',
  'verdicts-common.pin.locked': 'Zatwierdzanie przez kierownika jest zablokowane po błędnych PIN-ach (limit: {max}); spróbuj ponownie o {until, time}.',
  // Sentences joined into one reply (a replacement and the scan it led to, a shipment and its printing).
  'verdicts-common.joined': '{first} {second}',
  'verdicts-common.listed': '{first}; {second}',
  'verdicts-common.sentence': '{text}.',
};
