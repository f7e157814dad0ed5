import type { Translation } from '../types';
import type { uiReturns as en } from '../en/ui-returns';

export const uiReturns: Translation<typeof en> = {
  'ui-returns.title': 'Devoluciones',

  'ui-returns.amount': '{amount, number, ::.00}',

  'ui-returns.condition.new': 'Nuevo, precintado',
  'ui-returns.condition.opened': 'Abierto, como nuevo',
  'ui-returns.condition.used': 'Usado, funciona',
  'ui-returns.condition.damaged': 'Dañado',
  'ui-returns.condition.defective': 'Defectuoso',
  'ui-returns.conditionCode':
    '{condition, select, new {nuevo} opened {abierto} used {usado} damaged {dañado} defective {defectuoso} other {{condition}}}',

  'ui-returns.reason.defective': 'Defectuoso',
  'ui-returns.reason.damagedInTransit': 'Dañado en el transporte',
  'ui-returns.reason.wrongItem': 'Artículo equivocado',
  'ui-returns.reason.notAsDescribed': 'No es como se describía',
  'ui-returns.reason.noLongerNeeded': 'Ya no se necesita',
  'ui-returns.reason.other': 'Otro',

  'ui-returns.column.line': 'Línea',
  'ui-returns.column.sku': 'SKU',
  'ui-returns.column.product': 'Producto',
  'ui-returns.column.shipped': 'Enviadas',
  'ui-returns.column.returned': 'Devueltas',
  'ui-returns.column.serial': 'Número de serie',
  'ui-returns.column.condition': 'Estado',
  'ui-returns.column.putAway': 'Ubicado',
  'ui-returns.column.credit': 'Abono',

  'ui-returns.find.reason': 'Motivo de la devolución',
  'ui-returns.find.prompt': 'Escanee o escriba el número de pedido o de RMA, o un número de serie de una unidad devuelta.',
  'ui-returns.find.created': '{rma} abierta para {order}.',
  'ui-returns.find.noMatch': 'Ningún pedido, RMA ni número de serie enviado coincide con {code}.',
  'ui-returns.find.opening': 'Abriendo {rma}.',
  'ui-returns.find.returnsOf': 'Devoluciones de {order}',
  'ui-returns.find.returnOfOrder': 'Abrir {rma} — {units, plural, one {# unidad} other {# unidades}} ({status})',
  'ui-returns.find.openReturns': 'Devoluciones abiertas',
  'ui-returns.find.openReturn': 'Abrir {rma} — pedido {order} — {units, plural, one {# unidad} other {# unidades}} — desde {since}',

  'ui-returns.wizard.back': 'Volver a devoluciones',
  'ui-returns.wizard.order': 'pedido {order}',
  'ui-returns.wizard.reason':
    'motivo: {reason, select, defective {defectuoso} damaged_in_transit {dañado en el transporte} wrong_item {artículo equivocado} not_as_described {no es como se describía} no_longer_needed {ya no se necesita} other {{reason}}}',
  'ui-returns.wizard.validationOn': 'los números de serie deben haberse enviado en este pedido',
  'ui-returns.wizard.validationOff': 'validación de números de serie desactivada',
  'ui-returns.wizard.condition': 'Estado de la siguiente unidad',
  'ui-returns.wizard.unitsReturned': 'Unidades devueltas',
  'ui-returns.wizard.complete': 'Todas las unidades enviadas de {order} han vuelto: ubíquelas y cierre la RMA.',
  'ui-returns.wizard.cancelPending': 'Cancelar producto pendiente',
  'ui-returns.wizard.putAway': 'Ubicar y cerrar la RMA',
  'ui-returns.wizard.cancelRma': 'Cancelar RMA',
  'ui-returns.wizard.cancelled': '{rma} está cancelada: no se recibió nada.',
  'ui-returns.wizard.restocked':
    '{restocked, plural, one {# unidad vuelve} other {# unidades vuelven}} al stock, {quarantined, number} en cuarentena; abono {credit, number, ::.00}. {rma} está cerrada.',

  'ui-returns.lines.orderLines': 'Líneas del pedido',
  'ui-returns.lines.returnedUnits': 'Unidades devueltas',
  'ui-returns.lines.none': 'Aún no se ha escaneado ninguna unidad.',
  'ui-returns.lines.putAwayAt': '{disposition, select, restock {Repuesto en stock} other {En cuarentena}} en {location}',
  'ui-returns.lines.waiting': 'Pendiente',
  'ui-returns.lines.creditTotal': 'Abono total',

  'ui-returns.cancel.title': '¿Cancelar {rma}?',
  'ui-returns.cancel.nothingScanned': 'No se escaneó nada en {rma}.',
  'ui-returns.cancel.undo':
    '{units, plural, one {La # unidad escaneada en {rma} vuelve a figurar como enviada} other {Las # unidades escaneadas en {rma} vuelven a figurar como enviadas}} en {order}: la devolución se deshace en el registro de movimientos.',
  'ui-returns.cancel.keep': 'Conservar la RMA',
  'ui-returns.cancel.confirm': 'Cancelar la RMA',

  'ui-returns.restock.title': 'Ubicar {rma}',
  'ui-returns.restock.noCondition': 'sin estado',
  'ui-returns.restock.backInStock': 'De vuelta al stock',
  'ui-returns.restock.quarantine': 'Cuarentena',
  'ui-returns.restock.hint': 'Sin almacén, las unidades vuelven al almacén del pedido; las unidades en cuarentena quedan fuera de las ubicaciones.',
  'ui-returns.restock.submit': 'Ubicar y cerrar',
  'ui-returns.restock.cancel': 'Cancelar',

  'ui-returns.memo.title': 'Nota de crédito {rma}',
  'ui-returns.memo.order': 'Pedido {order}',
  'ui-returns.memo.line': '{qty, number} × {sku}{serial} a {price} = {amount, number, ::.00}{disposition}',
  'ui-returns.memo.serial': '(número de serie {serial})',
  'ui-returns.memo.noPrice': 'sin precio',
  'ui-returns.memo.restocked': 'repuesto en stock',
  'ui-returns.memo.quarantined': 'en cuarentena',
  'ui-returns.memo.total': 'Abono total {total, number, ::.00}',
};
