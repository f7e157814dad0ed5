import type { Translation } from '../types';
import type { verdictsStock as en } from '../en/verdicts-stock';

export const verdictsStock: Translation<typeof en> = {
  'verdicts-stock.unknownSku': '{sku} nie jest znanym SKU.',
  'verdicts-stock.noLongerInCatalog': '{sku} nie ma już w katalogu.',
  'verdicts-stock.serialAtOtherLocation': 'Numer seryjny {serial} produktu {sku} jest w lokalizacji {location}, a nie {expected}.',
  'verdicts-stock.serialNotInStock':
    'Numer seryjny {serial} produktu {sku} jest {status, select, available {dostępny} assigned {przypisany} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}, a nie w lokalizacji {expected}.',

  'verdicts-stock.returns.prompt.closed': '{rma} {status, select, cancelled {anulowano} other {zamknięto}}: zeskanuj inne zamówienie lub RMA, aby rozpocząć nowy zwrot.',
  'verdicts-stock.returns.prompt.serial': 'Zeskanuj numer seryjny zwróconej sztuki {sku}.',
  'verdicts-stock.returns.prompt.item': 'Zeskanuj zwrócony artykuł z zamówienia {order}: jego numer seryjny, kod produktu lub kod kreskowy GS1.',
  'verdicts-stock.returns.rmaClosed': '{rma} zamknięto; rozpocznij nowy zwrot, aby przyjąć więcej sztuk.',
  'verdicts-stock.returns.alreadyOpen': 'Zwrot {rma} (zamówienie {order}) jest już otwarty: zeskanuj zwrócony artykuł.',
  'verdicts-stock.returns.scanSerial': '{sku}: zeskanuj numer seryjny zwróconej sztuki.',
  'verdicts-stock.returns.notProductOrSerial': '{code} nie jest ani kodem produktu, ani numerem seryjnym wysłanym w zamówieniu {order}.',
  'verdicts-stock.returns.notOnOrder': '{sku} nie występuje w zamówieniu {order}.',
  'verdicts-stock.returns.notOnOrderNamed': '{sku} ({name}) nie występuje w zamówieniu {order}.',
  'verdicts-stock.returns.overReturned': 'W zamówieniu {order} wysłano {shipped} × {sku}, a {returned} już wróciło: więcej nie można zwrócić.',
  'verdicts-stock.returns.returnedSerial':
    'Zwrócono {sku} o numerze seryjnym {serial}{isNew, select, yes { (nowy w rejestrze)} other {}}{condition, select, new {, nowy, zapieczętowany} opened {, otwarty, jak nowy} used {, używany, sprawny} damaged {, uszkodzony} defective {, wadliwy} other {}}.',
  'verdicts-stock.returns.returnedUnit': 'Zwrócono 1 × {sku} ({returned} z {shipped} wysłanych).',
  'verdicts-stock.returns.serialBackQuarantined': 'Numer seryjny {serial} produktu {sku} już wrócił (w kwarantannie).',
  'verdicts-stock.returns.serialInStock': 'Numer seryjny {serial} produktu {sku} jest na stanie w lokalizacji {location}: nie jest u klienta.',
  'verdicts-stock.returns.serialNotOut':
    'Numer seryjny {serial} produktu {sku} jest {status, select, available {dostępny} assigned {przypisany} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}: nie jest u klienta.',
  'verdicts-stock.returns.serialNotInLedger': 'Numeru seryjnego {serial} produktu {sku} nie ma w rejestrze: nie został wysłany w zamówieniu {order}.',
  'verdicts-stock.returns.serialNotShippedOnOrder': 'Numer seryjny {serial} produktu {sku} nie został wysłany w zamówieniu {order}.',
  'verdicts-stock.returns.serialShippedElsewhere': 'Numer seryjny {serial} produktu {sku} nie został wysłany w zamówieniu {order} (wysłano go w zamówieniu {other}).',

  'verdicts-stock.transfers.prompt.inTransit': 'Przesunięcie {transfer} jest w drodze do {to}: przyjmij je tam po dotarciu.',
  'verdicts-stock.transfers.prompt.closed': 'Przesunięcie {transfer} jest {status, select, completed {zakończone} cancelled {anulowane} other {{status}}}.',
  'verdicts-stock.transfers.prompt.serial': 'Zeskanuj numer seryjny sztuki {sku} do przesunięcia.',
  'verdicts-stock.transfers.prompt.itemToSku': 'Zeskanuj każdą sztukę w lokalizacji {from}, która staje się {toSku}: jej numer seryjny, kod produktu lub kod kreskowy GS1.',
  'verdicts-stock.transfers.prompt.itemToNewSku': 'Zeskanuj każdą sztukę w lokalizacji {from}, która staje się nowym SKU: jej numer seryjny, kod produktu lub kod kreskowy GS1.',
  'verdicts-stock.transfers.prompt.item': 'Zeskanuj każdą sztukę do przesunięcia z {from} do {to}: jej numer seryjny, kod produktu lub kod kreskowy GS1.',
  'verdicts-stock.transfers.closed':
    'Przesunięcie {transfer} jest {status, select, open {otwarte} in_transit {w drodze} completed {zakończone} cancelled {anulowane} other {{status}}}: nie można dodać więcej sztuk.',
  'verdicts-stock.transfers.wrongBarcode': 'Ten kod kreskowy należy do {barcodeSku}; zeskanuj numer seryjny {sku}.',
  'verdicts-stock.transfers.scanSerial': '{sku}: zeskanuj numer seryjny sztuki.',
  'verdicts-stock.transfers.notProductOrSerial': '{code} nie jest ani kodem produktu, ani numerem seryjnym z rejestru.',
  'verdicts-stock.transfers.serialNotInLedger': 'Numeru seryjnego {serial} produktu {sku} nie ma w rejestrze.',
  'verdicts-stock.transfers.alreadyAtTarget': 'Numer seryjny {serial} produktu {sku} jest już w lokalizacji {location}.',
  'verdicts-stock.transfers.alreadyThatSku': '{serial} jest już produktem {sku}.',
  'verdicts-stock.transfers.duplicateSerial': '{sku} ma już numer seryjny {serial}: nie może mieć drugiego takiego samego.',
  'verdicts-stock.transfers.unitsAlreadyThatSku': 'Te sztuki są już produktem {sku}.',
  'verdicts-stock.transfers.noStockAtSource': 'Brak {sku} na stanie w lokalizacji {location}.',
  'verdicts-stock.transfers.serialBecame': '{sku} o numerze seryjnym {serial} jest teraz {toSku}{retired, select, yes { (jego numer seryjny wycofano; nowa sztuka nie ma numeru)} other {}}.',
  'verdicts-stock.transfers.unitBecame': '1 sztuka {sku} jest teraz {toSku}.',
  'verdicts-stock.transfers.serialOnItsWay': '{sku} o numerze seryjnym {serial} jest w drodze do {to}.',
  'verdicts-stock.transfers.unitOnItsWay': '1 sztuka {sku} jest w drodze do {to}.',
  'verdicts-stock.transfers.serialMoved': 'Przesunięto {sku} o numerze seryjnym {serial} do {to}.',
  'verdicts-stock.transfers.unitMoved': 'Przesunięto 1 sztukę {sku} do {to}.',

  'verdicts-stock.adjust.serialRequired': '{sku} jest śledzony po numerze seryjnym: zeskanuj numer seryjny sztuki.',
  'verdicts-stock.adjust.addedUnits': 'Dodano {qty} × {sku} w lokalizacji {location}.',
  'verdicts-stock.adjust.removedUnits': 'Usunięto {qty} × {sku} z lokalizacji {location}.',
  'verdicts-stock.adjust.serialNotInLedger': 'Numeru seryjnego {serial} nie ma w rejestrze.',
  'verdicts-stock.adjust.removedSerial': 'Usunięto {sku} o numerze seryjnym {serial} ze stanu w lokalizacji {location}.',
  'verdicts-stock.adjust.alreadyInStock': 'Numer seryjny {serial} produktu {sku} jest już na stanie w lokalizacji {location}: użyj przesunięcia, aby go przenieść.',
  'verdicts-stock.adjust.backInStock':
    '{sku} o numerze seryjnym {serial} (wcześniej {status, select, available {dostępny} assigned {przypisany} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}) jest na stanie w lokalizacji {location}.',
  'verdicts-stock.adjust.newSerialNeedsSku': 'Numer seryjny {serial} jest nowy w rejestrze: wybierz jego SKU i zeskanuj go ponownie.',
  'verdicts-stock.adjust.addedSerial': 'Dodano {sku} o numerze seryjnym {serial} do stanu w lokalizacji {location}.',

  'verdicts-stock.counts.prompt.serial': 'Zeskanuj numer seryjny sztuki {sku}.',
  'verdicts-stock.counts.prompt.quantity': 'Zeskanuj produkt, aby policzyć {qty, plural, one {# sztukę} few {# sztuki} many {# sztuk} other {# sztuki}}.',
  'verdicts-stock.counts.prompt.item':
    'Zeskanuj każdą sztukę w lokalizacji {location}: numery seryjne, kody kreskowe GS1 lub kody produktów bez numerów seryjnych (wcześniej zeskanowana ilość liczy tyle sztuk).',
  'verdicts-stock.counts.badQuantity': 'Ilość musi wynosić co najmniej 1.',
  'verdicts-stock.counts.quantity': 'Ilość {qty, number}: zeskanuj produkt, aby policzyć {qty, plural, one {# sztukę} few {# sztuki} many {# sztuk} other {# sztuki}}.',
  'verdicts-stock.counts.serialRequired': '{sku} jest liczony po numerach seryjnych: zeskanuj numer seryjny każdej sztuki.',
  'verdicts-stock.counts.scanSerial': '{sku}: zeskanuj jego numer seryjny.',
  'verdicts-stock.counts.countedMore': 'Policzono jeszcze {added} × {sku}: razem {qty}.',
  'verdicts-stock.counts.counted': 'Policzono {qty} × {sku}.',
  'verdicts-stock.counts.unknownSerial': '{code} nie ma w rejestrze: najpierw zeskanuj jego produkt, aby policzyć go jako nowy numer seryjny.',
  'verdicts-stock.counts.alreadyCounted': 'Numer seryjny {serial} produktu {sku} jest już policzony.',
  'verdicts-stock.counts.countedSerial': 'Policzono {sku} o numerze seryjnym {serial}.',
  'verdicts-stock.counts.countedSerialNew': 'Policzono {sku} o numerze seryjnym {serial} (nowy w rejestrze).',
  'verdicts-stock.counts.countedSerialRecordedAt': 'Policzono {sku} o numerze seryjnym {serial} (zarejestrowany w lokalizacji {location}).',
  'verdicts-stock.counts.countedSerialRecordedAs':
    'Policzono {sku} o numerze seryjnym {serial} (zarejestrowany jako {status, select, available {dostępny} assigned {przypisany} in_stock {na stanie} shipped {wysłany} quarantined {w kwarantannie} in_transit {w drodze} deleted {usunięty} other {{status}}}).',

  'verdicts-stock.history.generated': 'Wygenerowano w puli numerów seryjnych{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.commissioned': 'Zarejestrowano{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.assigned': 'Przypisano{hasReason, select, yes { ({reason})} other {}}',
  'verdicts-stock.history.released': 'Zwolniono z powrotem do puli',
  'verdicts-stock.history.received':
    'Przyjęto{hasDocument, select, yes { na {document}} other {}}{hasVendor, select, yes { od {vendor}} other {}}{hasCost, select, yes { po cenie {cost, number, ::.00 group-off}} other {}}{reReceipt, select, yes { (sztuka wysłana wcześniej, znów na stanie)} other {}}',
  'verdicts-stock.history.shipped': 'Wysłano{hasDocument, select, yes { w zamówieniu {document}} other {}}{hasPrice, select, yes { po cenie {price, number, ::.00 group-off}} other {}}',
  'verdicts-stock.history.returned':
    'Zwrócono{hasDocument, select, yes { na {document}} other {}}{hasOrder, select, yes { (zamówienie {order})} other {}}{hasCondition, select, yes {, stan {condition}} other {}}',
  'verdicts-stock.history.overridden': 'Zaakceptowano za zgodą kierownika{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.restocked': 'Przywrócono na stan {hasTo, select, yes {w lokalizacji {to}} other {w magazynie}}{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.quarantined': 'Przeniesiono do kwarantanny{hasTo, select, yes { w lokalizacji {to}} other {}}{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.foundInCount':
    'Znaleziono {hasTo, select, yes {w lokalizacji {to}} other {w tej lokalizacji}} podczas inwentaryzacji cyklicznej{hasFrom, select, yes { (zarejestrowany w lokalizacji {from})} other {}}',
  'verdicts-stock.history.leftInTransit':
    'Wysłano z {hasFrom, select, yes {{from}} other {lokalizacji źródłowej}} do {hasTo, select, yes {{to}} other {lokalizacji docelowej}}{hasDocument, select, yes { ({document})} other {}} (w drodze)',
  'verdicts-stock.history.arrived': 'Dotarł do {hasTo, select, yes {{to}} other {lokalizacji docelowej}}{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.skuTransferred':
    'Przeniesiono z SKU {fromSku} na SKU {toSku}{hasDocument, select, yes { ({document})} other {}}{movedTo, select, yes { (do {to})} other {}}',
  'verdicts-stock.history.moved': 'Przesunięto{hasFrom, select, yes { z {from}} other {}}{hasTo, select, yes { do {to}} other {}}{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.deleted': 'Usunięto{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.addedToStock': 'Dodano do stanu{hasTo, select, yes { w lokalizacji {to}} other {}}{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.removedFromStock': 'Usunięto ze stanu{hasFrom, select, yes { w lokalizacji {from}} other {}}{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.missingInCount':
    'Nie znaleziono {hasFrom, select, yes {w lokalizacji {from}} other {w swojej lokalizacji}} podczas inwentaryzacji cyklicznej: usunięto ze stanu',
  'verdicts-stock.history.retired': 'Wycofano przez przesunięcie na {hasToSku, select, yes {{toSku}} other {inne SKU}}{hasDocument, select, yes { ({document})} other {}}',
  'verdicts-stock.history.openingStock': 'Wprowadzono jako stan początkowy',
  'verdicts-stock.history.adjusted': 'Skorygowano{hasDocument, select, yes { ({document})} other {}}{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.unknownEvent': '{type}',
};
