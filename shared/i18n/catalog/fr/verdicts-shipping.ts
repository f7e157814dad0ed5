import type { Translation } from '../types';
import type { verdictsShipping as en } from '../en/verdicts-shipping';

export const verdictsShipping: Translation<typeof en> = {
  'verdicts-shipping.gate.shipped': '{order} est déjà expédiée ; plus rien ne peut y être emballé.',
  'verdicts-shipping.gate.cancelled': '{order} est annulée ; elle ne peut pas être emballée.',
  'verdicts-shipping.gate.notPicked': '{order} n’est pas marquée préparée ; ce poste n’emballe que les commandes préparées.',
  'verdicts-shipping.gate.notConfirmed': '{order} n’est pas confirmée ; ce poste n’emballe que les commandes confirmées.',

  'verdicts-shipping.approval.replacement':
    '{sku} peut remplacer {replaces} sur {order} : {need, select, pinAndReason {il faut le PIN d’un superviseur et un motif} reason {indiquez un motif} other {il faut le PIN d’un superviseur}}.',
  'verdicts-shipping.approval.serial':
    'Dérogation pour le numéro de série {serial} : {need, select, pinAndReason {il faut le PIN d’un superviseur et un motif} reason {indiquez un motif} other {il faut le PIN d’un superviseur}}.',
  'verdicts-shipping.approval.weight':
    'Poids de {grams, number} g pour {order} : {need, select, pinAndReason {il faut le PIN d’un superviseur et un motif} reason {indiquez un motif} other {il faut le PIN d’un superviseur}}.',

  'verdicts-shipping.replacement.done':
    '{ordered} remplacé par {replacement} {where, select, kit {dans le kit {kit}, ligne {line}} other {ligne {line}}}{approved, select, yes { (approuvé par {approver})} other {}}.',

  'verdicts-shipping.item.allScanned': '{sku} : les {required} sont scannés ; un de plus dépasserait la quantité commandée.',
  'verdicts-shipping.item.multipleQtyOff':
    'Scanner {qty, plural, one {# unité} other {# unités}} à la fois est désactivé sur ce poste : scannez chaque unité de {sku}.',
  'verdicts-shipping.item.moreThanOrdered': '{sku} : {scanned} sur {required} scannés ; {qty} de plus dépasseraient la quantité commandée.',
  'verdicts-shipping.item.scanSerials': '{sku} × {qty} : scannez {qty, plural, one {son numéro de série} other {# numéros de série}}.',
  'verdicts-shipping.item.packed':
    '{qty} × {sku} emballé ({scanned} sur {required}).{complete, select, confirmed { Tous les articles sont scannés ; la commande est confirmée.} yes { Tous les articles sont scannés.} other {}}',
  'verdicts-shipping.kit.allScanned': '{sku} : {qty, plural, one {le # kit est scanné} other {les # kits sont scannés}}.',
  'verdicts-shipping.kit.whole':
    '{sku} : kit complet {next} sur {qty}{hasPacked, select, yes { — emballé : {packed}} other {}}.{complete, select, confirmed { Tous les articles sont scannés ; la commande est confirmée.} yes { Tous les articles sont scannés.} other {}}',
  'verdicts-shipping.kit.wholeScanSerial':
    '{sku} : kit complet {next} sur {qty}{hasPacked, select, yes { — emballé : {packed}} other {}} ; scannez le numéro de série de {serialSku}.',
  'verdicts-shipping.kit.parentComplete':
    '{sku} : kit {kit} sur {qty} complet.{complete, select, confirmed { Tous les articles sont scannés ; la commande est confirmée.} yes { Tous les articles sont scannés.} other {}}',
  'verdicts-shipping.kit.componentsFirst': 'Scannez d’abord les composants de {sku} (reste à scanner : {rest}), puis le kit.',
  'verdicts-shipping.kit.throughComponents': '{sku} se scanne par ses composants ; reste à scanner : {rest}.',

  'verdicts-shipping.serial.orderNumber': '{serial} est le numéro de cette commande, pas un numéro de série : scannez le numéro de série de {sku}.',
  'verdicts-shipping.serial.productCode': '{serial} est un code produit ({productSku}), pas un numéro de série : scannez le numéro de série de {sku}.',
  'verdicts-shipping.serial.wrongProduct': 'Le numéro de série {serial} appartient à {owners}, pas à {sku}.',
  'verdicts-shipping.serial.duplicate': 'Le numéro de série {serial} est déjà scanné sur {order}.',
  'verdicts-shipping.serial.shipped': 'Le numéro de série {serial} de {sku} est déjà expédié.',
  'verdicts-shipping.serial.heldElsewhere': 'Le numéro de série {serial} de {sku} est déjà emballé dans la commande ouverte {other}.',
  'verdicts-shipping.serial.notInStock':
    'Le numéro de série {serial} de {sku} {status, select, available {est dans un pool de numéros de série et n’a jamais été réceptionné} assigned {est attribué dans un pool de numéros de série et n’a jamais été réceptionné} quarantined {est en quarantaine} in_transit {est en transit} other {a le statut {status}}} : il n’est pas en stock.{overrideOff, select, yes { Les dérogations au contrôle des numéros de série sont désactivées sur ce poste.} other {}}',
  'verdicts-shipping.serial.neverReceived':
    'Le numéro de série {serial} de {sku} n’a jamais été réceptionné : il n’est pas en stock.{overrideOff, select, yes { Les dérogations au contrôle des numéros de série sont désactivées sur ce poste.} other {}}',
  'verdicts-shipping.serial.overrideOff': 'Les dérogations au contrôle des numéros de série sont désactivées sur ce poste.',
  'verdicts-shipping.serial.packed':
    '{sku} emballé avec le numéro de série {serial} ({index} sur {total}).{override, select, approvedBy { Dérogation ({rules}) approuvée par {approver} : {reason}.} yes { Dérogation ({rules}) : {reason}.} other {}}{complete, select, confirmed { Tous les articles sont scannés ; la commande est confirmée.} yes { Tous les articles sont scannés.} other {}}',

  'verdicts-shipping.order.notFound': 'Aucune commande {order}.',
  'verdicts-shipping.open.toScan': 'Emballage de {order} : {left} sur {required, plural, one {# unité} other {# unités}} à scanner.',
  'verdicts-shipping.open.allScanned':
    'Emballage de {opened} : {required, plural, one {l’unité est scannée} other {les # unités sont scannées}}. {step, select, shipped {{order} est expédiée. Scannez ou saisissez le numéro de la commande suivante.} serial {Scannez le numéro de série de {sku} ({index} sur {total}).} partial {Expédition de la partie emballée de {order} : pesez {multi, select, yes {le colis {no} sur {count}} other {le colis}}, indiquez ses dimensions et son numéro de suivi.} confirm {Tous les articles de {order} sont scannés : cochez la case et confirmez la commande.} package {Pesez {multi, select, yes {le colis {no} sur {count}} other {le colis}} de {order}, indiquez ses dimensions et son numéro de suivi, puis {last, select, no {enregistrez-le} other {expédiez}}.} other {Scannez les articles de {order} (SKU, UPC, GTIN, alias ou code-barres GS1).}}',
  'verdicts-shipping.prompt.shipped': '{order} est expédiée. Scannez ou saisissez le numéro de la commande suivante.',
  'verdicts-shipping.prompt.serial': 'Scannez le numéro de série de {sku} ({index} sur {total}).',
  'verdicts-shipping.prompt.partial':
    'Expédition de la partie emballée de {order} : pesez {multi, select, yes {le colis {no} sur {count}} other {le colis}}, indiquez ses dimensions et son numéro de suivi.',
  'verdicts-shipping.prompt.confirm': 'Tous les articles de {order} sont scannés : cochez la case et confirmez la commande.',
  'verdicts-shipping.prompt.package':
    'Pesez {multi, select, yes {le colis {no} sur {count}} other {le colis}} de {order}, indiquez ses dimensions et son numéro de suivi, puis {last, select, no {enregistrez-le} other {expédiez}}.',
  'verdicts-shipping.prompt.items': 'Scannez les articles de {order} (SKU, UPC, GTIN, alias ou code-barres GS1).',

  'verdicts-shipping.scan.qtyBarcodesOff': 'Les codes-barres de quantité sont désactivés sur ce poste : scannez chaque unité.',
  'verdicts-shipping.scan.qtyAtLeastOne': 'Une quantité doit être d’au moins 1.',
  'verdicts-shipping.scan.qtyNext': 'Quantité {qty} pour le prochain article.',
  'verdicts-shipping.scan.serialFirst': 'Scannez d’abord le numéro de série de {sku}, ou annulez les unités en attente.',
  'verdicts-shipping.scan.packageStarted': 'Colis {no} commencé : les articles scannés maintenant y vont.',
  'verdicts-shipping.scan.packageEmpty': 'Le colis {no} est encore vide : scannez d’abord des articles dedans.',
  'verdicts-shipping.scan.orderOpen': '{order} est déjà ouverte : scannez ses articles.',
  'verdicts-shipping.scan.notOnOrder':
    '{sku} ({name}) ne fait pas partie de {order} : la commande attend {expects, select, nothing {plus rien} other {{list}}}.',
  'verdicts-shipping.scan.unknownCode':
    '{code} n’est pas un code produit connu (SKU, UPC, GTIN ou alias) : la commande attend {expects, select, nothing {plus rien} other {{list}}}.',
  'verdicts-shipping.scan.otherBarcode':
    'Ce code-barres est {known, select, yes {{scanned}} other {un autre produit}} : scannez le numéro de série de {sku}, ou annulez les unités en attente.',
  'verdicts-shipping.scan.noSerialInBarcode': 'Ce code-barres de {sku} ne porte pas de numéro de série (AI 21).',
  'verdicts-shipping.scan.unknownSku': '{sku} n’est pas un SKU connu.',
  'verdicts-shipping.scan.oneSerialAtATime': '{sku} s’emballe un numéro de série à la fois : envoyez qty 1 avec chaque numéro de série.',

  'verdicts-shipping.tracking.notTracking': '{code} n’est pas un numéro de suivi.',
  'verdicts-shipping.tracking.newPackageCode': '{code} commence un nouveau colis pendant le scan des articles ; ici, scannez le numéro de suivi.',
  'verdicts-shipping.tracking.productCode': '{code} est un code produit, pas un numéro de suivi.',
  'verdicts-shipping.tracking.orderNumber': '{code} est un numéro de commande, pas un numéro de suivi.',
  'verdicts-shipping.tracking.scanned': 'Numéro de suivi {code} scanné.',

  'verdicts-shipping.partial.off': 'L’expédition partielle d’une commande est désactivée sur ce poste (shipping.allowPartial).',
  'verdicts-shipping.partial.nothingPacked': 'Rien n’est encore emballé sur {order}.',
  'verdicts-shipping.confirm.stillToScan': 'Il reste à scanner sur {order} : {rest}.',

  'verdicts-shipping.weigh.scaleConnected': 'Une balance est connectée : posez le colis dessus (la saisie du poids est désactivée sur ce poste).',
  'verdicts-shipping.weigh.scanTracking': 'Scannez le numéro de suivi : sa saisie est désactivée sur ce poste.',
  'verdicts-shipping.measure.notAtStep': '{order} n’est pas à l’étape du colis : {prompt}',
  'verdicts-shipping.measure.lastPackage': 'Le colis {no} est le dernier de {order} : expédiez la commande.',
  'verdicts-shipping.measure.weighFirst': 'Pesez d’abord le colis {no}.',
  'verdicts-shipping.measure.done':
    'Colis {no} sur {count} : {grams, number} g{tracked, select, yes {, suivi {tracking}} other {}}. Pesez le colis {next}.{note, select, approvedBy { Poids approuvé par {approver} : {reason}.} approved { Poids approuvé : {reason}.} unchecked { Poids attendu non vérifié : pas de poids catalogue pour {missing}.} other {}}',
  'verdicts-shipping.ship.notYet': '{order} ne peut pas encore être expédiée ; reste à scanner : {rest}.',
  'verdicts-shipping.ship.nothingPacked': 'Rien n’est emballé sur {order}.',
  'verdicts-shipping.ship.weighFirst': 'Pesez d’abord le colis {no} de {order}.',
  'verdicts-shipping.ship.changed': '{order} a changé pendant la création de ses étiquettes : expédiez-la à nouveau.',
  'verdicts-shipping.ship.done':
    '{order} expédiée : expédition {shipment}, {multi, select, yes {{packages, plural, one {# colis} other {# colis}}, } other {}}{units, plural, one {# unité} other {# unités}}{weighed, select, yes {, {grams, number} g} other {}}{tracked, select, yes {, suivi {tracking}} other {}}.{note, select, approvedBy { Poids approuvé par {approver} : {reason}.} approved { Poids approuvé : {reason}.} unchecked { Poids attendu non vérifié : pas de poids catalogue pour {missing}.} other {}}{rest, select, open { Le reste de {order} reste ouvert.} other {}}',
  'verdicts-shipping.ship.labelServiceFailed': '{problem} {order} reste emballée : cliquez sur Réessayer pour redemander.',
  'verdicts-shipping.ship.labelsShort':
    '{labels, plural, one {# étiquette} other {# étiquettes}} pour {packages, plural, one {# colis} other {# colis}}. {order} reste emballée.',
  'verdicts-shipping.plan.beyond':
    '{order} est emballée dans le colis {no}, mais la requête nomme {count, plural, one {# colis} other {# colis}} : indiquez ses numéros de série ou articles dans un colis.',
  'verdicts-shipping.plan.empty': 'Le colis {no} serait vide : indiquez les numéros de série ou articles qui y vont.',
  'verdicts-shipping.plan.badWeight': 'Colis {no} : {problem}',
  'verdicts-shipping.missing.dimensions':
    'Indiquez les dimensions {multi, select, yes {du colis {no} de {order}} other {de {order}}} : ce poste n’expédie aucun colis sans elles.',
  'verdicts-shipping.missing.tracking':
    'Scannez ou saisissez le numéro de suivi {multi, select, yes {du colis {no} de {order}} other {de {order}}} : ce poste n’expédie aucun colis sans lui.',

  'verdicts-shipping.print.noShipment': 'Aucune expédition {shipment}.',
  'verdicts-shipping.print.nothing': 'Rien à imprimer.',
  'verdicts-shipping.print.part':
    '{what, select, slip {Bon de livraison} other {Étiquette du colis {no}}} {how, select, sent {envoyé à {host}:{port}} saved {enregistré sous {path}} desktopOnly {enregistré sous {path} (la boîte d’impression n’existe que dans l’application de bureau)} dialog {enregistré sous {path} et ouvert dans la boîte d’impression} failed {non imprimé : {error}} other {{words}}}',
  'verdicts-shipping.print.one':
    '{what, select, slip {Bon de livraison} other {Étiquette du colis {no}}} {how, select, sent {envoyé à {host}:{port}} saved {enregistré sous {path}} desktopOnly {enregistré sous {path} (la boîte d’impression n’existe que dans l’application de bureau)} dialog {enregistré sous {path} et ouvert dans la boîte d’impression} failed {non imprimé : {error}} other {{words}}}.',
  'verdicts-shipping.print.noLabels': 'L’expédition {shipment} de {order} n’a pas d’étiquettes.',
  'verdicts-shipping.print.noShipmentToPrint': '{order} n’a pas {named, select, yes {d’expédition {shipment}} other {d’expédition}} à imprimer.',

  'verdicts-shipping.weight.noReading': 'La balance n’a encore envoyé aucune mesure.',
  'verdicts-shipping.weight.motion': 'La balance est en mouvement ({weight, number, ::.######} {unit}) : attendez un poids stable.',
  'verdicts-shipping.weight.over': 'La balance est en surcharge : le colis est trop lourd pour elle.',
  'verdicts-shipping.weight.under': 'La balance indique moins que zéro : videz-la et remettez-la à zéro.',
  'verdicts-shipping.weight.error': 'La balance signale une erreur : vérifiez-la, ou saisissez le poids si c’est permis.',
  'verdicts-shipping.weight.negative': 'La balance indique un poids négatif ({weight, number, ::.######} {unit}) : videz-la et remettez-la à zéro.',
  'verdicts-shipping.weight.zero': 'La balance indique zéro : posez le colis sur la balance.',
  'verdicts-shipping.weight.tooHeavy': '{weight, number, ::.######} {unit}, c’est plus que ce qu’un colis peut peser ici.',
  'verdicts-shipping.weight.typedAboveZero': 'Saisissez un poids supérieur à zéro.',
  'verdicts-shipping.weight.disconnected': 'La balance n’est pas connectée : aucun poids pour expédier.',
  'verdicts-shipping.weight.errorSince': 'La balance a signalé une erreur depuis sa dernière pesée : aucune mesure.',
  'verdicts-shipping.weight.errorSinceWhy': 'La balance a signalé une erreur depuis sa dernière pesée : aucune mesure. ({error})',
  'verdicts-shipping.weight.stale': 'Aucune mesure de la balance : elle ne répond plus.',
  'verdicts-shipping.weight.beforeStep': 'Ce poids a été lu avant le début de cette pesée : reposez le colis sur la balance.',
  'verdicts-shipping.weight.previousPackage':
    'La balance indique encore le poids du colis précédent ({grams, number} g) et n’est pas revenue à zéro : retirez ce colis, ou posez le nouveau.',

  'verdicts-shipping.expected.skipped': 'Poids attendu non vérifié : pas de poids catalogue pour {missing}.',
  'verdicts-shipping.expected.range': 'Attendu : {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g).',
  'verdicts-shipping.expected.outOfRange':
    'Le colis pèse {weighed, number} g ; ses articles et son emballage devraient peser {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g){off, select, heavier { : {percent, number} % de plus} lighter { : {percent, number} % de moins} other {}}. Vérifiez le carton, ou demandez à un superviseur d’approuver le poids.',
};
