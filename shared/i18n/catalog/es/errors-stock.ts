import type { Translation } from '../types';
import type { errorsStock as en } from '../en/errors-stock';

export const errorsStock: Translation<typeof en> = {
  'errors-stock.noWarehouse': 'No existe el almacén {warehouse}.',
  'errors-stock.notBinOf': '{bin} no es una ubicación de {warehouse}.',

  'errors-stock.returns.noRma': 'No existe la RMA {rma}.',
  'errors-stock.returns.noOrder': 'No existe el pedido {order}.',
  'errors-stock.returns.rmaOfOtherOrder': 'La RMA {rma} ya existe para el pedido {order}.',
  'errors-stock.returns.nothingShipped': 'El pedido {order} no ha enviado nada: no hay nada que devolver.',
  'errors-stock.returns.closedPutAway':
    '{rma} está cerrada; sus unidades se ubicaron {day, select, none {un día anterior} other {el {day}}}.',
  'errors-stock.returns.nothingWaiting': 'Nada devuelto en {rma} espera ubicación: escanee primero las unidades devueltas.',
  'errors-stock.returns.notBinOfWarehouse': '{bin} no es una ubicación del almacén {warehouse}.',
  'errors-stock.returns.lineNotWaiting': 'La línea {lines} no es una unidad pendiente en {rma}.',
  'errors-stock.returns.alreadyEnded': '{rma} ya está {status, select, cancelled {cancelada} other {cerrada}}.',
  'errors-stock.returns.cannotCancel': 'Las unidades de {rma} ya están ubicadas: la RMA no se puede cancelar.',

  'errors-stock.transfers.noTransfer': 'No existe el traspaso {transfer}.',
  'errors-stock.transfers.toSkuRequired': 'Un traspaso de SKU a SKU necesita el SKU en el que se convierten las unidades.',
  'errors-stock.transfers.unknownSku': '{sku} no es un SKU conocido.',
  'errors-stock.transfers.sameLocation': 'Origen y destino son la misma ubicación ({location}): no se movería nada.',
  'errors-stock.transfers.binToBinOneWarehouse':
    'Un traspaso de ubicación a ubicación se queda en un almacén: elija de almacén a almacén.',
  'errors-stock.transfers.otherWarehouse': 'Un traspaso de almacén a almacén va a un almacén distinto de {warehouse}.',
  'errors-stock.transfers.nothingScanned': 'No se escaneó nada en {transfer}.',
  'errors-stock.transfers.status':
    '{transfer} está {status, select, open {abierto} in_transit {en tránsito} completed {completado} cancelled {cancelado} other {{status}}}.',
  'errors-stock.transfers.notOneWayInTransit': '{transfer} no es un traspaso de solo ida en tránsito.',

  'errors-stock.counts.noCount': 'No hay ningún recuento en curso en {location}.',
  'errors-stock.counts.supervisorNeeded':
    'Se necesita el PIN de un supervisor: este recuento da de baja {units} {units, plural, one {unidad} other {unidades}} de un producto (más de {above}).',

  'errors-stock.pools.noProduct': 'no hay ningún producto con el código {code}: registre primero el producto',
  'errors-stock.pools.noPool': 'el producto {sku} aún no tiene pool de números de serie',
  'errors-stock.pools.poolNotFound': 'no se encontró el pool de números de serie {pool}',
  'errors-stock.pools.noGtin': 'el producto {sku} no tiene GTIN: use el esquema SKU o añada su GTIN',
  'errors-stock.pools.poolExists': 'el producto {sku} ya tiene un pool de números de serie',
  'errors-stock.pools.continuousOneAtATime':
    'un pool continuo genera un número de serie cada vez (las tandas son para pools por tandas)',
  'errors-stock.pools.limitReached':
    'límite del pool alcanzado: {pool} tiene {used} de {limit} números de serie, se pueden generar {left} más; no se generó nada',
  'errors-stock.pools.serialLengthTooShort':
    'los números de serie de {length} caracteres son demasiado cortos para {count} números de serie: use una longitud mayor',
  'errors-stock.pools.noUnusedSerials':
    'no se encontraron {count} números de serie sin usar de {length} caracteres: use una longitud mayor',
  'errors-stock.pools.batchNameTaken': 'este pool ya tiene una tanda llamada «{name}»',
  'errors-stock.pools.selectedNotInPool':
    '{count, plural, one {{count} número de serie seleccionado no está} other {{count} números de serie seleccionados no están}} en este pool (¿eliminados entretanto?)',
  'errors-stock.pools.repeatedSerials':
    'la solicitud repite {count, plural, one {{count} número de serie} other {{count} números de serie}}',
  'errors-stock.pools.notEnoughAvailable':
    'el pool de {sku} tiene {available, plural, one {{available} número de serie disponible} other {{available} números de serie disponibles}}, se pidieron {requested}; no se asignó nada',
  'errors-stock.pools.notInPoolOf':
    '{count, plural, one {{count} número de serie no está} other {{count} números de serie no están}} en el pool de {sku}; no se liberó nada',
  'errors-stock.pools.noSuchFolder': 'la carpeta {folder} no existe',
  'errors-stock.pools.pathOutsideLabels': 'una ruta de etiquetas relativa debe quedar dentro de la carpeta de etiquetas',
  'errors-stock.pools.batchNotInPool': 'la tanda {batch} no está en este pool',
  'errors-stock.pools.tooManyLabels': 'la tanda {batch} tiene {total} números de serie; imprima como máximo {max} a la vez',
  'errors-stock.pools.nothingToPrint': 'no hay nada que imprimir: la tanda no contiene números de serie',
  'errors-stock.pools.labelFileNotWritten': 'no se pudo escribir el archivo de etiquetas {file} ({detail})',
  'errors-stock.pools.noPrinter': 'no hay impresora de etiquetas configurada: introduzca su dirección o configúrela en Configuración',
  'errors-stock.pools.cannotCommission':
    '{count, plural, one {# número de serie no se puede} other {# números de serie no se pueden}} poner en circulación para {sku} (ya en circulación, de otro pool o producto, o generados pero nunca emitidos); no se puso nada en circulación',
  'errors-stock.pools.alreadyExist':
    '{count, plural, one {# número de serie ya existe} other {# números de serie ya existen}} para {sku}; no se puso nada en circulación',
  'errors-stock.pools.notAssigned':
    '{count, plural, one {# número de serie no está asignado} other {# números de serie no están asignados}} (ya disponibles, o recibidos/enviados); no se liberó nada',
  'errors-stock.pools.selectedNotAssigned':
    '{count, plural, one {# número de serie seleccionado no está asignado} other {# números de serie seleccionados no están asignados}} (ya disponibles, o recibidos/enviados); no se liberó nada',
  'errors-stock.pools.hasHistory':
    '{count, plural, one {# número de serie seleccionado tiene} other {# números de serie seleccionados tienen}} historial más allá de la generación (asignado, impreso, recibido…) y no se {count, plural, one {puede} other {pueden}} eliminar; no se eliminó nada',
};
