import type { Translation } from '../types';
import type { verdictsReceiving as en } from '../en/verdicts-receiving';

export const verdictsReceiving: Translation<typeof en> = {
  'verdicts-receiving.prompt.bin': 'Zeskanuj lub wpisz lokalizację dla {po}.',
  'verdicts-receiving.prompt.weigh': 'Zważ jedną sztukę {sku}: połóż ją na wadze albo wpisz jej wagę i wymiary.',
  'verdicts-receiving.prompt.serial': 'Zeskanuj numer seryjny {sku} ({index} z {total}).',
  'verdicts-receiving.prompt.extra': 'Zeskanuj następny produkt — albo kolejny numer seryjny {sku}, aby przyjąć jeszcze jedną sztukę.',
  'verdicts-receiving.prompt.product': 'Zeskanuj produkt (SKU, UPC, GTIN, alias lub kod kreskowy GS1).',

  'verdicts-receiving.poClosed': '{po} jest {status, select, closed {zamknięte} cancelled {anulowane} other {{status}}}; nie można już na nie nic przyjąć.',
  'verdicts-receiving.bin.unknown': '{code} nie jest lokalizacją magazynu {warehouse}.',
  'verdicts-receiving.bin.emptyCode': 'Pusty kod nie jest lokalizacją magazynu {warehouse}.',
  'verdicts-receiving.bin.required': 'Przed przyjęciem wymagana jest lokalizacja.',
  'verdicts-receiving.bin.set': 'Lokalizacja {bin}: tam trafiają przyjęte sztuki.',
  'verdicts-receiving.quantityForNext': 'Ilość {qty, number} dla następnego produktu.',
  'verdicts-receiving.weighFirst': 'Najpierw zważ {sku}: połóż jedną sztukę na wadze lub wpisz jej wagę, potem kontynuuj.',
  'verdicts-receiving.noLongerOnPo': '{sku} nie ma już w {po}.',
  'verdicts-receiving.poAlreadyOpen': '{po} jest już otwarte: skanuj jego produkty.',
  'verdicts-receiving.notOnPo': '{sku} nie ma w {po}.',
  'verdicts-receiving.notOnPoNamed': '{sku} ({name}) nie ma w {po}.',
  'verdicts-receiving.serialAsProduct.received':
    '{code} to numer seryjny {sku} już przyjęty w pozycji {lineNo} zamówienia {po}, a nie kod produktu: najpierw zeskanuj produkt.',
  'verdicts-receiving.serialAsProduct.expected':
    '{code} to numer seryjny {sku} oczekiwany w pozycji {lineNo} zamówienia {po}, a nie kod produktu: najpierw zeskanuj produkt, potem ten numer seryjny.',
  'verdicts-receiving.oneSerialAtATime': '{sku} przyjmuje się po jednym numerze seryjnym: wysyłaj ilość 1 z każdym numerem seryjnym.',
  'verdicts-receiving.overQuantity': '{sku}: przyjęto {received, number} z {ordered, number}; jeszcze {qty, number} to więcej, niż zamówiono.',
  'verdicts-receiving.allOrderedReceived': '{sku}: przyjęto wszystkie zamówione sztuki ({ordered, number}); kolejna byłaby ponad zamówienie.',
  'verdicts-receiving.weighUnit': '{sku}: najpierw zważ jedną sztukę i wpisz jej wymiary.',
  'verdicts-receiving.scanSerials':
    '{sku} × {qty, number}: zeskanuj {qty, plural, one {numer seryjny} few {# numery seryjne} many {# numerów seryjnych} other {# numeru seryjnego}}.',
  'verdicts-receiving.received': 'Przyjęto {qty, number} × {sku} ({received, number} z {ordered, number}).',
  'verdicts-receiving.otherProduct': 'Ten kod kreskowy należy do innego produktu; zeskanuj numer seryjny {sku} albo anuluj oczekujące sztuki.',
  'verdicts-receiving.noSerialInBarcode': 'Ten kod kreskowy nie zawiera numeru seryjnego (AI 21).',
  'verdicts-receiving.noSerialInBarcodeOf': 'Ten kod kreskowy {sku} nie zawiera numeru seryjnego (AI 21).',
  'verdicts-receiving.receivedSerial': 'Przyjęto {sku} z numerem seryjnym {serial}.',
  'verdicts-receiving.receivedSerialBack': 'Przyjęto {sku} z numerem seryjnym {serial} (sztuka wysłana wcześniej, z powrotem na stanie).',
  'verdicts-receiving.receivedSerialOf': 'Przyjęto {sku} z numerem seryjnym {serial} ({done} z {total}).',
  'verdicts-receiving.receivedSerialOfBack': 'Przyjęto {sku} z numerem seryjnym {serial} ({done} z {total}, sztuka wysłana wcześniej, z powrotem na stanie).',

  'verdicts-receiving.measured.scanSerials':
    '{sku} waży {grams, number} g. {sku} × {qty, number}: zeskanuj {qty, plural, one {numer seryjny} few {# numery seryjne} many {# numerów seryjnych} other {# numeru seryjnego}}.',
  'verdicts-receiving.measured.received': '{sku} waży {grams, number} g. Przyjęto {qty, number} × {sku} ({received, number} z {ordered, number}).',

  'verdicts-receiving.serial.duplicateOnPo': 'Numer seryjny {serial} został już zeskanowany w {po}.',
  'verdicts-receiving.serial.otherProduct': 'Numer seryjny {serial} należy już do {sku}; na tym stanowisku numery seryjne są unikalne dla wszystkich produktów.',
  'verdicts-receiving.serial.receivedBefore':
    'Numer seryjny {serial} produktu {sku} został już wcześniej przyjęty (obecnie: {status, select, available {dostępny} assigned {przydzielony} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}).',
  'verdicts-receiving.serial.receivedBeforeOn':
    'Numer seryjny {serial} produktu {sku} został już wcześniej przyjęty w {po} (obecnie: {status, select, available {dostępny} assigned {przydzielony} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}).',
  'verdicts-receiving.serial.already':
    'Numer seryjny {serial} produktu {sku} ma już status: {status, select, available {dostępny} assigned {przydzielony} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}.',
  'verdicts-receiving.serial.alreadyOn':
    'Numer seryjny {serial} produktu {sku} ma już status: {status, select, available {dostępny} assigned {przydzielony} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}} (w {po}).',
  'verdicts-receiving.serial.notExpected': 'Numer seryjny {serial} nie należy do oczekiwanych numerów seryjnych {sku} w {po} (oczekiwanych: {expected, number}).',

  'verdicts-receiving.later.allHaveSerials': 'Każda przyjęta sztuka {sku} w {po} ma już numer seryjny.',
  'verdicts-receiving.later.shippedBefore': 'Numer seryjny {serial} produktu {sku} był już wysłany: przyjmij go jako zwrot, a nie jako sztukę z {po}.',
  'verdicts-receiving.later.given':
    'Numer seryjny {serial} przypisano przyjętej sztuce {sku}; {left, plural, =0 {każda przyjęta sztuka {sku} ma teraz numer seryjny} one {została # sztuka bez numeru seryjnego} few {zostały # sztuki bez numeru seryjnego} many {zostało # sztuk bez numeru seryjnego} other {zostało # sztuki bez numeru seryjnego}}.',

  'verdicts-receiving.corrected': 'Numer seryjny {serial} produktu {sku} poprawiono na {newSerial}.',
  'verdicts-receiving.close.serialsPending':
    '{left, plural, one {# sztuka {sku} czekająca na numery seryjne nie została przyjęta.} few {# sztuki {sku} czekające na numery seryjne nie zostały przyjęte.} many {# sztuk {sku} czekających na numery seryjne nie zostało przyjętych.} other {# sztuki {sku} czekające na numery seryjne nie zostały przyjęte.}}',
  'verdicts-receiving.close.measurePending':
    '{qty, plural, one {# szt. {sku} czekająca na zważenie nie została przyjęta.} few {# szt. {sku} czekające na zważenie nie zostały przyjęte.} many {# szt. {sku} czekających na zważenie nie zostało przyjętych.} other {# szt. {sku} czekające na zważenie nie zostały przyjęte.}}',
  'verdicts-receiving.close.expectedSerials':
    '{sku}: przyjęte numery seryjne: {serials, number}, oczekiwane: {expected, number}; potwierdzona ilość to {received, number}.',
};
