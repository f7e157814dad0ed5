import type { Translation } from '../types';
import type { errorsStock as en } from '../en/errors-stock';

export const errorsStock: Translation<typeof en> = {
  'errors-stock.noWarehouse': 'Brak magazynu {warehouse}.',
  'errors-stock.notBinOf': '{bin} nie jest lokalizacją magazynu {warehouse}.',

  'errors-stock.returns.noRma': 'Brak RMA {rma}.',
  'errors-stock.returns.noOrder': 'Brak zamówienia {order}.',
  'errors-stock.returns.rmaOfOtherOrder': 'RMA {rma} już istnieje dla zamówienia {order}.',
  'errors-stock.returns.nothingShipped': 'Z zamówienia {order} nic nie wysłano: nie ma czego zwracać.',
  'errors-stock.returns.closedPutAway':
    'Zwrot {rma} jest zamknięty; jego sztuki rozlokowano {day, select, none {wcześniejszego dnia} other {{day}}}.',
  'errors-stock.returns.nothingWaiting': 'Nic ze zwrotu {rma} nie czeka na rozlokowanie: najpierw zeskanuj zwrócone sztuki.',
  'errors-stock.returns.notBinOfWarehouse': '{bin} nie jest lokalizacją magazynu {warehouse}.',
  'errors-stock.returns.lineNotWaiting': 'Pozycja {lines} nie jest sztuką oczekującą w zwrocie {rma}.',
  'errors-stock.returns.alreadyEnded': 'Zwrot {rma} jest już {status, select, cancelled {anulowany} other {zamknięty}}.',
  'errors-stock.returns.cannotCancel': 'Sztuki ze zwrotu {rma} są już rozlokowane: nie można go anulować.',

  'errors-stock.transfers.noTransfer': 'Brak przesunięcia {transfer}.',
  'errors-stock.transfers.toSkuRequired': 'Przesunięcie z SKU na SKU wymaga SKU, którym mają stać się sztuki.',
  'errors-stock.transfers.unknownSku': '{sku} nie jest znanym SKU.',
  'errors-stock.transfers.sameLocation': 'Źródło i cel to to samo miejsce ({location}): nic by się nie przesunęło.',
  'errors-stock.transfers.binToBinOneWarehouse':
    'Przesunięcie z lokalizacji do lokalizacji pozostaje w jednym magazynie: wybierz zamiast tego z magazynu do magazynu.',
  'errors-stock.transfers.otherWarehouse': 'Przesunięcie z magazynu do magazynu prowadzi do innego magazynu niż {warehouse}.',
  'errors-stock.transfers.nothingScanned': 'W przesunięciu {transfer} nic nie zeskanowano.',
  'errors-stock.transfers.status':
    'Przesunięcie {transfer} jest {status, select, open {otwarte} in_transit {w drodze} completed {zakończone} cancelled {anulowane} other {{status}}}.',
  'errors-stock.transfers.notOneWayInTransit': '{transfer} nie jest jednokierunkowym przesunięciem w drodze.',

  'errors-stock.counts.noCount': 'W lokalizacji {location} nie trwa żadna inwentaryzacja.',
  'errors-stock.counts.supervisorNeeded':
    'Potrzebny jest PIN kierownika: ta inwentaryzacja odpisuje {units} {units, plural, one {sztukę} few {sztuki} many {sztuk} other {sztuki}} jednego produktu (więcej niż {above}).',

  'errors-stock.pools.noProduct': 'brak produktu o kodzie {code}: najpierw zarejestruj produkt',
  'errors-stock.pools.noPool': 'produkt {sku} nie ma jeszcze puli numerów seryjnych',
  'errors-stock.pools.poolNotFound': 'nie znaleziono puli numerów seryjnych {pool}',
  'errors-stock.pools.noGtin': 'produkt {sku} nie ma GTIN: użyj schematu SKU lub dodaj jego GTIN',
  'errors-stock.pools.poolExists': 'produkt {sku} ma już pulę numerów seryjnych',
  'errors-stock.pools.continuousOneAtATime':
    'pula ciągła generuje jeden numer seryjny naraz (pakiety są dla pul pakietowych)',
  'errors-stock.pools.limitReached':
    'osiągnięto limit puli: {pool} zawiera {used} z {limit} numerów seryjnych, można wygenerować jeszcze {left}; nic nie wygenerowano',
  'errors-stock.pools.serialLengthTooShort':
    'numery seryjne o długości {length} znaków są za krótkie dla {count} numerów seryjnych: użyj większej długości',
  'errors-stock.pools.noUnusedSerials':
    'nie znaleziono {count} nieużywanych numerów seryjnych o długości {length} znaków: użyj większej długości',
  'errors-stock.pools.batchNameTaken': 'ta pula ma już pakiet o nazwie „{name}”',
  'errors-stock.pools.selectedNotInPool':
    '{count, plural, one {{count} wybrany numer seryjny nie jest} few {{count} wybrane numery seryjne nie są} many {{count} wybranych numerów seryjnych nie jest} other {{count} wybranego numeru seryjnego nie jest}} w tej puli (usunięte w międzyczasie?)',
  'errors-stock.pools.repeatedSerials':
    'żądanie powtarza {count, plural, one {{count} numer seryjny} few {{count} numery seryjne} many {{count} numerów seryjnych} other {{count} numeru seryjnego}}',
  'errors-stock.pools.notEnoughAvailable':
    'pula {sku} ma {available, plural, one {{available} dostępny numer seryjny} few {{available} dostępne numery seryjne} many {{available} dostępnych numerów seryjnych} other {{available} dostępnego numeru seryjnego}}, żądano {requested}; nic nie przydzielono',
  'errors-stock.pools.notInPoolOf':
    '{count, plural, one {{count} numer seryjny nie jest} few {{count} numery seryjne nie są} many {{count} numerów seryjnych nie jest} other {{count} numeru seryjnego nie jest}} w puli {sku}; nic nie zwolniono',
  'errors-stock.pools.noSuchFolder': 'folder {folder} nie istnieje',
  'errors-stock.pools.pathOutsideLabels': 'względna ścieżka etykiet musi pozostać w folderze etykiet',
  'errors-stock.pools.batchNotInPool': 'pakiet {batch} nie należy do tej puli',
  'errors-stock.pools.tooManyLabels': 'pakiet {batch} ma {total} numerów seryjnych; drukuj najwyżej {max} naraz',
  'errors-stock.pools.nothingToPrint': 'nie ma nic do wydrukowania: pakiet nie zawiera numerów seryjnych',
  'errors-stock.pools.labelFileNotWritten': 'nie udało się zapisać pliku etykiet {file} ({detail})',
  'errors-stock.pools.noPrinter': 'nie ustawiono drukarki etykiet: wpisz jej adres lub ustaw ją w Ustawieniach',
  'errors-stock.pools.cannotCommission':
    'Nie można wprowadzić do obrotu numerów seryjnych dla {sku}: {count} (już wprowadzone, z innej puli lub produktu albo wygenerowane, ale nigdy niewydane); nic nie wprowadzono do obrotu',
  'errors-stock.pools.alreadyExist':
    'Numery seryjne już istnieją dla {sku}: {count}; nic nie wprowadzono do obrotu',
  'errors-stock.pools.notAssigned':
    'Numery seryjne nieprzydzielone (już dostępne albo przyjęte/wysłane): {count}; nic nie zwolniono',
  'errors-stock.pools.selectedNotAssigned':
    'Wybrane numery seryjne nieprzydzielone (już dostępne albo przyjęte/wysłane): {count}; nic nie zwolniono',
  'errors-stock.pools.hasHistory':
    'Wybrane numery seryjne z historią poza wygenerowaniem (przydzielone, wydrukowane, przyjęte…), których nie można usunąć: {count}; nic nie usunięto',
};
