import type { Translation } from '../types';
import type { verdictsReceiving as en } from '../en/verdicts-receiving';

export const verdictsReceiving: Translation<typeof en> = {
  'verdicts-receiving.prompt.bin': 'Escanee o escriba la ubicación para {po}.',
  'verdicts-receiving.prompt.weigh': 'Pese una unidad de {sku}: póngala en la báscula o escriba su peso y sus dimensiones.',
  'verdicts-receiving.prompt.serial': 'Escanee el número de serie de {sku} ({index} de {total}).',
  'verdicts-receiving.prompt.extra': 'Escanee el siguiente producto, u otro número de serie de {sku} para recibir una unidad más.',
  'verdicts-receiving.prompt.product': 'Escanee un producto (SKU, UPC, GTIN, alias o código de barras GS1).',

  'verdicts-receiving.poClosed': '{po} está {status, select, closed {cerrada} cancelled {cancelada} other {{status}}}; ya no se puede recibir nada en ella.',
  'verdicts-receiving.bin.unknown': '{code} no es una ubicación del almacén {warehouse}.',
  'verdicts-receiving.bin.emptyCode': 'Un código vacío no es una ubicación del almacén {warehouse}.',
  'verdicts-receiving.bin.required': 'Se necesita una ubicación antes de recibir.',
  'verdicts-receiving.bin.set': 'Ubicación {bin}: las unidades recibidas van allí.',
  'verdicts-receiving.quantityForNext': 'Cantidad {qty, number} para el siguiente producto.',
  'verdicts-receiving.weighFirst': 'Pese primero {sku}: ponga una unidad en la báscula o escriba su peso y continúe.',
  'verdicts-receiving.noLongerOnPo': '{sku} ya no está en {po}.',
  'verdicts-receiving.poAlreadyOpen': '{po} ya está abierta: escanee sus productos.',
  'verdicts-receiving.notOnPo': '{sku} no está en {po}.',
  'verdicts-receiving.notOnPoNamed': '{sku} ({name}) no está en {po}.',
  'verdicts-receiving.serialAsProduct.received':
    '{code} es un número de serie de {sku} ya recibido en la línea {lineNo} de {po}, no un código de producto: escanee primero el producto.',
  'verdicts-receiving.serialAsProduct.expected':
    '{code} es un número de serie de {sku} esperado en la línea {lineNo} de {po}, no un código de producto: escanee primero el producto y después este número de serie.',
  'verdicts-receiving.oneSerialAtATime': '{sku} se recibe un número de serie cada vez: envíe la cantidad 1 con cada número de serie.',
  'verdicts-receiving.overQuantity': '{sku}: {received, number} de {ordered, number} recibidas; {qty, number} más superarían lo pedido.',
  'verdicts-receiving.allOrderedReceived': '{sku}: todas las unidades pedidas ({ordered, number}) están recibidas; una más superaría lo pedido.',
  'verdicts-receiving.weighUnit': '{sku}: pese primero una unidad y escriba sus dimensiones.',
  'verdicts-receiving.scanSerials': '{sku} × {qty, number}: escanee {qty, plural, one {su número de serie} other {# números de serie}}.',
  'verdicts-receiving.received': 'Recibido {qty, number} × {sku} ({received, number} de {ordered, number}).',
  'verdicts-receiving.otherProduct': 'Ese código de barras es de otro producto; escanee el número de serie de {sku} o cancele las unidades pendientes.',
  'verdicts-receiving.noSerialInBarcode': 'Este código de barras no lleva número de serie (AI 21).',
  'verdicts-receiving.noSerialInBarcodeOf': 'Este código de barras de {sku} no lleva número de serie (AI 21).',
  'verdicts-receiving.receivedSerial': 'Recibido {sku} con número de serie {serial}.',
  'verdicts-receiving.receivedSerialBack': 'Recibido {sku} con número de serie {serial} (una unidad ya enviada que vuelve al stock).',
  'verdicts-receiving.receivedSerialOf': 'Recibido {sku} con número de serie {serial} ({done} de {total}).',
  'verdicts-receiving.receivedSerialOfBack': 'Recibido {sku} con número de serie {serial} ({done} de {total}, una unidad ya enviada que vuelve al stock).',

  'verdicts-receiving.measured.scanSerials':
    '{sku} pesa {grams, number} g. {sku} × {qty, number}: escanee {qty, plural, one {su número de serie} other {# números de serie}}.',
  'verdicts-receiving.measured.received': '{sku} pesa {grams, number} g. Recibido {qty, number} × {sku} ({received, number} de {ordered, number}).',

  'verdicts-receiving.serial.duplicateOnPo': 'El número de serie {serial} ya se escaneó en {po}.',
  'verdicts-receiving.serial.otherProduct':
    'El número de serie {serial} ya pertenece a {sku}; en esta estación los números de serie son únicos entre todos los productos.',
  'verdicts-receiving.serial.receivedBefore':
    'El número de serie {serial} de {sku} ya se recibió antes (ahora {status, select, available {disponible} assigned {asignado} in_stock {en stock} shipped {enviado} quarantined {en cuarentena} in_transit {en tránsito} deleted {eliminado} other {{status}}}).',
  'verdicts-receiving.serial.receivedBeforeOn':
    'El número de serie {serial} de {sku} ya se recibió antes en {po} (ahora {status, select, available {disponible} assigned {asignado} in_stock {en stock} shipped {enviado} quarantined {en cuarentena} in_transit {en tránsito} deleted {eliminado} other {{status}}}).',
  'verdicts-receiving.serial.already':
    'El número de serie {serial} de {sku} ya está {status, select, available {disponible} assigned {asignado} in_stock {en stock} shipped {enviado} quarantined {en cuarentena} in_transit {en tránsito} deleted {eliminado} other {{status}}}.',
  'verdicts-receiving.serial.alreadyOn':
    'El número de serie {serial} de {sku} ya está {status, select, available {disponible} assigned {asignado} in_stock {en stock} shipped {enviado} quarantined {en cuarentena} in_transit {en tránsito} deleted {eliminado} other {{status}}} (en {po}).',
  'verdicts-receiving.serial.notExpected': 'El número de serie {serial} no es uno de los {expected, number} números de serie esperados para {sku} en {po}.',

  'verdicts-receiving.later.allHaveSerials': 'Todas las unidades recibidas de {sku} en {po} ya tienen número de serie.',
  'verdicts-receiving.later.shippedBefore': 'El número de serie {serial} de {sku} ya se envió antes: recíbalo como devolución, no como unidad de {po}.',
  'verdicts-receiving.later.given':
    'Número de serie {serial} asignado a una unidad recibida de {sku}; {left, plural, =0 {todas las unidades recibidas de {sku} tienen ya número de serie} one {queda # unidad sin número de serie} other {quedan # unidades sin número de serie}}.',

  'verdicts-receiving.corrected': 'Número de serie {serial} de {sku} corregido a {newSerial}.',
  'verdicts-receiving.close.serialsPending':
    '{left, plural, one {# unidad de {sku} que esperaba números de serie no se recibió.} other {# unidades de {sku} que esperaban números de serie no se recibieron.}}',
  'verdicts-receiving.close.measurePending':
    '{qty, plural, one {# × {sku} pendiente de pesar no se recibió.} other {# × {sku} pendientes de pesar no se recibieron.}}',
  'verdicts-receiving.close.expectedSerials':
    '{sku}: recibidos {serials, number} de {expected, number} números de serie esperados; la cantidad confirmada es {received, number}.',
};
