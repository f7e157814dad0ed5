import type { Translation } from '../types';
import type { uiReturns as en } from '../en/ui-returns';

export const uiReturns: Translation<typeof en> = {
  'ui-returns.title': 'Retours',

  'ui-returns.amount': '{amount, number, ::.00}',

  'ui-returns.condition.new': 'Neuf, scellé',
  'ui-returns.condition.opened': 'Ouvert, comme neuf',
  'ui-returns.condition.used': 'Utilisé, fonctionne',
  'ui-returns.condition.damaged': 'Endommagé',
  'ui-returns.condition.defective': 'Défectueux',
  'ui-returns.conditionCode':
    '{condition, select, new {neuf} opened {ouvert} used {utilisé} damaged {endommagé} defective {défectueux} other {{condition}}}',

  'ui-returns.reason.defective': 'Défectueux',
  'ui-returns.reason.damagedInTransit': 'Endommagé pendant le transport',
  'ui-returns.reason.wrongItem': 'Mauvais article envoyé',
  'ui-returns.reason.notAsDescribed': 'Non conforme à la description',
  'ui-returns.reason.noLongerNeeded': 'Plus nécessaire',
  'ui-returns.reason.other': 'Autre',

  'ui-returns.column.line': 'Ligne',
  'ui-returns.column.sku': 'Réf.',
  'ui-returns.column.product': 'Produit',
  'ui-returns.column.shipped': 'Expédié',
  'ui-returns.column.returned': 'Retourné',
  'ui-returns.column.serial': 'Numéro de série',
  'ui-returns.column.condition': 'État',
  'ui-returns.column.putAway': 'Rangement',
  'ui-returns.column.credit': 'Avoir',

  'ui-returns.find.reason': 'Motif du retour',
  'ui-returns.find.prompt': 'Scannez ou saisissez le numéro de commande ou de RMA — ou un numéro de série d’une unité retournée.',
  'ui-returns.find.created': '{rma} ouvert pour {order}.',
  'ui-returns.find.noMatch': 'Aucune commande, aucun RMA ni numéro de série expédié ne correspond à {code}.',
  'ui-returns.find.opening': 'Ouverture de {rma}.',
  'ui-returns.find.returnsOf': 'Retours de {order}',
  'ui-returns.find.returnOfOrder': 'Ouvrir {rma} — {units, plural, one {# unité} other {# unités}} ({status})',
  'ui-returns.find.openReturns': 'Retours ouverts',
  'ui-returns.find.openReturn': 'Ouvrir {rma} — commande {order} — {units, plural, one {# unité} other {# unités}} — depuis le {since}',

  'ui-returns.wizard.back': 'Revenir aux retours',
  'ui-returns.wizard.order': 'commande {order}',
  'ui-returns.wizard.reason':
    'motif : {reason, select, defective {défectueux} damaged_in_transit {endommagé pendant le transport} wrong_item {mauvais article} not_as_described {non conforme} no_longer_needed {plus nécessaire} other {{reason}}}',
  'ui-returns.wizard.validationOn': 'les numéros de série doivent avoir été expédiés sur cette commande',
  'ui-returns.wizard.validationOff': 'contrôle des numéros de série désactivé',
  'ui-returns.wizard.condition': 'État de la prochaine unité',
  'ui-returns.wizard.unitsReturned': 'Unités retournées',
  'ui-returns.wizard.complete': 'Toutes les unités expédiées de {order} sont revenues : rangez-les et clôturez le RMA.',
  'ui-returns.wizard.cancelPending': 'Annuler le produit en attente',
  'ui-returns.wizard.putAway': 'Ranger et clôturer le RMA',
  'ui-returns.wizard.cancelRma': 'Annuler le RMA',
  'ui-returns.wizard.cancelled': '{rma} est annulé : rien n’a été repris.',
  'ui-returns.wizard.restocked':
    '{restocked, plural, one {# unité remise} other {# unités remises}} en stock, {quarantined, number} en quarantaine ; avoir {credit, number, ::.00}. {rma} est clôturé.',

  'ui-returns.lines.orderLines': 'Lignes de commande',
  'ui-returns.lines.returnedUnits': 'Unités retournées',
  'ui-returns.lines.none': 'Aucune unité scannée pour l’instant.',
  'ui-returns.lines.putAwayAt': '{disposition, select, restock {Remis en stock} other {En quarantaine}} à {location}',
  'ui-returns.lines.waiting': 'En attente',
  'ui-returns.lines.creditTotal': 'Total de l’avoir',

  'ui-returns.cancel.title': 'Annuler {rma} ?',
  'ui-returns.cancel.nothingScanned': 'Rien n’a été scanné sur {rma}.',
  'ui-returns.cancel.undo':
    '{units, plural, one {L’unité scannée sur {rma} redevient expédiée} other {Les # unités scannées sur {rma} redeviennent expédiées}} sur {order} : le retour est annulé dans le journal.',
  'ui-returns.cancel.keep': 'Garder le RMA',
  'ui-returns.cancel.confirm': 'Annuler le RMA',

  'ui-returns.restock.title': 'Ranger {rma}',
  'ui-returns.restock.noCondition': 'aucun état',
  'ui-returns.restock.backInStock': 'Remis en stock',
  'ui-returns.restock.quarantine': 'Quarantaine',
  'ui-returns.restock.hint': 'Sans entrepôt, les unités retournent à l’entrepôt de la commande ; les unités en quarantaine restent hors des emplacements.',
  'ui-returns.restock.submit': 'Ranger et clôturer',
  'ui-returns.restock.cancel': 'Annuler',

  'ui-returns.memo.title': 'Avoir {rma}',
  'ui-returns.memo.order': 'Commande {order}',
  'ui-returns.memo.line': '{qty, number} × {sku}{serial} à {price} = {amount, number, ::.00}{disposition}',
  'ui-returns.memo.serial': '(numéro de série {serial})',
  'ui-returns.memo.noPrice': 'sans prix',
  'ui-returns.memo.restocked': 'remis en stock',
  'ui-returns.memo.quarantined': 'en quarantaine',
  'ui-returns.memo.total': 'Total de l’avoir {total, number, ::.00}',
};
