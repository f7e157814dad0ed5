import type { Translation } from '../types';
import type { errorsReceiving as en } from '../en/errors-receiving';

export const errorsReceiving: Translation<typeof en> = {
  'errors-receiving.poNotFound': 'Aucun bon de commande {po}.',
  'errors-receiving.noOpenSession': 'Aucune réception ouverte sur {po} à ce poste.',
  'errors-receiving.serialNotReceived': 'Le numéro de série {serial} n’a pas été réceptionné sur ce bon de commande.',
  'errors-receiving.serialNoLine': 'Le numéro de série {serial} n’a pas de ligne sur {po}.',
  'errors-receiving.noSerialLine': '{po} n’a aucune ligne de {sku} avec numéros de série.',

  'errors-receiving.measure.nothingToWeigh': 'Rien n’attend d’être pesé.',
  'errors-receiving.measure.noReading': '{detail} Saisissez plutôt le poids, ou pesez à nouveau.',
  'errors-receiving.measure.unstable':
    'La balance indique {weight} {unit} ({status, select, stable {stable} motion {en mouvement} zero {zéro} under {sous zéro} over {surcharge} error {erreur} other {{status}}}) : attendez un poids stable supérieur à zéro.',
  'errors-receiving.measure.weightRequired': 'Indiquez un poids supérieur à zéro (grammes).',
  'errors-receiving.measure.dimensionsRequired': 'Indiquez la longueur, la largeur et la hauteur (mm), chacune supérieure à zéro.',

  'errors-receiving.labels.poNotFound': 'Aucun bon de commande {po}.',
  'errors-receiving.labels.nothingReceived': 'Rien n’est encore réceptionné sur {po} : aucune étiquette à imprimer.',
  'errors-receiving.labels.nothingReceivedInSession': 'Rien n’est encore réceptionné sur {po} dans la réception {session} : aucune étiquette à imprimer.',
  'errors-receiving.labels.tooMany': '{count} étiquettes : imprimez-en au plus 2000 à la fois (une réception à la fois).',
  'errors-receiving.labels.noPrinter':
    'Aucune imprimante d’étiquettes n’est définie (Paramètres → Numéros de série → adresse de l’imprimante d’étiquettes).',
};
