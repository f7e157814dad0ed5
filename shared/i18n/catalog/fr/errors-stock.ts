import type { Translation } from '../types';
import type { errorsStock as en } from '../en/errors-stock';

export const errorsStock: Translation<typeof en> = {
  'errors-stock.noWarehouse': 'Aucun entrepôt {warehouse}.',
  'errors-stock.notBinOf': '{bin} n’est pas un emplacement de {warehouse}.',

  'errors-stock.returns.noRma': 'Aucun RMA {rma}.',
  'errors-stock.returns.noOrder': 'Aucune commande {order}.',
  'errors-stock.returns.rmaOfOtherOrder': 'Le RMA {rma} existe déjà pour la commande {order}.',
  'errors-stock.returns.nothingShipped': 'La commande {order} n’a rien expédié : il n’y a rien à retourner.',
  'errors-stock.returns.closedPutAway':
    '{rma} est clôturé ; ses unités ont été rangées {day, select, none {un jour précédent} other {le {day}}}.',
  'errors-stock.returns.nothingWaiting': 'Rien de retourné sur {rma} n’attend d’être rangé : scannez d’abord les unités retournées.',
  'errors-stock.returns.notBinOfWarehouse': '{bin} n’est pas un emplacement de l’entrepôt {warehouse}.',
  'errors-stock.returns.lineNotWaiting': 'La ligne {lines} n’est pas une unité en attente sur {rma}.',
  'errors-stock.returns.alreadyEnded': '{rma} est déjà {status, select, cancelled {annulé} other {clôturé}}.',
  'errors-stock.returns.cannotCancel': 'Des unités de {rma} sont déjà rangées : le RMA ne peut pas être annulé.',

  'errors-stock.transfers.noTransfer': 'Aucun transfert {transfer}.',
  'errors-stock.transfers.toSkuRequired': 'Un transfert SKU à SKU a besoin du SKU que deviennent les unités.',
  'errors-stock.transfers.unknownSku': '{sku} n’est pas un SKU connu.',
  'errors-stock.transfers.sameLocation': 'L’origine et la destination sont le même endroit ({location}) : rien ne bougerait.',
  'errors-stock.transfers.binToBinOneWarehouse':
    'Un transfert emplacement à emplacement reste dans un seul entrepôt : choisissez plutôt entrepôt à entrepôt.',
  'errors-stock.transfers.otherWarehouse': 'Un transfert entrepôt à entrepôt va vers un autre entrepôt que {warehouse}.',
  'errors-stock.transfers.nothingScanned': 'Rien n’a été scanné sur {transfer}.',
  'errors-stock.transfers.status':
    '{transfer} est {status, select, open {ouvert} in_transit {en transit} completed {terminé} cancelled {annulé} other {{status}}}.',
  'errors-stock.transfers.notOneWayInTransit': '{transfer} n’est pas un transfert aller simple en transit.',

  'errors-stock.counts.noCount': 'Aucun comptage en cours à {location}.',
  'errors-stock.counts.supervisorNeeded':
    'Le PIN d’un superviseur est nécessaire : ce comptage sort du stock {units} {units, plural, one {unité} other {unités}} d’un produit (plus de {above}).',

  'errors-stock.pools.noProduct': 'aucun produit avec le code {code} : enregistrez d’abord le produit',
  'errors-stock.pools.noPool': 'le produit {sku} n’a pas encore de pool de numéros de série',
  'errors-stock.pools.poolNotFound': 'pool de numéros de série {pool} introuvable',
  'errors-stock.pools.noGtin': 'le produit {sku} n’a pas de GTIN : utilisez le schéma SKU ou ajoutez son GTIN',
  'errors-stock.pools.poolExists': 'le produit {sku} a déjà un pool de numéros de série',
  'errors-stock.pools.continuousOneAtATime':
    'un pool continu génère un numéro de série à la fois (les tranches sont pour les pools par tranches)',
  'errors-stock.pools.limitReached':
    'limite du pool atteinte : {pool} contient {used} numéros de série sur {limit}, {left} peuvent encore être générés ; rien n’a été généré',
  'errors-stock.pools.serialLengthTooShort':
    'des numéros de série de {length} caractères sont trop courts pour {count} numéros de série : utilisez une longueur plus grande',
  'errors-stock.pools.noUnusedSerials':
    'impossible de trouver {count} numéros de série inutilisés de {length} caractères : utilisez une longueur plus grande',
  'errors-stock.pools.batchNameTaken': 'ce pool a déjà une tranche nommée « {name} »',
  'errors-stock.pools.selectedNotInPool':
    '{count, plural, one {{count} numéro de série sélectionné n’est} other {{count} numéros de série sélectionnés ne sont}} pas dans ce pool (supprimés entre-temps ?)',
  'errors-stock.pools.repeatedSerials':
    'la demande répète {count, plural, one {{count} numéro de série} other {{count} numéros de série}}',
  'errors-stock.pools.notEnoughAvailable':
    'le pool de {sku} a {available, plural, one {{available} numéro de série disponible} other {{available} numéros de série disponibles}}, {requested} demandés ; rien n’a été attribué',
  'errors-stock.pools.notInPoolOf':
    '{count, plural, one {{count} numéro de série n’est} other {{count} numéros de série ne sont}} pas dans le pool de {sku} ; rien n’a été libéré',
  'errors-stock.pools.noSuchFolder': 'le dossier {folder} n’existe pas',
  'errors-stock.pools.pathOutsideLabels': 'un chemin d’étiquettes relatif doit rester dans le dossier des étiquettes',
  'errors-stock.pools.batchNotInPool': 'la tranche {batch} n’est pas dans ce pool',
  'errors-stock.pools.tooManyLabels': 'la tranche {batch} a {total} numéros de série ; imprimez-en {max} au plus à la fois',
  'errors-stock.pools.nothingToPrint': 'rien à imprimer : la tranche ne contient aucun numéro de série',
  'errors-stock.pools.labelFileNotWritten': 'le fichier d’étiquettes {file} n’a pas pu être écrit ({detail})',
  'errors-stock.pools.noPrinter': 'aucune imprimante d’étiquettes n’est définie : saisissez son adresse ou définissez-la dans Paramètres',
  'errors-stock.pools.cannotCommission':
    '{count, plural, one {# numéro de série ne peut} other {# numéros de série ne peuvent}} pas être mis en circulation pour {sku} (déjà en circulation, d’un autre pool ou produit, ou générés mais jamais émis) ; rien n’a été mis en circulation',
  'errors-stock.pools.alreadyExist':
    '{count, plural, one {# numéro de série existe} other {# numéros de série existent}} déjà pour {sku} ; rien n’a été mis en circulation',
  'errors-stock.pools.notAssigned':
    '{count, plural, one {# numéro de série n’est pas attribué} other {# numéros de série ne sont pas attribués}} (déjà disponibles, ou reçus/expédiés) ; rien n’a été libéré',
  'errors-stock.pools.selectedNotAssigned':
    '{count, plural, one {# numéro de série sélectionné n’est pas attribué} other {# numéros de série sélectionnés ne sont pas attribués}} (déjà disponibles, ou reçus/expédiés) ; rien n’a été libéré',
  'errors-stock.pools.hasHistory':
    '{count, plural, one {# numéro de série sélectionné a} other {# numéros de série sélectionnés ont}} un historique au-delà de la génération (attribué, imprimé, reçu…) et ne {count, plural, one {peut pas être supprimé} other {peuvent pas être supprimés}} ; rien n’a été supprimé',
};
