import type { Translation } from '../types';
import type { verdictsShipping as en } from '../en/verdicts-shipping';

export const verdictsShipping: Translation<typeof en> = {
  'verdicts-shipping.gate.shipped': 'Zamówienie {order} zostało już wysłane; nie można do niego nic więcej spakować.',
  'verdicts-shipping.gate.cancelled': 'Zamówienie {order} jest anulowane; nie można go pakować.',
  'verdicts-shipping.gate.notPicked': 'Zamówienie {order} nie jest oznaczone jako skompletowane; to stanowisko pakuje tylko skompletowane zamówienia.',
  'verdicts-shipping.gate.notConfirmed': 'Zamówienie {order} nie jest potwierdzone; to stanowisko pakuje tylko potwierdzone zamówienia.',

  'verdicts-shipping.approval.replacement':
    '{sku} może zastąpić {replaces} w zamówieniu {order}: {need, select, pinAndReason {potrzebny jest PIN kierownika i powód} reason {podaj powód} other {potrzebny jest PIN kierownika}}.',
  'verdicts-shipping.approval.serial':
    'Wyjątek dla numeru seryjnego {serial}: {need, select, pinAndReason {potrzebny jest PIN kierownika i powód} reason {podaj powód} other {potrzebny jest PIN kierownika}}.',
  'verdicts-shipping.approval.weight':
    'Waga {grams, number} g zamówienia {order}: {need, select, pinAndReason {potrzebny jest PIN kierownika i powód} reason {podaj powód} other {potrzebny jest PIN kierownika}}.',

  'verdicts-shipping.replacement.done':
    '{ordered} zastąpiono przez {replacement} {where, select, kit {w zestawie {kit} w pozycji {line}} other {w pozycji {line}}}{approved, select, yes { (zatwierdził(a) {approver})} other {}}.',

  'verdicts-shipping.item.allScanned': '{sku}: zeskanowano już wszystkie ({required}); kolejna sztuka przekroczyłaby zamówioną ilość.',
  'verdicts-shipping.item.multipleQtyOff': 'Skanowanie {qty} szt. naraz jest na tym stanowisku wyłączone: skanuj każdą sztukę {sku} osobno.',
  'verdicts-shipping.item.moreThanOrdered': '{sku}: zeskanowano {scanned} z {required}; kolejne {qty} szt. przekroczyłyby zamówioną ilość.',
  'verdicts-shipping.item.scanSerials':
    '{sku} × {qty}: zeskanuj {qty, plural, one {jej numer seryjny} few {# numery seryjne} many {# numerów seryjnych} other {# numeru seryjnego}}.',
  'verdicts-shipping.item.packed':
    'Spakowano {qty} × {sku} ({scanned} z {required}).{complete, select, confirmed { Wszystkie pozycje są zeskanowane; zamówienie jest potwierdzone.} yes { Wszystkie pozycje są zeskanowane.} other {}}',
  'verdicts-shipping.kit.allScanned': '{sku}: zeskanowano już wszystkie zestawy ({qty}).',
  'verdicts-shipping.kit.whole':
    '{sku}: cały zestaw {next} z {qty}{hasPacked, select, yes { — spakowano {packed}} other {}}.{complete, select, confirmed { Wszystkie pozycje są zeskanowane; zamówienie jest potwierdzone.} yes { Wszystkie pozycje są zeskanowane.} other {}}',
  'verdicts-shipping.kit.wholeScanSerial':
    '{sku}: cały zestaw {next} z {qty}{hasPacked, select, yes { — spakowano {packed}} other {}}; zeskanuj numer seryjny {serialSku}.',
  'verdicts-shipping.kit.parentComplete':
    '{sku}: zestaw {kit} z {qty} kompletny.{complete, select, confirmed { Wszystkie pozycje są zeskanowane; zamówienie jest potwierdzone.} yes { Wszystkie pozycje są zeskanowane.} other {}}',
  'verdicts-shipping.kit.componentsFirst': 'Najpierw zeskanuj komponenty {sku} (pozostało: {rest}), potem zestaw.',
  'verdicts-shipping.kit.throughComponents': '{sku} skanuje się przez jego komponenty; pozostało do zeskanowania: {rest}.',

  'verdicts-shipping.serial.orderNumber': '{serial} to numer tego zamówienia, a nie numer seryjny: zeskanuj numer seryjny {sku}.',
  'verdicts-shipping.serial.productCode': '{serial} to kod produktu ({productSku}), a nie numer seryjny: zeskanuj numer seryjny {sku}.',
  'verdicts-shipping.serial.wrongProduct': 'Numer seryjny {serial} należy do {owners}, a nie do {sku}.',
  'verdicts-shipping.serial.duplicate': 'Numer seryjny {serial} jest już zeskanowany w zamówieniu {order}.',
  'verdicts-shipping.serial.shipped': 'Numer seryjny {serial} produktu {sku} został już wysłany.',
  'verdicts-shipping.serial.heldElsewhere': 'Numer seryjny {serial} produktu {sku} jest już spakowany w otwartym zamówieniu {other}.',
  'verdicts-shipping.serial.notInStock':
    'Numer seryjny {serial} produktu {sku} {status, select, available {jest w puli numerów seryjnych i nigdy nie został przyjęty} assigned {jest przydzielony w puli numerów seryjnych i nigdy nie został przyjęty} quarantined {jest w kwarantannie} in_transit {jest w drodze} other {ma status {status}}}: nie ma go na stanie.{overrideOff, select, yes { Wyjątki od walidacji numerów seryjnych są na tym stanowisku wyłączone.} other {}}',
  'verdicts-shipping.serial.neverReceived':
    'Numer seryjny {serial} produktu {sku} nigdy nie został przyjęty: nie ma go na stanie.{overrideOff, select, yes { Wyjątki od walidacji numerów seryjnych są na tym stanowisku wyłączone.} other {}}',
  'verdicts-shipping.serial.overrideOff': 'Wyjątki od walidacji numerów seryjnych są na tym stanowisku wyłączone.',
  'verdicts-shipping.serial.packed':
    'Spakowano {sku} z numerem seryjnym {serial} ({index} z {total}).{override, select, approvedBy { Wyjątek ({rules}) zatwierdził(a) {approver}: {reason}.} yes { Wyjątek ({rules}): {reason}.} other {}}{complete, select, confirmed { Wszystkie pozycje są zeskanowane; zamówienie jest potwierdzone.} yes { Wszystkie pozycje są zeskanowane.} other {}}',

  'verdicts-shipping.order.notFound': 'Brak zamówienia {order}.',
  'verdicts-shipping.open.toScan': 'Pakowanie {order}: do zeskanowania {left} z {required} szt.',
  'verdicts-shipping.open.allScanned':
    'Pakowanie {opened}: {required, plural, one {zeskanowano # szt.} few {zeskanowano wszystkie # szt.} many {zeskanowano wszystkie # szt.} other {zeskanowano wszystkie # szt.}} {step, select, shipped {Zamówienie {order} jest wysłane. Zeskanuj lub wpisz numer następnego zamówienia.} serial {Zeskanuj numer seryjny {sku} ({index} z {total}).} partial {Wysyłka spakowanej części {order}: zważ {multi, select, yes {paczkę {no} z {count}} other {paczkę}}, podaj jej wymiary i numer przesyłki.} confirm {Wszystkie pozycje zamówienia {order} są zeskanowane: zaznacz pole i potwierdź zamówienie.} package {Zważ {multi, select, yes {paczkę {no} z {count}} other {paczkę}} zamówienia {order}, podaj jej wymiary i numer przesyłki, potem {last, select, no {zapisz ją} other {wyślij}}.} other {Zeskanuj pozycje zamówienia {order} (SKU, UPC, GTIN, alias lub kod GS1).}}',
  'verdicts-shipping.prompt.shipped': 'Zamówienie {order} jest wysłane. Zeskanuj lub wpisz numer następnego zamówienia.',
  'verdicts-shipping.prompt.serial': 'Zeskanuj numer seryjny {sku} ({index} z {total}).',
  'verdicts-shipping.prompt.partial':
    'Wysyłka spakowanej części {order}: zważ {multi, select, yes {paczkę {no} z {count}} other {paczkę}}, podaj jej wymiary i numer przesyłki.',
  'verdicts-shipping.prompt.confirm': 'Wszystkie pozycje zamówienia {order} są zeskanowane: zaznacz pole i potwierdź zamówienie.',
  'verdicts-shipping.prompt.package':
    'Zważ {multi, select, yes {paczkę {no} z {count}} other {paczkę}} zamówienia {order}, podaj jej wymiary i numer przesyłki, potem {last, select, no {zapisz ją} other {wyślij}}.',
  'verdicts-shipping.prompt.items': 'Zeskanuj pozycje zamówienia {order} (SKU, UPC, GTIN, alias lub kod GS1).',

  'verdicts-shipping.scan.qtyBarcodesOff': 'Kody ilości są na tym stanowisku wyłączone: skanuj każdą sztukę osobno.',
  'verdicts-shipping.scan.qtyAtLeastOne': 'Ilość musi wynosić co najmniej 1.',
  'verdicts-shipping.scan.qtyNext': 'Ilość {qty} dla następnej pozycji.',
  'verdicts-shipping.scan.serialFirst': 'Najpierw zeskanuj numer seryjny {sku} albo anuluj oczekujące sztuki.',
  'verdicts-shipping.scan.packageStarted': 'Rozpoczęto paczkę {no}: skanowane teraz pozycje trafią do niej.',
  'verdicts-shipping.scan.packageEmpty': 'Paczka {no} jest jeszcze pusta: najpierw zeskanuj do niej pozycje.',
  'verdicts-shipping.scan.orderOpen': 'Zamówienie {order} jest już otwarte: skanuj jego pozycje.',
  'verdicts-shipping.scan.notOnOrder':
    '{sku} ({name}) nie należy do zamówienia {order}: zamówienie oczekuje {expects, select, nothing {niczego więcej} other {{list}}}.',
  'verdicts-shipping.scan.unknownCode':
    '{code} nie jest znanym kodem produktu (SKU, UPC, GTIN ani alias): zamówienie oczekuje {expects, select, nothing {niczego więcej} other {{list}}}.',
  'verdicts-shipping.scan.otherBarcode':
    'Ten kod kreskowy to {known, select, yes {{scanned}} other {inny produkt}}: zeskanuj numer seryjny {sku} albo anuluj oczekujące sztuki.',
  'verdicts-shipping.scan.noSerialInBarcode': 'Ten kod kreskowy {sku} nie zawiera numeru seryjnego (AI 21).',
  'verdicts-shipping.scan.unknownSku': '{sku} nie jest znanym SKU.',
  'verdicts-shipping.scan.oneSerialAtATime': '{sku} pakuje się po jednym numerze seryjnym: wysyłaj qty 1 z każdym numerem seryjnym.',

  'verdicts-shipping.tracking.notTracking': '{code} nie jest numerem przesyłki.',
  'verdicts-shipping.tracking.newPackageCode': '{code} rozpoczyna nową paczkę podczas skanowania pozycji; tutaj zeskanuj numer przesyłki.',
  'verdicts-shipping.tracking.productCode': '{code} to kod produktu, a nie numer przesyłki.',
  'verdicts-shipping.tracking.orderNumber': '{code} to numer zamówienia, a nie numer przesyłki.',
  'verdicts-shipping.tracking.scanned': 'Zeskanowano numer przesyłki {code}.',

  'verdicts-shipping.partial.off': 'Wysyłka części zamówienia jest na tym stanowisku wyłączona (shipping.allowPartial).',
  'verdicts-shipping.partial.nothingPacked': 'W zamówieniu {order} nic jeszcze nie spakowano.',
  'verdicts-shipping.confirm.stillToScan': 'W zamówieniu {order} pozostało do zeskanowania: {rest}.',

  'verdicts-shipping.weigh.scaleConnected': 'Podłączona jest waga: połóż na niej paczkę (wpisywanie wagi jest na tym stanowisku wyłączone).',
  'verdicts-shipping.weigh.scanTracking': 'Zeskanuj numer przesyłki: wpisywanie go jest na tym stanowisku wyłączone.',
  'verdicts-shipping.measure.notAtStep': 'Zamówienie {order} nie jest na etapie paczki: {prompt}',
  'verdicts-shipping.measure.lastPackage': 'Paczka {no} jest ostatnią paczką zamówienia {order}: wyślij zamówienie.',
  'verdicts-shipping.measure.weighFirst': 'Najpierw zważ paczkę {no}.',
  'verdicts-shipping.measure.done':
    'Paczka {no} z {count}: {grams, number} g{tracked, select, yes {, numer przesyłki {tracking}} other {}}. Zważ paczkę {next}.{note, select, approvedBy { Wagę zatwierdził(a) {approver}: {reason}.} approved { Waga zatwierdzona: {reason}.} unchecked { Nie sprawdzono oczekiwanej wagi: brak wagi katalogowej dla {missing}.} other {}}',
  'verdicts-shipping.ship.notYet': 'Zamówienia {order} nie można jeszcze wysłać; pozostało do zeskanowania: {rest}.',
  'verdicts-shipping.ship.nothingPacked': 'W zamówieniu {order} nic nie spakowano.',
  'verdicts-shipping.ship.weighFirst': 'Najpierw zważ paczkę {no} zamówienia {order}.',
  'verdicts-shipping.ship.changed': 'Zamówienie {order} zmieniło się podczas tworzenia etykiet: wyślij je ponownie.',
  'verdicts-shipping.ship.done':
    'Wysłano {order}: wysyłka {shipment}, {multi, select, yes {{packages, plural, one {# paczka} few {# paczki} many {# paczek} other {# paczki}}, } other {}}{units} szt.{weighed, select, yes {, {grams, number} g} other {}}{tracked, select, yes {, numer przesyłki {tracking}} other {}}.{note, select, approvedBy { Wagę zatwierdził(a) {approver}: {reason}.} approved { Waga zatwierdzona: {reason}.} unchecked { Nie sprawdzono oczekiwanej wagi: brak wagi katalogowej dla {missing}.} other {}}{rest, select, open { Reszta zamówienia {order} pozostaje otwarta.} other {}}',
  'verdicts-shipping.ship.labelServiceFailed': '{problem} Zamówienie {order} pozostaje spakowane: kliknij Ponów, aby zapytać ponownie.',
  'verdicts-shipping.ship.labelsShort':
    '{labels, plural, one {# etykieta} few {# etykiety} many {# etykiet} other {# etykiety}} dla {packages, plural, one {# paczki} few {# paczek} many {# paczek} other {# paczki}}. Zamówienie {order} pozostaje spakowane.',
  'verdicts-shipping.plan.beyond':
    'Zamówienie {order} jest spakowane do paczki {no}, ale żądanie wymienia {count, plural, one {# paczkę} few {# paczki} many {# paczek} other {# paczki}}: podaj jej numery seryjne lub pozycje w jednej z paczek.',
  'verdicts-shipping.plan.empty': 'Paczka {no} byłaby pusta: podaj numery seryjne lub pozycje, które do niej trafiają.',
  'verdicts-shipping.plan.badWeight': 'Paczka {no}: {problem}',
  'verdicts-shipping.missing.dimensions':
    'Podaj wymiary {multi, select, yes {paczki {no} zamówienia {order}} other {zamówienia {order}}}: to stanowisko nie wysyła paczek bez wymiarów.',
  'verdicts-shipping.missing.tracking':
    'Zeskanuj lub wpisz numer przesyłki {multi, select, yes {paczki {no} zamówienia {order}} other {zamówienia {order}}}: to stanowisko nie wysyła paczek bez numeru przesyłki.',

  'verdicts-shipping.print.noShipment': 'Brak wysyłki {shipment}.',
  'verdicts-shipping.print.nothing': 'Nie ma nic do wydrukowania.',
  'verdicts-shipping.print.part':
    '{what, select, slip {Lista pakowania} other {Etykieta paczki {no}}} {how, select, sent {wysłana do {host}:{port}} saved {zapisana jako {path}} desktopOnly {zapisana jako {path} (okno drukowania jest tylko w aplikacji desktopowej)} dialog {zapisana jako {path} i otwarta w oknie drukowania} failed {niewydrukowana: {error}} other {{words}}}',
  'verdicts-shipping.print.one':
    '{what, select, slip {Lista pakowania} other {Etykieta paczki {no}}} {how, select, sent {wysłana do {host}:{port}} saved {zapisana jako {path}} desktopOnly {zapisana jako {path} (okno drukowania jest tylko w aplikacji desktopowej)} dialog {zapisana jako {path} i otwarta w oknie drukowania} failed {niewydrukowana: {error}} other {{words}}}.',
  'verdicts-shipping.print.noLabels': 'Wysyłka {shipment} zamówienia {order} nie ma etykiet.',
  'verdicts-shipping.print.noShipmentToPrint': 'Zamówienie {order} nie ma {named, select, yes {wysyłki {shipment}} other {wysyłki}} do wydrukowania.',

  'verdicts-shipping.weight.noReading': 'Waga nie wysłała jeszcze żadnego odczytu.',
  'verdicts-shipping.weight.motion': 'Waga jest w ruchu ({weight, number, ::.######} {unit}): poczekaj na stabilny odczyt.',
  'verdicts-shipping.weight.over': 'Waga jest przeciążona: paczka jest dla niej za ciężka.',
  'verdicts-shipping.weight.under': 'Waga pokazuje poniżej zera: opróżnij ją i wyzeruj.',
  'verdicts-shipping.weight.error': 'Waga zgłasza błąd: sprawdź ją albo wpisz wagę, jeśli jest to dozwolone.',
  'verdicts-shipping.weight.negative': 'Waga pokazuje ujemną wartość ({weight, number, ::.######} {unit}): opróżnij ją i wyzeruj.',
  'verdicts-shipping.weight.zero': 'Waga pokazuje zero: połóż paczkę na wadze.',
  'verdicts-shipping.weight.tooHeavy': '{weight, number, ::.######} {unit} to więcej, niż może tu ważyć paczka.',
  'verdicts-shipping.weight.typedAboveZero': 'Wpisz wagę większą od zera.',
  'verdicts-shipping.weight.disconnected': 'Waga nie jest podłączona: brak wagi do wysyłki.',
  'verdicts-shipping.weight.errorSince': 'Waga zgłosiła błąd od ostatniego ważenia: brak odczytu.',
  'verdicts-shipping.weight.errorSinceWhy': 'Waga zgłosiła błąd od ostatniego ważenia: brak odczytu. ({error})',
  'verdicts-shipping.weight.stale': 'Brak odczytu z wagi: przestała odpowiadać.',
  'verdicts-shipping.weight.beforeStep': 'Ta waga została odczytana przed rozpoczęciem tego ważenia: połóż paczkę na wadze ponownie.',
  'verdicts-shipping.weight.previousPackage':
    'Waga nadal pokazuje wagę poprzedniej paczki ({grams, number} g) i nie wróciła do zera: zdejmij tamtą paczkę albo połóż tę.',

  'verdicts-shipping.expected.skipped': 'Nie sprawdzono oczekiwanej wagi: brak wagi katalogowej dla {missing}.',
  'verdicts-shipping.expected.range': 'Oczekiwana waga: {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g).',
  'verdicts-shipping.expected.outOfRange':
    'Paczka waży {weighed, number} g; jej pozycje i opakowanie powinny ważyć {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g){off, select, heavier {: o {percent, number} % więcej} lighter {: o {percent, number} % mniej} other {}}. Sprawdź karton albo poproś kierownika o zatwierdzenie wagi.',
};
