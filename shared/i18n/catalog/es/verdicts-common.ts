import type { Translation } from '../types';
import type { verdictsCommon as en } from '../en/verdicts-common';

export const verdictsCommon: Translation<typeof en> = {
  'verdicts-common.scan.empty': 'El escaneo está vacío.',
  'verdicts-common.scan.noData': 'El escaneo tiene el identificador de simbología {symbology} pero no tiene datos.',
  'verdicts-common.scan.tooLong': 'El escaneo tiene {length, number} caracteres; se aceptan como máximo {max, number}.',
  'verdicts-common.scan.controlCharacter': 'El carácter de control {char} no está permitido aquí (en la posición {position}).',
  'verdicts-common.scan.unreadable': 'Código de barras ilegible: {detail}',
  'verdicts-common.scan.couldNotRead': 'No se pudo leer el escaneo.',
  'verdicts-common.unknownProduct': '{code} no es un código de producto conocido (SKU, UPC, GTIN o alias).',
  'verdicts-common.storageUnavailable': 'Base de datos inaccesible: no se registró nada',

  'verdicts-common.quantity.atLeastOne': 'La cantidad debe ser al menos 1.',
  'verdicts-common.quantity.notWhole': 'La cantidad {qty, number} no es un número entero de unidades.',

  'verdicts-common.serial.empty': 'El número de serie está vacío.',
  'verdicts-common.serial.tooLong': 'El número de serie tiene {length} caracteres; se permiten como máximo {max}.',
  'verdicts-common.serial.spacesOrControl': 'El número de serie contiene espacios o caracteres de control.',
  'verdicts-common.serial.loneSurrogate': 'El número de serie debe ser Unicode válido (contiene un sustituto suelto).',
  'verdicts-common.serial.controlCharacters': 'El número de serie no debe contener caracteres de control.',
  'verdicts-common.serial.bidiControls': 'El número de serie no debe contener caracteres de control bidireccional.',
  'verdicts-common.serial.zeroWidth': 'El número de serie no debe contener caracteres de ancho cero.',
  'verdicts-common.serial.textProblem': 'El número de serie no es válido ({detail}).',
  'verdicts-common.serial.exactLength': 'El número de serie tiene una longitud de {length}; este producto exige exactamente {exact}.',
  'verdicts-common.serial.minLength': 'El número de serie tiene una longitud de {length}; este producto exige al menos {min}.',
  'verdicts-common.serial.maxLength': 'El número de serie tiene una longitud de {length}; este producto permite como máximo {max}.',
  'verdicts-common.serial.patternUnusable': 'El patrón de número de serie {pattern} de este producto no se puede usar ({detail}); corrija el producto.',
  'verdicts-common.serial.patternMismatch': 'El número de serie no coincide con el patrón {pattern} de este producto.',
  'verdicts-common.serial.looksLikeUpc':
    '{value} es un código de producto (SKU, UPC, GTIN o alias) de esta orden de compra, no un número de serie: escanee la etiqueta del número de serie.',
  'verdicts-common.serial.looksLikeDocument': '{value} es el número, la factura o el número de seguimiento de esta orden de compra, no un número de serie.',

  'verdicts-common.pin.wrong': 'PIN de supervisor incorrecto: {left, plural, one {queda # intento} other {quedan # intentos}}.',
  'verdicts-common.pin.nowLocked': 'PIN de supervisor incorrecto. {max} PIN incorrectos: las aprobaciones quedan bloqueadas durante un minuto.',
  'verdicts-common.pin.locked': 'La aprobación del supervisor está bloqueada tras {max} PIN incorrectos; vuelva a intentarlo a las {until, time}.',
  // Sentences joined into one reply (a replacement and the scan it led to, a shipment and its printing).
  'verdicts-common.joined': '{first} {second}',
  'verdicts-common.listed': '{first}; {second}',
  'verdicts-common.sentence': '{text}.',
};
