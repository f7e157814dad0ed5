import type { Translation } from '../types';
import type { errorsImport as en } from '../en/errors-import';

export const errorsImport: Translation<typeof en> = {
  'errors-import.rest.jsonOnly': 'solo se aceptan cuerpos de solicitud application/json',
  'errors-import.rest.urlTooLong': 'un valor de la URL es demasiado largo (máximo {max} caracteres)',
  'errors-import.rest.noRoute': 'no existe la ruta {method} {path}',
  'errors-import.rest.noToken': 'falta el token de acceso: envíelo en la cabecera x-access-token',
  'errors-import.rest.invalid':
    '{what, select, body {cuerpo no válido} query {parámetro de consulta no válido} other {parámetro de ruta no válido}}: {summary}',
  'errors-import.rest.bodyTooLarge': 'el cuerpo de la solicitud supera el límite de esta API',
  'errors-import.rest.badRequest': 'solicitud incorrecta: {detail}',
  'errors-import.rest.internal': 'error interno: {detail}',
  'errors-import.rest.keyExists': 'ya existe una clave de API llamada «{name}»',
  'errors-import.rest.badSecret': 'clave de API desconocida o secreto incorrecto',
  'errors-import.rest.tokenInvalid': 'el token de acceso no es válido',
  'errors-import.rest.tokenRevoked': 'el token de acceso ha sido revocado',
  'errors-import.rest.tokenExpired': 'el token de acceso ha caducado: solicite uno nuevo en POST /api/v1/auth/token',
  'errors-import.rest.noChannelKey': 'falta la clave de canal: envíela en la cabecera x-channel-key',
  'errors-import.rest.channelNotBound': 'la clave de canal no está vinculada a la clave de API de este token',

  'errors-import.cell.required': 'es obligatorio',
  'errors-import.cell.notNumber': 'debe ser un número, no {value}',
  'errors-import.cell.notBool': 'debe ser true o false, no {value}',
  'errors-import.cell.kitComponent': 'el componente {component} debe escribirse como SKU:qty',
  'errors-import.cell.notDate': 'debe ser una fecha con el formato YYYY-MM-DD, no {value}',
  'errors-import.cell.negative': 'no puede ser negativo',
  'errors-import.cell.tooManyChars': 'debe tener como máximo {max} caracteres',
  'errors-import.row.cellCount': 'número de celdas: {cells}; la fila de cabecera tiene {columns}',
  'errors-import.row.cellTooLong': 'el valor supera {kb} KB',
  'errors-import.document.headerMismatch':
    '{hereState, select, blank {está vacío} other {{here}}}, pero la fila {firstRow} de {key} {number} tiene ' +
    '{firstState, select, blank {este campo vacío} other {{first}}}; repita el mismo valor en todas las filas de un documento',
  'errors-import.products.duplicateSku': 'SKU {sku} duplicado: ya está en la fila {row}',
  'errors-import.serials.unknownSku': 'SKU desconocido {sku}',
  'errors-import.serials.notTracked': '{sku} no controla números de serie',
  'errors-import.serials.exists': 'el número de serie {serial} ya existe para {sku} ({status})',
  'errors-import.serials.duplicate': 'número de serie {serial} duplicado: ya está en la fila {row}',
  'errors-import.serials.addedMeanwhile':
    'el número de serie {serial} de {sku} se añadió a la estación durante la importación; no se importó nada',

  'errors-import.file.unknownColumns':
    '{file}: {count, plural, one {columna desconocida} other {columnas desconocidas}} {names} en la fila de cabecera (columnas: {columns})',
  'errors-import.file.duplicateColumn': '{file}: la columna {column} aparece dos veces en la fila de cabecera',
  'errors-import.file.missingColumns': '{file}: {count, plural, one {falta la columna} other {faltan las columnas}} {names}',
  'errors-import.file.cannotRead': 'no se puede leer {path}: {detail}',
  'errors-import.file.badCsv': '{file}: no se puede leer el CSV: {detail}',
  'errors-import.file.empty': '{file} está vacío: necesita una fila de cabecera con los nombres de las columnas',
  'errors-import.file.notUtf8':
    '{file} no es texto UTF-8 (byte no válido en la posición {offset}, línea {line}); guárdelo como UTF-8 (CSV UTF-8) e impórtelo de nuevo',
  'errors-import.rest.idempotencyRequired': 'esta estación exige una cabecera Idempotency-Key en los escaneos (api.requireIdempotencyKey)',
  'errors-import.rest.idempotencyTooLong': 'Idempotency-Key tiene como máximo {max} caracteres',
  'errors-import.rest.idempotencyReused': 'Idempotency-Key {key} ya se usó con otra solicitud (en las últimas 24 h): envíe una clave nueva para una solicitud nueva',
};
