import type { Translation } from '../types';
import type { errorsReceiving as en } from '../en/errors-receiving';

export const errorsReceiving: Translation<typeof en> = {
  'errors-receiving.poNotFound': 'Keine Bestellung {po}.',
  'errors-receiving.noOpenSession': 'An dieser Station ist kein Wareneingang für {po} offen.',
  'errors-receiving.serialNotReceived': 'Seriennummer {serial} wurde auf dieser Bestellung nicht vereinnahmt.',
  'errors-receiving.serialNoLine': 'Seriennummer {serial} hat keine Position auf {po}.',
  'errors-receiving.noSerialLine': '{po} hat keine Position von {sku} mit Seriennummern.',

  'errors-receiving.measure.nothingToWeigh': 'Es wartet nichts darauf, gewogen zu werden.',
  'errors-receiving.measure.noReading': '{detail} Geben Sie das Gewicht stattdessen ein oder wiegen Sie erneut.',
  'errors-receiving.measure.unstable':
    'Die Waage zeigt {weight} {unit} ({status, select, stable {stabil} motion {in Bewegung} zero {null} under {unter null} over {Überlast} error {Fehler} other {{status}}}): Warten Sie auf ein stabiles Gewicht über null.',
  'errors-receiving.measure.weightRequired': 'Geben Sie ein Gewicht über null an (Gramm).',
  'errors-receiving.measure.dimensionsRequired': 'Geben Sie Länge, Breite und Höhe an (mm), jeweils über null.',

  'errors-receiving.labels.poNotFound': 'Keine Bestellung {po}.',
  'errors-receiving.labels.nothingReceived': 'Auf {po} ist noch nichts vereinnahmt: keine Etiketten zu drucken.',
  'errors-receiving.labels.nothingReceivedInSession': 'Auf {po} ist im Wareneingang {session} noch nichts vereinnahmt: keine Etiketten zu drucken.',
  'errors-receiving.labels.tooMany': '{count} Etiketten: Drucken Sie höchstens 2000 auf einmal (einen Wareneingang nach dem anderen).',
  'errors-receiving.labels.noPrinter': 'Kein Etikettendrucker eingestellt (Einstellungen → Seriennummern → Adresse des Etikettendruckers).',
};
