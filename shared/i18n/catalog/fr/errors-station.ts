import type { Translation } from '../types';
import type { errorsStation as en } from '../en/errors-station';

export const errorsStation: Translation<typeof en> = {
  'errors-station.session.badgeOff': 'La connexion par badge est désactivée sur ce poste : choisissez votre nom et saisissez votre PIN.',
  'errors-station.session.unknownBadge': 'Ce badge n’appartient à personne sur ce poste.',
  'errors-station.session.locked': '{name} est bloqué après 5 PIN erronés jusqu’à {until, time}',
  'errors-station.session.wrongPin':
    'PIN erroné pour {name} : {left, plural, one {encore # essai} other {encore # essais}} avant un blocage d’une minute',
  'errors-station.session.unknownUser': 'aucun utilisateur nommé {name}',
  'errors-station.users.notFound': 'Aucun utilisateur nommé {name}.',
  'errors-station.demo.notEmpty': 'les données de démonstration ne se chargent que dans un poste vide ; celui-ci contient déjà des données',

  'errors-station.access.signInFirst':
    'Connectez-vous d’abord : ce poste enregistre qui réceptionne, expédie, traite les retours, transfère et compte.{users, select, none { Ajoutez d’abord un utilisateur dans Paramètres → Utilisateurs (ou chargez les données de démonstration).} other {}}',
  'errors-station.access.supervisorOnly':
    'Seul un superviseur peut {what, select, settings {modifier les paramètres} webhooks {modifier les webhooks} other {modifier les utilisateurs}} : {name} est connecté en tant {role, select, supervisor {que superviseur} operator {qu’opérateur} other {que {role}}}.',
  'errors-station.access.signedInSupervisorOnly':
    'Seul un superviseur connecté peut {what, select, settings {modifier les paramètres} webhooks {modifier les webhooks} other {modifier les utilisateurs}}.',

  'errors-station.devices.noScale': 'aucune balance n’est configurée (Paramètres → Périphériques)',
  'errors-station.devices.commandFailed': '{command, select, zero {la mise à zéro} tare {la tare} other {{command}}} a échoué : {detail}',
  'errors-station.devices.captureNeedsScreen': 'seul un écran du poste peut capturer des scans pour son champ PIN',
  'errors-station.devices.scannerNotSimulator': 'le scanner n’est pas le simulateur (Paramètres → Périphériques → Connexion du scanner)',
  'errors-station.devices.scaleNotSimulator': 'la balance n’est pas un simulateur (Paramètres → Périphériques → Protocole de la balance)',

  'errors-station.shipping.weighAtBench': 'Au poste d’emballage, chaque colis est pesé : expédiez avec le bouton « Expédier la commande ».',

  'errors-station.documents.productNotFound': 'produit {sku} introuvable',
  'errors-station.documents.purchaseOrderNotFound': 'bon de commande {po} introuvable',
  'errors-station.documents.orderNotFound': 'commande {order} introuvable',
  'errors-station.documents.forceNeedsSupervisor': "Une modification forcée nécessite un superviseur : envoyez force '{'pin, reason'}'.",

  'errors-station.pools.printWhat': 'imprimez soit les numéros de série sélectionnés, soit une tranche',
  'errors-station.stock.noStockLine': 'Aucun stock de {sku} à {place}.',
  'errors-station.serials.notInLedger': 'Le numéro de série {serial} ne figure pas dans le registre.',
  'errors-station.serials.notInLedgerRest': 'Le numéro de série {serial} ne figure pas dans le registre',

  'errors-station.webhooks.notFound': 'Aucun webhook {id}.',
  'errors-station.webhooks.otherStation': 'Le webhook {id} a été ajouté sur un autre poste : son secret ne peut être utilisé que là-bas.',

  'errors-station.options.fileInvalid': 'le fichier d’options du poste dans {dir} n’est pas valide : {detail}',
  'errors-station.options.invalid': 'options non valides : {detail}',
  'errors-station.options.restLocked':
    '{keys} ne {count, plural, one {peut} other {peuvent}} pas être {count, plural, one {modifiée} other {modifiées}} via l’API REST : {count, plural, one {elle décide} other {elles décident}} de qui peut y accéder. {count, plural, one {Modifiez-la} other {Modifiez-les}} dans Paramètres → API ou avec scanbay options set.',

  'errors-station.storage.cannotConnect': '{database} : {detail}',
  'errors-station.storage.unreachable': 'Base de données injoignable — rien n’a été enregistré.',
  'errors-station.storage.poolBusy': 'Le poste est occupé (toutes les connexions à la base de données sont utilisées) ; rien n’a été enregistré, réessayez dans un instant.',
  'errors-station.storage.diskFull': 'Le disque contenant les données du poste est plein ; rien n’a été enregistré.',
  'errors-station.storage.busy':
    'La base de données du poste est occupée (un autre programme y écrit, par exemple une importation) ; rien n’a été enregistré — réessayez dans un instant.',
  'errors-station.storage.cannotWrite': 'Les données du poste ne peuvent pas être écrites ({reason}) ; rien n’a été enregistré.',
  'errors-station.storage.cannotWriteAt': 'Les données du poste dans {path} ne peuvent pas être écrites ({reason}) ; rien n’a été enregistré.',
  'errors-station.storage.cannotUse': 'Les données du poste ne peuvent pas être utilisées ({reason}) ; rien n’a été enregistré.',
  'errors-station.storage.cannotUseAt': 'Les données du poste dans {path} ne peuvent pas être utilisées ({reason}) ; rien n’a été enregistré.',
  'errors-station.storage.newerSchema': 'ces données ont été écrites par un ScanBay plus récent (schéma {found}, cette version connaît le {known}) ; mettez ScanBay à jour',
  'errors-station.storage.reason.readOnlyFileSystem': 'système de fichiers en lecture seule',
  'errors-station.storage.reason.permissionDenied': 'permission refusée',
  'errors-station.storage.reason.notPermitted': 'opération non autorisée',
  'errors-station.storage.reason.noSpace': 'plus d’espace sur le disque',
  'errors-station.storage.reason.quotaExceeded': 'quota de disque dépassé',
  'errors-station.storage.reason.missing': 'il n’existe pas',
  'errors-station.storage.reason.notDirectory': 'une partie du chemin n’est pas un dossier',
  'errors-station.storage.reason.openedReadOnly': 'la base de données a été ouverte en lecture seule',
  'errors-station.users.badgeTaken': 'un autre utilisateur a déjà ce badge',
  'errors-station.users.exists': 'l’utilisateur {name} existe déjà',
};
