import type { Translation } from '../types';
import type { verdictsReceiving as en } from '../en/verdicts-receiving';

export const verdictsReceiving: Translation<typeof en> = {
  'verdicts-receiving.prompt.bin': 'Scannez ou saisissez l’emplacement pour {po}.',
  'verdicts-receiving.prompt.weigh': 'Pesez une unité de {sku} : posez-la sur la balance, ou saisissez son poids et ses dimensions.',
  'verdicts-receiving.prompt.serial': 'Scannez le numéro de série de {sku} ({index} sur {total}).',
  'verdicts-receiving.prompt.extra': 'Scannez le produit suivant — ou un autre numéro de série de {sku} pour réceptionner une unité de plus.',
  'verdicts-receiving.prompt.product': 'Scannez un produit (SKU, UPC, GTIN, alias ou code-barres GS1).',

  'verdicts-receiving.poClosed': '{po} est {status, select, closed {clôturé} cancelled {annulé} other {{status}}} ; plus rien ne peut y être réceptionné.',
  'verdicts-receiving.bin.unknown': '{code} n’est pas un emplacement de l’entrepôt {warehouse}.',
  'verdicts-receiving.bin.emptyCode': 'Un code vide n’est pas un emplacement de l’entrepôt {warehouse}.',
  'verdicts-receiving.bin.required': 'Un emplacement est requis avant de réceptionner.',
  'verdicts-receiving.bin.set': 'Emplacement {bin} : les unités réceptionnées y sont rangées.',
  'verdicts-receiving.quantityForNext': 'Quantité {qty, number} pour le prochain produit.',
  'verdicts-receiving.weighFirst': 'Pesez d’abord {sku} : posez une unité sur la balance ou saisissez son poids, puis continuez.',
  'verdicts-receiving.noLongerOnPo': '{sku} ne figure plus sur {po}.',
  'verdicts-receiving.poAlreadyOpen': '{po} est déjà ouvert : scannez ses produits.',
  'verdicts-receiving.notOnPo': '{sku} ne figure pas sur {po}.',
  'verdicts-receiving.notOnPoNamed': '{sku} ({name}) ne figure pas sur {po}.',
  'verdicts-receiving.serialAsProduct.received':
    '{code} est un numéro de série de {sku} déjà réceptionné sur la ligne {lineNo} de {po}, pas un code produit : scannez d’abord le produit.',
  'verdicts-receiving.serialAsProduct.expected':
    '{code} est un numéro de série de {sku} attendu sur la ligne {lineNo} de {po}, pas un code produit : scannez d’abord le produit, puis ce numéro de série.',
  'verdicts-receiving.oneSerialAtATime': '{sku} se réceptionne un numéro de série à la fois : envoyez la quantité 1 avec chaque numéro de série.',
  'verdicts-receiving.overQuantity': '{sku} : {received, number} sur {ordered, number} réceptionnés ; {qty, number} de plus dépasseraient la quantité commandée.',
  'verdicts-receiving.allOrderedReceived': '{sku} : toutes les unités commandées ({ordered, number}) sont réceptionnées ; une de plus dépasserait la commande.',
  'verdicts-receiving.weighUnit': '{sku} : pesez d’abord une unité et saisissez ses dimensions.',
  'verdicts-receiving.scanSerials': '{sku} × {qty, number} : scannez {qty, plural, one {son numéro de série} other {# numéros de série}}.',
  'verdicts-receiving.received': '{qty, number} × {sku} réceptionné ({received, number} sur {ordered, number}).',
  'verdicts-receiving.otherProduct': 'Ce code-barres est celui d’un autre produit ; scannez le numéro de série de {sku}, ou annulez les unités en attente.',
  'verdicts-receiving.noSerialInBarcode': 'Ce code-barres ne contient pas de numéro de série (AI 21).',
  'verdicts-receiving.noSerialInBarcodeOf': 'Ce code-barres de {sku} ne contient pas de numéro de série (AI 21).',
  'verdicts-receiving.receivedSerial': '{sku} réceptionné, numéro de série {serial}.',
  'verdicts-receiving.receivedSerialBack': '{sku} réceptionné, numéro de série {serial} (une unité déjà expédiée, de retour en stock).',
  'verdicts-receiving.receivedSerialOf': '{sku} réceptionné, numéro de série {serial} ({done} sur {total}).',
  'verdicts-receiving.receivedSerialOfBack': '{sku} réceptionné, numéro de série {serial} ({done} sur {total}, une unité déjà expédiée, de retour en stock).',

  'verdicts-receiving.measured.scanSerials':
    '{sku} pèse {grams, number} g. {sku} × {qty, number} : scannez {qty, plural, one {son numéro de série} other {# numéros de série}}.',
  'verdicts-receiving.measured.received': '{sku} pèse {grams, number} g. {qty, number} × {sku} réceptionné ({received, number} sur {ordered, number}).',

  'verdicts-receiving.serial.duplicateOnPo': 'Le numéro de série {serial} a déjà été scanné sur {po}.',
  'verdicts-receiving.serial.otherProduct':
    'Le numéro de série {serial} appartient déjà à {sku} ; les numéros de série sont uniques pour tous les produits sur ce poste.',
  'verdicts-receiving.serial.receivedBefore':
    'Le numéro de série {serial} de {sku} a déjà été réceptionné (actuellement {status, select, available {disponible} assigned {attribué} in_stock {en stock} shipped {expédié} quarantined {en quarantaine} in_transit {en transit} deleted {supprimé} other {{status}}}).',
  'verdicts-receiving.serial.receivedBeforeOn':
    'Le numéro de série {serial} de {sku} a déjà été réceptionné sur {po} (actuellement {status, select, available {disponible} assigned {attribué} in_stock {en stock} shipped {expédié} quarantined {en quarantaine} in_transit {en transit} deleted {supprimé} other {{status}}}).',
  'verdicts-receiving.serial.already':
    'Le numéro de série {serial} de {sku} est déjà {status, select, available {disponible} assigned {attribué} in_stock {en stock} shipped {expédié} quarantined {en quarantaine} in_transit {en transit} deleted {supprimé} other {{status}}}.',
  'verdicts-receiving.serial.alreadyOn':
    'Le numéro de série {serial} de {sku} est déjà {status, select, available {disponible} assigned {attribué} in_stock {en stock} shipped {expédié} quarantined {en quarantaine} in_transit {en transit} deleted {supprimé} other {{status}}} (sur {po}).',
  'verdicts-receiving.serial.notExpected': 'Le numéro de série {serial} ne fait pas partie des {expected, number} numéros de série attendus pour {sku} sur {po}.',

  'verdicts-receiving.later.allHaveSerials': 'Chaque unité réceptionnée de {sku} sur {po} a déjà un numéro de série.',
  'verdicts-receiving.later.shippedBefore':
    'Le numéro de série {serial} de {sku} a déjà été expédié : réceptionnez-le comme un retour, pas comme une unité de {po}.',
  'verdicts-receiving.later.given':
    'Numéro de série {serial} attribué à une unité réceptionnée de {sku} ; {left, plural, =0 {chaque unité réceptionnée de {sku} a maintenant un numéro de série} one {reste # unité sans numéro de série} other {restent # unités sans numéro de série}}.',

  'verdicts-receiving.corrected': 'Numéro de série {serial} de {sku} corrigé en {newSerial}.',
  'verdicts-receiving.close.serialsPending':
    '{left, plural, one {# unité de {sku} en attente de numéros de série n’a pas été réceptionnée.} other {# unités de {sku} en attente de numéros de série n’ont pas été réceptionnées.}}',
  'verdicts-receiving.close.measurePending':
    '{qty, plural, one {# × {sku} en attente de pesée n’a pas été réceptionné.} other {# × {sku} en attente de pesée n’ont pas été réceptionnés.}}',
  'verdicts-receiving.close.expectedSerials':
    '{sku} : {serials, number} numéros de série réceptionnés sur {expected, number} attendus ; la quantité confirmée est {received, number}.',
};
