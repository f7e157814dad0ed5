import type { Translation } from '../types';
import type { errorsImport as en } from '../en/errors-import';

export const errorsImport: Translation<typeof en> = {
  'errors-import.rest.jsonOnly': 'akceptowane są tylko treści żądań application/json',
  'errors-import.rest.urlTooLong':
    'wartość w adresie URL jest za długa (maksymalnie {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}})',
  'errors-import.rest.noRoute': 'brak trasy {method} {path}',
  'errors-import.rest.noToken': 'brak tokenu dostępu: wyślij go w nagłówku x-access-token',
  'errors-import.rest.invalid':
    '{what, select, body {nieprawidłowa treść żądania} query {nieprawidłowy parametr zapytania} other {nieprawidłowy parametr ścieżki}}: {summary}',
  'errors-import.rest.bodyTooLarge': 'treść żądania przekracza limit tego API',
  'errors-import.rest.badRequest': 'nieprawidłowe żądanie: {detail}',
  'errors-import.rest.internal': 'błąd wewnętrzny: {detail}',
  'errors-import.rest.keyExists': 'klucz API o nazwie „{name}” już istnieje',
  'errors-import.rest.badSecret': 'nieznany klucz API lub błędny sekret',
  'errors-import.rest.tokenInvalid': 'token dostępu jest nieprawidłowy',
  'errors-import.rest.tokenRevoked': 'token dostępu został unieważniony',
  'errors-import.rest.tokenExpired': 'token dostępu wygasł: poproś o nowy przez POST /api/v1/auth/token',
  'errors-import.rest.noChannelKey': 'brak klucza kanału: wyślij go w nagłówku x-channel-key',
  'errors-import.rest.channelNotBound': 'klucz kanału nie jest powiązany z kluczem API tego tokenu',

  'errors-import.cell.required': 'wartość jest wymagana',
  'errors-import.cell.notNumber': 'wartość musi być liczbą, a nie {value}',
  'errors-import.cell.notBool': 'wartość musi być true lub false, a nie {value}',
  'errors-import.cell.kitComponent': 'składnik {component} musi mieć postać SKU:qty',
  'errors-import.cell.notDate': 'wartość musi być datą w formacie YYYY-MM-DD, a nie {value}',
  'errors-import.cell.negative': 'wartość nie może być ujemna',
  'errors-import.cell.tooManyChars':
    'wartość może mieć najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}',
  'errors-import.row.cellCount': 'liczba komórek: {cells}; wiersz nagłówka ma ich {columns}',
  'errors-import.row.cellTooLong': 'wartość przekracza {kb} KB',
  'errors-import.document.headerMismatch':
    '{hereState, select, blank {wartość jest pusta} other {{here}}}, ale wiersz {firstRow} dokumentu {key} {number} ma ' +
    '{firstState, select, blank {tu pustą wartość} other {{first}}}; powtórz tę samą wartość w każdym wierszu dokumentu',
  'errors-import.products.duplicateSku': 'powtórzony SKU {sku}: jest już w wierszu {row}',
  'errors-import.serials.unknownSku': 'nieznany SKU {sku}',
  'errors-import.serials.notTracked': '{sku} nie śledzi numerów seryjnych',
  'errors-import.serials.exists': 'numer seryjny {serial} już istnieje dla {sku} ({status})',
  'errors-import.serials.duplicate': 'powtórzony numer seryjny {serial}: jest już w wierszu {row}',
  'errors-import.serials.addedMeanwhile':
    'numer seryjny {serial} produktu {sku} został dodany na stanowisku w trakcie importu; nic nie zaimportowano',

  'errors-import.file.unknownColumns':
    '{file}: {count, plural, one {nieznana kolumna} few {nieznane kolumny} many {nieznane kolumny} other {nieznane kolumny}} {names} w wierszu nagłówka (kolumny: {columns})',
  'errors-import.file.duplicateColumn': '{file}: kolumna {column} występuje dwukrotnie w wierszu nagłówka',
  'errors-import.file.missingColumns': '{file}: {count, plural, one {brak kolumny} few {brak kolumn} many {brak kolumn} other {brak kolumn}} {names}',
  'errors-import.file.cannotRead': 'nie można odczytać {path}: {detail}',
  'errors-import.file.badCsv': '{file}: nie można odczytać pliku CSV: {detail}',
  'errors-import.file.empty': 'plik {file} jest pusty: potrzebny jest wiersz nagłówka z nazwami kolumn',
  'errors-import.file.notUtf8':
    'plik {file} nie jest tekstem UTF-8 (nieprawidłowy bajt na pozycji {offset}, wiersz {line}); zapisz go jako UTF-8 (CSV UTF-8) i zaimportuj ponownie',
  'errors-import.rest.idempotencyRequired': 'ta stacja wymaga nagłówka Idempotency-Key przy skanach (api.requireIdempotencyKey)',
  'errors-import.rest.idempotencyTooLong': 'Idempotency-Key może mieć najwyżej tyle znaków: {max}',
  'errors-import.rest.idempotencyReused': 'Idempotency-Key {key} był już użyty z innym żądaniem (w ciągu 24 h): wyślij nowy klucz dla nowego żądania',
};
