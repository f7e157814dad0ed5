import type { Translation } from '../types';
import type { errorsImport as en } from '../en/errors-import';

export const errorsImport: Translation<typeof en> = {
  'errors-import.rest.jsonOnly': 'seuls les corps de requête application/json sont acceptés',
  'errors-import.rest.urlTooLong': 'une valeur de l’URL est trop longue ({max} caractères au maximum)',
  'errors-import.rest.noRoute': 'aucune route {method} {path}',
  'errors-import.rest.noToken': 'aucun jeton d’accès : envoyez-le dans l’en-tête x-access-token',
  'errors-import.rest.invalid':
    '{what, select, body {corps invalide} query {paramètre de requête invalide} other {paramètre de chemin invalide}} : {summary}',
  'errors-import.rest.bodyTooLarge': 'le corps de la requête dépasse la limite de cette API',
  'errors-import.rest.badRequest': 'requête incorrecte : {detail}',
  'errors-import.rest.internal': 'erreur interne : {detail}',
  'errors-import.rest.keyExists': 'une clé d’API nommée « {name} » existe déjà',
  'errors-import.rest.badSecret': 'clé d’API inconnue ou secret incorrect',
  'errors-import.rest.tokenInvalid': 'le jeton d’accès n’est pas valide',
  'errors-import.rest.tokenRevoked': 'le jeton d’accès a été révoqué',
  'errors-import.rest.tokenExpired': 'le jeton d’accès a expiré : demandez-en un nouveau via POST /api/v1/auth/token',
  'errors-import.rest.noChannelKey': 'aucune clé de canal : envoyez-la dans l’en-tête x-channel-key',
  'errors-import.rest.channelNotBound': 'la clé de canal n’est pas liée à la clé d’API de ce jeton',

  'errors-import.cell.required': 'est obligatoire',
  'errors-import.cell.notNumber': 'doit être un nombre, pas {value}',
  'errors-import.cell.notBool': 'doit être true ou false, pas {value}',
  'errors-import.cell.kitComponent': 'le composant {component} doit s’écrire SKU:qty',
  'errors-import.cell.notDate': 'doit être une date au format YYYY-MM-DD, pas {value}',
  'errors-import.cell.negative': 'ne doit pas être négatif',
  'errors-import.cell.tooManyChars': 'doit comporter au plus {max} caractères',
  'errors-import.row.cellCount': 'nombre de cellules : {cells} ; la ligne d’en-tête en a {columns}',
  'errors-import.row.cellTooLong': 'la valeur dépasse {kb} KB',
  'errors-import.document.headerMismatch':
    '{hereState, select, blank {est vide} other {{here}}}, mais la ligne {firstRow} de {key} {number} a ' +
    '{firstState, select, blank {ce champ vide} other {{first}}} ; répétez la même valeur sur chaque ligne d’un document',
  'errors-import.products.duplicateSku': 'SKU {sku} en double : déjà à la ligne {row}',
  'errors-import.serials.unknownSku': 'SKU inconnu {sku}',
  'errors-import.serials.notTracked': '{sku} ne suit pas les numéros de série',
  'errors-import.serials.exists': 'le numéro de série {serial} existe déjà pour {sku} ({status})',
  'errors-import.serials.duplicate': 'numéro de série {serial} en double : déjà à la ligne {row}',
  'errors-import.serials.addedMeanwhile':
    'le numéro de série {serial} de {sku} a été ajouté à la station pendant l’import ; rien n’a été importé',

  'errors-import.file.unknownColumns':
    '{file} : {count, plural, one {colonne inconnue} other {colonnes inconnues}} {names} dans la ligne d’en-tête (colonnes : {columns})',
  'errors-import.file.duplicateColumn': '{file} : la colonne {column} apparaît deux fois dans la ligne d’en-tête',
  'errors-import.file.missingColumns': '{file} : {count, plural, one {colonne manquante} other {colonnes manquantes}} {names}',
  'errors-import.file.cannotRead': 'impossible de lire {path} : {detail}',
  'errors-import.file.badCsv': '{file} : le CSV est illisible : {detail}',
  'errors-import.file.empty': '{file} est vide : il faut une ligne d’en-tête avec les noms des colonnes',
  'errors-import.file.notUtf8':
    '{file} n’est pas du texte UTF-8 (octet invalide à la position {offset}, ligne {line}) ; enregistrez-le en UTF-8 (CSV UTF-8) et importez-le à nouveau',
  'errors-import.rest.idempotencyRequired': 'cette station exige un en-tête Idempotency-Key sur les scans (api.requireIdempotencyKey)',
  'errors-import.rest.idempotencyTooLong': 'Idempotency-Key compte au plus {max} caractères',
  'errors-import.rest.idempotencyReused': 'Idempotency-Key {key} a déjà servi pour une autre requête (dans les 24 h) : envoyez une nouvelle clé pour une nouvelle requête',
};
