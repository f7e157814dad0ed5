import type { Translation } from '../types';
import type { verdictsShipping as en } from '../en/verdicts-shipping';

export const verdictsShipping: Translation<typeof en> = {
  'verdicts-shipping.gate.shipped': '{order} ya se ha enviado; no se puede embalar nada más en él.',
  'verdicts-shipping.gate.cancelled': '{order} está cancelado; no se puede embalar.',
  'verdicts-shipping.gate.notPicked': '{order} no está marcado como preparado; este puesto solo embala pedidos preparados.',
  'verdicts-shipping.gate.notConfirmed': '{order} no está confirmado; este puesto solo embala pedidos confirmados.',

  'verdicts-shipping.approval.replacement':
    '{sku} puede sustituir a {replaces} en {order}: {need, select, pinAndReason {se necesitan el PIN de un supervisor y un motivo} reason {indique un motivo} other {se necesita el PIN de un supervisor}}.',
  'verdicts-shipping.approval.serial':
    'Excepción para el número de serie {serial}: {need, select, pinAndReason {se necesitan el PIN de un supervisor y un motivo} reason {indique un motivo} other {se necesita el PIN de un supervisor}}.',
  'verdicts-shipping.approval.weight':
    'Peso de {grams, number} g de {order}: {need, select, pinAndReason {se necesitan el PIN de un supervisor y un motivo} reason {indique un motivo} other {se necesita el PIN de un supervisor}}.',

  'verdicts-shipping.replacement.done':
    '{ordered} sustituido por {replacement} {where, select, kit {en el kit {kit}, línea {line}} other {en la línea {line}}}{approved, select, yes { (aprobado por {approver})} other {}}.',

  'verdicts-shipping.item.allScanned': '{sku}: los {required} están escaneados; uno más superaría lo pedido.',
  'verdicts-shipping.item.multipleQtyOff':
    'Escanear {qty, plural, one {# unidad} other {# unidades}} a la vez está desactivado en este puesto: escanee cada unidad de {sku}.',
  'verdicts-shipping.item.moreThanOrdered': '{sku}: {scanned} de {required} escaneados; {qty} más superarían lo pedido.',
  'verdicts-shipping.item.scanSerials': '{sku} × {qty}: escanee {qty, plural, one {su número de serie} other {# números de serie}}.',
  'verdicts-shipping.item.packed':
    '{qty} × {sku} embalado ({scanned} de {required}).{complete, select, confirmed { Todos los artículos están escaneados; el pedido está confirmado.} yes { Todos los artículos están escaneados.} other {}}',
  'verdicts-shipping.kit.allScanned': '{sku}: {qty, plural, one {el # kit está escaneado} other {los # kits están escaneados}}.',
  'verdicts-shipping.kit.whole':
    '{sku}: kit completo {next} de {qty}{hasPacked, select, yes { — embalado: {packed}} other {}}.{complete, select, confirmed { Todos los artículos están escaneados; el pedido está confirmado.} yes { Todos los artículos están escaneados.} other {}}',
  'verdicts-shipping.kit.wholeScanSerial':
    '{sku}: kit completo {next} de {qty}{hasPacked, select, yes { — embalado: {packed}} other {}}; escanee el número de serie de {serialSku}.',
  'verdicts-shipping.kit.parentComplete':
    '{sku}: kit {kit} de {qty} completo.{complete, select, confirmed { Todos los artículos están escaneados; el pedido está confirmado.} yes { Todos los artículos están escaneados.} other {}}',
  'verdicts-shipping.kit.componentsFirst': 'Escanee primero los componentes de {sku} (quedan por escanear: {rest}) y después el kit.',
  'verdicts-shipping.kit.throughComponents': '{sku} se escanea a través de sus componentes; quedan por escanear: {rest}.',

  'verdicts-shipping.serial.orderNumber': '{serial} es el número de este pedido, no un número de serie: escanee el número de serie de {sku}.',
  'verdicts-shipping.serial.productCode': '{serial} es un código de producto ({productSku}), no un número de serie: escanee el número de serie de {sku}.',
  'verdicts-shipping.serial.wrongProduct': 'El número de serie {serial} pertenece a {owners}, no a {sku}.',
  'verdicts-shipping.serial.duplicate': 'El número de serie {serial} ya está escaneado en {order}.',
  'verdicts-shipping.serial.shipped': 'El número de serie {serial} de {sku} ya se ha enviado.',
  'verdicts-shipping.serial.heldElsewhere': 'El número de serie {serial} de {sku} ya está embalado en el pedido abierto {other}.',
  'verdicts-shipping.serial.notInStock':
    'El número de serie {serial} de {sku} {status, select, available {está en un pool de números de serie y nunca se recibió} assigned {está asignado en un pool de números de serie y nunca se recibió} quarantined {está en cuarentena} in_transit {está en tránsito} other {tiene el estado {status}}}: no está en stock.{overrideOff, select, yes { Las excepciones a la validación de números de serie están desactivadas en este puesto.} other {}}',
  'verdicts-shipping.serial.neverReceived':
    'El número de serie {serial} de {sku} nunca se recibió: no está en stock.{overrideOff, select, yes { Las excepciones a la validación de números de serie están desactivadas en este puesto.} other {}}',
  'verdicts-shipping.serial.overrideOff': 'Las excepciones a la validación de números de serie están desactivadas en este puesto.',
  'verdicts-shipping.serial.packed':
    '{sku} embalado con el número de serie {serial} ({index} de {total}).{override, select, approvedBy { Excepción ({rules}) aprobada por {approver}: {reason}.} yes { Excepción ({rules}): {reason}.} other {}}{complete, select, confirmed { Todos los artículos están escaneados; el pedido está confirmado.} yes { Todos los artículos están escaneados.} other {}}',

  'verdicts-shipping.order.notFound': 'No existe el pedido {order}.',
  'verdicts-shipping.open.toScan': 'Embalando {order}: {left} de {required, plural, one {# unidad} other {# unidades}} por escanear.',
  'verdicts-shipping.open.allScanned':
    'Embalando {opened}: {required, plural, one {la # unidad está escaneada} other {las # unidades están escaneadas}}. {step, select, shipped {{order} está enviado. Escanee o escriba el número del siguiente pedido.} serial {Escanee el número de serie de {sku} ({index} de {total}).} partial {Enviar lo embalado de {order}: pese {multi, select, yes {el paquete {no} de {count}} other {el paquete}} e indique sus dimensiones y su número de seguimiento.} confirm {Todos los artículos de {order} están escaneados: marque la casilla y confirme el pedido.} package {Pese {multi, select, yes {el paquete {no} de {count}} other {el paquete}} de {order}, indique sus dimensiones y su número de seguimiento y después {last, select, no {regístrelo} other {envíe}}.} other {Escanee los artículos de {order} (SKU, UPC, GTIN, alias o código de barras GS1).}}',
  'verdicts-shipping.prompt.shipped': '{order} está enviado. Escanee o escriba el número del siguiente pedido.',
  'verdicts-shipping.prompt.serial': 'Escanee el número de serie de {sku} ({index} de {total}).',
  'verdicts-shipping.prompt.partial':
    'Enviar lo embalado de {order}: pese {multi, select, yes {el paquete {no} de {count}} other {el paquete}} e indique sus dimensiones y su número de seguimiento.',
  'verdicts-shipping.prompt.confirm': 'Todos los artículos de {order} están escaneados: marque la casilla y confirme el pedido.',
  'verdicts-shipping.prompt.package':
    'Pese {multi, select, yes {el paquete {no} de {count}} other {el paquete}} de {order}, indique sus dimensiones y su número de seguimiento y después {last, select, no {regístrelo} other {envíe}}.',
  'verdicts-shipping.prompt.items': 'Escanee los artículos de {order} (SKU, UPC, GTIN, alias o código de barras GS1).',

  'verdicts-shipping.scan.qtyBarcodesOff': 'Los códigos de barras de cantidad están desactivados en este puesto: escanee cada unidad.',
  'verdicts-shipping.scan.qtyAtLeastOne': 'Una cantidad debe ser al menos 1.',
  'verdicts-shipping.scan.qtyNext': 'Cantidad {qty} para el siguiente artículo.',
  'verdicts-shipping.scan.serialFirst': 'Escanee primero el número de serie de {sku} o cancele las unidades pendientes.',
  'verdicts-shipping.scan.packageStarted': 'Paquete {no} iniciado: los artículos que escanee ahora van en él.',
  'verdicts-shipping.scan.packageEmpty': 'El paquete {no} sigue vacío: escanee primero artículos en él.',
  'verdicts-shipping.scan.orderOpen': '{order} ya está abierto: escanee sus artículos.',
  'verdicts-shipping.scan.notOnOrder': '{sku} ({name}) no está en {order}: el pedido espera {expects, select, nothing {nada más} other {{list}}}.',
  'verdicts-shipping.scan.unknownCode':
    '{code} no es un código de producto conocido (SKU, UPC, GTIN o alias): el pedido espera {expects, select, nothing {nada más} other {{list}}}.',
  'verdicts-shipping.scan.otherBarcode':
    'Ese código de barras es {known, select, yes {{scanned}} other {otro producto}}: escanee el número de serie de {sku} o cancele las unidades pendientes.',
  'verdicts-shipping.scan.noSerialInBarcode': 'Este código de barras de {sku} no lleva número de serie (AI 21).',
  'verdicts-shipping.scan.unknownSku': '{sku} no es un SKU conocido.',
  'verdicts-shipping.scan.oneSerialAtATime': '{sku} se embala de un número de serie en uno: envíe qty 1 con cada número de serie.',

  'verdicts-shipping.tracking.notTracking': '{code} no es un número de seguimiento.',
  'verdicts-shipping.tracking.newPackageCode': '{code} inicia un paquete nuevo mientras se escanean artículos; aquí, escanee el número de seguimiento.',
  'verdicts-shipping.tracking.productCode': '{code} es un código de producto, no un número de seguimiento.',
  'verdicts-shipping.tracking.orderNumber': '{code} es un número de pedido, no un número de seguimiento.',
  'verdicts-shipping.tracking.scanned': 'Número de seguimiento {code} escaneado.',

  'verdicts-shipping.partial.off': 'Enviar parte de un pedido está desactivado en este puesto (shipping.allowPartial).',
  'verdicts-shipping.partial.nothingPacked': 'Todavía no hay nada embalado en {order}.',
  'verdicts-shipping.confirm.stillToScan': 'En {order} quedan por escanear: {rest}.',

  'verdicts-shipping.weigh.scaleConnected': 'Hay una báscula conectada: ponga el paquete en ella (escribir el peso está desactivado en este puesto).',
  'verdicts-shipping.weigh.scanTracking': 'Escanee el número de seguimiento: escribirlo está desactivado en este puesto.',
  'verdicts-shipping.measure.notAtStep': '{order} no está en el paso del paquete: {prompt}',
  'verdicts-shipping.measure.lastPackage': 'El paquete {no} es el último de {order}: envíe el pedido.',
  'verdicts-shipping.measure.weighFirst': 'Pese primero el paquete {no}.',
  'verdicts-shipping.measure.done':
    'Paquete {no} de {count}: {grams, number} g{tracked, select, yes {, seguimiento {tracking}} other {}}. Pese el paquete {next}.{note, select, approvedBy { Peso aprobado por {approver}: {reason}.} approved { Peso aprobado: {reason}.} unchecked { Peso esperado no comprobado: no hay peso de catálogo para {missing}.} other {}}',
  'verdicts-shipping.ship.notYet': '{order} todavía no se puede enviar; quedan por escanear: {rest}.',
  'verdicts-shipping.ship.nothingPacked': 'No hay nada embalado en {order}.',
  'verdicts-shipping.ship.weighFirst': 'Pese primero el paquete {no} de {order}.',
  'verdicts-shipping.ship.changed': '{order} cambió mientras se generaban sus etiquetas: envíelo de nuevo.',
  'verdicts-shipping.ship.done':
    '{order} enviado: envío {shipment}, {multi, select, yes {{packages, plural, one {# paquete} other {# paquetes}}, } other {}}{units, plural, one {# unidad} other {# unidades}}{weighed, select, yes {, {grams, number} g} other {}}{tracked, select, yes {, seguimiento {tracking}} other {}}.{note, select, approvedBy { Peso aprobado por {approver}: {reason}.} approved { Peso aprobado: {reason}.} unchecked { Peso esperado no comprobado: no hay peso de catálogo para {missing}.} other {}}{rest, select, open { El resto de {order} sigue abierto.} other {}}',
  'verdicts-shipping.ship.labelServiceFailed': '{problem} {order} sigue embalado: pulse Reintentar para volver a pedirlas.',
  'verdicts-shipping.ship.labelsShort':
    '{labels, plural, one {# etiqueta} other {# etiquetas}} para {packages, plural, one {# paquete} other {# paquetes}}. {order} sigue embalado.',
  'verdicts-shipping.plan.beyond':
    '{order} está embalado en el paquete {no}, pero la petición nombra {count, plural, one {# paquete} other {# paquetes}}: indique sus números de serie o artículos en un paquete.',
  'verdicts-shipping.plan.empty': 'El paquete {no} quedaría vacío: indique los números de serie o artículos que van en él.',
  'verdicts-shipping.plan.badWeight': 'Paquete {no}: {problem}',
  'verdicts-shipping.missing.dimensions':
    'Indique las dimensiones {multi, select, yes {del paquete {no} de {order}} other {de {order}}}: este puesto no envía ningún paquete sin ellas.',
  'verdicts-shipping.missing.tracking':
    'Escanee o escriba el número de seguimiento {multi, select, yes {del paquete {no} de {order}} other {de {order}}}: este puesto no envía ningún paquete sin él.',

  'verdicts-shipping.print.noShipment': 'No existe el envío {shipment}.',
  'verdicts-shipping.print.nothing': 'Nada que imprimir.',
  'verdicts-shipping.print.part':
    '{what, select, slip {Albarán} other {Etiqueta del paquete {no}}} {how, select, sent {enviado a {host}:{port}} saved {guardado como {path}} desktopOnly {guardado como {path} (el diálogo de impresión solo existe en la aplicación de escritorio)} dialog {guardado como {path} y abierto en el diálogo de impresión} failed {no impreso: {error}} other {{words}}}',
  'verdicts-shipping.print.one':
    '{what, select, slip {Albarán} other {Etiqueta del paquete {no}}} {how, select, sent {enviado a {host}:{port}} saved {guardado como {path}} desktopOnly {guardado como {path} (el diálogo de impresión solo existe en la aplicación de escritorio)} dialog {guardado como {path} y abierto en el diálogo de impresión} failed {no impreso: {error}} other {{words}}}.',
  'verdicts-shipping.print.noLabels': 'El envío {shipment} de {order} no tiene etiquetas.',
  'verdicts-shipping.print.noShipmentToPrint': '{order} no tiene {named, select, yes {el envío {shipment}} other {ningún envío}} que imprimir.',

  'verdicts-shipping.weight.noReading': 'La báscula todavía no ha enviado ninguna lectura.',
  'verdicts-shipping.weight.motion': 'La báscula está en movimiento ({weight, number, ::.######} {unit}): espere a un peso estable.',
  'verdicts-shipping.weight.over': 'La báscula está sobrecargada: el paquete pesa demasiado para ella.',
  'verdicts-shipping.weight.under': 'La báscula marca menos de cero: vacíela y póngala a cero.',
  'verdicts-shipping.weight.error': 'La báscula indica un error: revísela o escriba el peso si está permitido.',
  'verdicts-shipping.weight.negative': 'La báscula marca un peso negativo ({weight, number, ::.######} {unit}): vacíela y póngala a cero.',
  'verdicts-shipping.weight.zero': 'La báscula marca cero: ponga el paquete en la báscula.',
  'verdicts-shipping.weight.tooHeavy': '{weight, number, ::.######} {unit} es más de lo que puede pesar un paquete aquí.',
  'verdicts-shipping.weight.typedAboveZero': 'Escriba un peso mayor que cero.',
  'verdicts-shipping.weight.disconnected': 'La báscula no está conectada: no hay peso con el que enviar.',
  'verdicts-shipping.weight.errorSince': 'La báscula indicó un error desde su último peso: no hay lectura.',
  'verdicts-shipping.weight.errorSinceWhy': 'La báscula indicó un error desde su último peso: no hay lectura. ({error})',
  'verdicts-shipping.weight.stale': 'No hay lectura de la báscula: ha dejado de responder.',
  'verdicts-shipping.weight.beforeStep': 'Este peso se leyó antes de empezar este pesaje: vuelva a poner el paquete en la báscula.',
  'verdicts-shipping.weight.previousPackage':
    'La báscula sigue mostrando el peso del paquete anterior ({grams, number} g) y no ha vuelto a cero: retire ese paquete o ponga este.',

  'verdicts-shipping.expected.skipped': 'Peso esperado no comprobado: no hay peso de catálogo para {missing}.',
  'verdicts-shipping.expected.range': 'Esperado: {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g).',
  'verdicts-shipping.expected.outOfRange':
    'El paquete pesa {weighed, number} g; sus artículos y el embalaje deberían pesar {grams, number} g ± {tolerance, number} % ({min, number}–{max, number} g){off, select, heavier {: {percent, number} % más} lighter {: {percent, number} % menos} other {}}. Revise la caja o pida a un supervisor que apruebe el peso.',
};
