import type { Translation } from '../types';
import type { errorsReceiving as en } from '../en/errors-receiving';

export const errorsReceiving: Translation<typeof en> = {
  'errors-receiving.poNotFound': 'Brak zamówienia zakupu {po}.',
  'errors-receiving.noOpenSession': 'Na tej stacji nie ma otwartego przyjęcia dla {po}.',
  'errors-receiving.serialNotReceived': 'Numer seryjny {serial} nie został przyjęty w tym zamówieniu.',
  'errors-receiving.serialNoLine': 'Numer seryjny {serial} nie ma pozycji w {po}.',
  'errors-receiving.noSerialLine': '{po} nie ma pozycji {sku} z numerami seryjnymi.',

  'errors-receiving.measure.nothingToWeigh': 'Nic nie czeka na zważenie.',
  'errors-receiving.measure.noReading': '{detail} Wpisz wagę ręcznie albo zważ ponownie.',
  'errors-receiving.measure.unstable':
    'Waga pokazuje {weight} {unit} ({status, select, stable {stabilna} motion {w ruchu} zero {zero} under {poniżej zera} over {przeciążenie} error {błąd} other {{status}}}): poczekaj na stabilną wagę powyżej zera.',
  'errors-receiving.measure.weightRequired': 'Podaj wagę powyżej zera (w gramach).',
  'errors-receiving.measure.dimensionsRequired': 'Podaj długość, szerokość i wysokość (mm), każdą powyżej zera.',

  'errors-receiving.labels.poNotFound': 'Brak zamówienia zakupu {po}.',
  'errors-receiving.labels.nothingReceived': 'W {po} nic jeszcze nie przyjęto: brak etykiet do wydruku.',
  'errors-receiving.labels.nothingReceivedInSession': 'W {po} w przyjęciu {session} nic jeszcze nie przyjęto: brak etykiet do wydruku.',
  'errors-receiving.labels.tooMany': 'Liczba etykiet: {count} — drukuj najwyżej 2000 naraz (po jednym przyjęciu).',
  'errors-receiving.labels.noPrinter': 'Nie ustawiono drukarki etykiet (Ustawienia → Numery seryjne → adres drukarki etykiet).',
};
