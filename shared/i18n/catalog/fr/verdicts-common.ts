import type { Translation } from '../types';
import type { verdictsCommon as en } from '../en/verdicts-common';

export const verdictsCommon: Translation<typeof en> = {
  'verdicts-common.scan.empty': 'Le scan est vide.',
  'verdicts-common.scan.noData': 'Le scan a l’identifiant de symbologie {symbology} mais aucune donnée.',
  'verdicts-common.scan.tooLong': 'Le scan fait {length, number} caractères ; {max, number} au maximum sont acceptés.',
  'verdicts-common.scan.controlCharacter': 'Le caractère de contrôle {char} n’est pas autorisé ici (position {position}).',
  'verdicts-common.scan.unreadable': 'Code-barres illisible : {detail}',
  'verdicts-common.scan.couldNotRead': 'Le scan n’a pas pu être lu.',
  'verdicts-common.unknownProduct': '{code} n’est pas un code produit connu (SKU, UPC, GTIN ou alias).',
  'verdicts-common.storageUnavailable': 'Base de données inaccessible — rien n’a été enregistré',

  'verdicts-common.quantity.atLeastOne': 'La quantité doit être d’au moins 1.',
  'verdicts-common.quantity.notWhole': 'La quantité {qty, number} n’est pas un nombre entier d’unités.',

  'verdicts-common.serial.empty': 'Le numéro de série est vide.',
  'verdicts-common.serial.tooLong': 'Le numéro de série fait {length} caractères ; {max} au maximum sont autorisés.',
  'verdicts-common.serial.spacesOrControl': 'Le numéro de série contient des espaces ou des caractères de contrôle.',
  'verdicts-common.serial.loneSurrogate': 'Le numéro de série doit être de l’Unicode valide (il contient un demi-caractère de substitution isolé).',
  'verdicts-common.serial.controlCharacters': 'Le numéro de série ne doit pas contenir de caractères de contrôle.',
  'verdicts-common.serial.bidiControls': 'Le numéro de série ne doit pas contenir de caractères de contrôle bidirectionnels.',
  'verdicts-common.serial.zeroWidth': 'Le numéro de série ne doit pas contenir de caractères de largeur nulle.',
  'verdicts-common.serial.textProblem': 'Le numéro de série n’est pas valide ({detail}).',
  'verdicts-common.serial.exactLength': 'Le numéro de série a une longueur de {length} ; ce produit exige une longueur de {exact} exactement.',
  'verdicts-common.serial.minLength': 'Le numéro de série a une longueur de {length} ; ce produit exige une longueur d’au moins {min}.',
  'verdicts-common.serial.maxLength': 'Le numéro de série a une longueur de {length} ; ce produit autorise une longueur de {max} au maximum.',
  'verdicts-common.serial.patternUnusable': 'Le modèle de numéro de série {pattern} de ce produit est inutilisable ({detail}) ; corrigez le produit.',
  'verdicts-common.serial.patternMismatch': 'Le numéro de série ne correspond pas au modèle {pattern} de ce produit.',
  'verdicts-common.serial.looksLikeUpc':
    '{value} est un code produit (SKU, UPC, GTIN ou alias) de ce bon de commande, pas un numéro de série : scannez l’étiquette du numéro de série.',
  'verdicts-common.serial.looksLikeDocument': '{value} est le numéro, la facture ou le numéro de suivi de ce bon de commande, pas un numéro de série.',

  'verdicts-common.pin.wrong': 'PIN superviseur incorrect : {left, plural, one {# essai restant} other {# essais restants}}.',
  'verdicts-common.pin.nowLocked': 'PIN superviseur incorrect. {max} PIN incorrects : les approbations sont bloquées pendant une minute.',
  'verdicts-common.pin.locked': 'L’approbation superviseur est bloquée après {max} PIN incorrects ; réessayez à {until, time}.',
  // Sentences joined into one reply (a replacement and the scan it led to, a shipment and its printing).
  'verdicts-common.joined': '{first} {second}',
  'verdicts-common.listed': '{first}; {second}',
  'verdicts-common.sentence': '{text}.',
};
