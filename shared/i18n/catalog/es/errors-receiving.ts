import type { Translation } from '../types';
import type { errorsReceiving as en } from '../en/errors-receiving';

export const errorsReceiving: Translation<typeof en> = {
  'errors-receiving.poNotFound': 'No existe la orden de compra {po}.',
  'errors-receiving.noOpenSession': 'No hay ninguna recepción abierta de {po} en esta estación.',
  'errors-receiving.serialNotReceived': 'El número de serie {serial} no se recibió en esta orden de compra.',
  'errors-receiving.serialNoLine': 'El número de serie {serial} no tiene línea en {po}.',
  'errors-receiving.noSerialLine': '{po} no tiene ninguna línea de {sku} que lleve números de serie.',

  'errors-receiving.measure.nothingToWeigh': 'No hay nada pendiente de pesar.',
  'errors-receiving.measure.noReading': '{detail} Escriba el peso o vuelva a pesar.',
  'errors-receiving.measure.unstable':
    'La báscula marca {weight} {unit} ({status, select, stable {estable} motion {en movimiento} zero {cero} under {bajo cero} over {sobrecarga} error {error} other {{status}}}): espere un peso estable mayor que cero.',
  'errors-receiving.measure.weightRequired': 'Indique un peso mayor que cero (gramos).',
  'errors-receiving.measure.dimensionsRequired': 'Indique el largo, el ancho y el alto (mm), cada uno mayor que cero.',

  'errors-receiving.labels.poNotFound': 'No existe la orden de compra {po}.',
  'errors-receiving.labels.nothingReceived': 'Aún no se ha recibido nada en {po}: no hay etiquetas que imprimir.',
  'errors-receiving.labels.nothingReceivedInSession': 'Aún no se ha recibido nada en {po} en la recepción {session}: no hay etiquetas que imprimir.',
  'errors-receiving.labels.tooMany': '{count} etiquetas: imprima como máximo 2000 a la vez (una recepción cada vez).',
  'errors-receiving.labels.noPrinter':
    'No hay ninguna impresora de etiquetas configurada (Configuración → Números de serie → dirección de la impresora de etiquetas).',
};
