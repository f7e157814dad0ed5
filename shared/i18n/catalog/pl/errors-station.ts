import type { Translation } from '../types';
import type { errorsStation as en } from '../en/errors-station';

export const errorsStation: Translation<typeof en> = {
  'errors-station.session.badgeOff': 'Logowanie identyfikatorem jest wyłączone na tym stanowisku: wybierz swoje imię i wpisz PIN.',
  'errors-station.session.unknownBadge': 'Ten identyfikator nie należy do nikogo na tym stanowisku.',
  'errors-station.session.locked': '{name} jest zablokowany po 5 błędnych PIN-ach do {until, time}',
  'errors-station.session.wrongPin':
    'Błędny PIN dla {name}: {left, plural, one {została # próba} few {zostały # próby} many {zostało # prób} other {zostało # próby}} przed blokadą na minutę',
  'errors-station.session.unknownUser': 'brak użytkownika o nazwie {name}',
  'errors-station.users.notFound': 'Brak użytkownika o nazwie {name}.',
  'errors-station.demo.notEmpty': 'dane demonstracyjne można wczytać tylko do pustego stanowiska; to stanowisko zawiera już dane',

  'errors-station.access.signInFirst':
    'Najpierw się zaloguj: to stanowisko zapisuje, kto przyjmuje, wysyła, obsługuje zwroty, przesuwa i liczy.{users, select, none { Najpierw dodaj użytkownika w Ustawienia → Użytkownicy (albo wczytaj dane demonstracyjne).} other {}}',
  'errors-station.access.supervisorOnly':
    'Tylko kierownik może {what, select, settings {zmieniać ustawienia} webhooks {zmieniać webhooki} other {zmieniać użytkowników}}: {name} jest zalogowany jako {role, select, supervisor {kierownik} operator {operator} other {{role}}}.',
  'errors-station.access.signedInSupervisorOnly':
    'Tylko zalogowany kierownik może {what, select, settings {zmieniać ustawienia} webhooks {zmieniać webhooki} other {zmieniać użytkowników}}.',

  'errors-station.devices.noScale': 'nie skonfigurowano wagi (Ustawienia → Urządzenia)',
  'errors-station.devices.commandFailed': '{command, select, zero {zerowanie} tare {tarowanie} other {{command}}} nie powiodło się: {detail}',
  'errors-station.devices.captureNeedsScreen': 'tylko ekran stanowiska może przechwytywać skany dla swojego pola PIN',
  'errors-station.devices.scannerNotSimulator': 'skaner nie jest symulatorem (Ustawienia → Urządzenia → Połączenie skanera)',
  'errors-station.devices.scaleNotSimulator': 'waga nie jest symulatorem (Ustawienia → Urządzenia → Protokół wagi)',

  'errors-station.shipping.weighAtBench': 'Na stanowisku pakowania każda paczka jest ważona: wyślij przyciskiem „Wyślij zamówienie”.',

  'errors-station.documents.productNotFound': 'nie znaleziono produktu {sku}',
  'errors-station.documents.purchaseOrderNotFound': 'nie znaleziono zamówienia zakupu {po}',
  'errors-station.documents.orderNotFound': 'nie znaleziono zamówienia {order}',
  'errors-station.documents.forceNeedsSupervisor': "Wymuszona zmiana wymaga kierownika: wyślij force '{'pin, reason'}'.",

  'errors-station.pools.printWhat': 'wydrukuj wybrane numery seryjne albo pakiet',
  'errors-station.stock.noStockLine': 'Brak stanu {sku} w {place}.',
  'errors-station.serials.notInLedger': 'Numeru seryjnego {serial} nie ma w ewidencji.',
  'errors-station.serials.notInLedgerRest': 'Numeru seryjnego {serial} nie ma w ewidencji',

  'errors-station.webhooks.notFound': 'Brak webhooka {id}.',
  'errors-station.webhooks.otherStation': 'Webhook {id} został dodany na innym stanowisku: jego sekretu można użyć tylko tam.',

  'errors-station.options.fileInvalid': 'plik opcji stanowiska w {dir} jest nieprawidłowy: {detail}',
  'errors-station.options.invalid': 'nieprawidłowe opcje: {detail}',
  'errors-station.options.restLocked':
    '{keys}: {count, plural, one {tej opcji} few {tych opcji} many {tych opcji} other {tych opcji}} nie można zmienić przez REST API, bo {count, plural, one {decyduje} few {decydują} many {decydują} other {decydują}} o tym, kto ma do niego dostęp. {count, plural, one {Zmień ją} few {Zmień je} many {Zmień je} other {Zmień je}} w Ustawienia → API lub poleceniem scanbay options set.',

  'errors-station.storage.cannotConnect': '{database}: {detail}',
  'errors-station.storage.unreachable': 'Baza danych nieosiągalna — nic nie zapisano.',
  'errors-station.storage.poolBusy': 'Stanowisko jest zajęte (wszystkie połączenia z bazą danych są w użyciu); nic nie zapisano, spróbuj ponownie za chwilę.',
  'errors-station.storage.diskFull': 'Dysk z danymi stanowiska jest pełny; nic nie zapisano.',
  'errors-station.storage.busy':
    'Baza danych stanowiska jest zajęta (zapisuje do niej inny program, np. import); nic nie zapisano — spróbuj ponownie za chwilę.',
  'errors-station.storage.cannotWrite': 'Nie można zapisać danych stanowiska ({reason}); nic nie zapisano.',
  'errors-station.storage.cannotWriteAt': 'Nie można zapisać danych stanowiska w {path} ({reason}); nic nie zapisano.',
  'errors-station.storage.cannotUse': 'Nie można użyć danych stanowiska ({reason}); nic nie zapisano.',
  'errors-station.storage.cannotUseAt': 'Nie można użyć danych stanowiska w {path} ({reason}); nic nie zapisano.',
  'errors-station.storage.newerSchema': 'te dane zapisał nowszy ScanBay (schemat {found}, ta wersja zna {known}); zaktualizuj ScanBay',
  'errors-station.storage.reason.readOnlyFileSystem': 'system plików tylko do odczytu',
  'errors-station.storage.reason.permissionDenied': 'brak uprawnień',
  'errors-station.storage.reason.notPermitted': 'operacja niedozwolona',
  'errors-station.storage.reason.noSpace': 'brak miejsca na dysku',
  'errors-station.storage.reason.quotaExceeded': 'przekroczono limit miejsca na dysku',
  'errors-station.storage.reason.missing': 'nie istnieje',
  'errors-station.storage.reason.notDirectory': 'część ścieżki nie jest katalogiem',
  'errors-station.storage.reason.openedReadOnly': 'baza danych została otwarta tylko do odczytu',
  'errors-station.users.badgeTaken': 'inny użytkownik ma już ten identyfikator',
  'errors-station.users.exists': 'użytkownik {name} już istnieje',
};
