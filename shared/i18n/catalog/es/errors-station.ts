import type { Translation } from '../types';
import type { errorsStation as en } from '../en/errors-station';

export const errorsStation: Translation<typeof en> = {
  'errors-station.session.badgeOff': 'El inicio de sesión con tarjeta está desactivado en esta estación: elija su nombre y escriba su PIN.',
  'errors-station.session.unknownBadge': 'Esa tarjeta no pertenece a nadie en esta estación.',
  'errors-station.session.locked': '{name} está bloqueado tras 5 PIN erróneos hasta las {until, time}',
  'errors-station.session.wrongPin':
    'PIN erróneo para {name}: {left, plural, one {queda # intento} other {quedan # intentos}} antes de un bloqueo de un minuto',
  'errors-station.session.unknownUser': 'no hay ningún usuario llamado {name}',
  'errors-station.users.notFound': 'No hay ningún usuario llamado {name}.',
  'errors-station.demo.notEmpty': 'los datos de demostración solo se cargan en una estación vacía; esta ya contiene datos',

  'errors-station.access.signInFirst':
    'Inicie sesión primero: esta estación registra quién recibe, envía, procesa devoluciones, traslada y cuenta.{users, select, none { Añada antes un usuario en Ajustes → Usuarios (o cargue los datos de demostración).} other {}}',
  'errors-station.access.supervisorOnly':
    'Solo un supervisor puede {what, select, settings {cambiar los ajustes} webhooks {cambiar los webhooks} other {cambiar los usuarios}}: {name} ha iniciado sesión como {role, select, supervisor {supervisor} operator {operario} other {{role}}}.',
  'errors-station.access.signedInSupervisorOnly':
    'Solo un supervisor con sesión iniciada puede {what, select, settings {cambiar los ajustes} webhooks {cambiar los webhooks} other {cambiar los usuarios}}.',

  'errors-station.devices.noScale': 'no hay ninguna báscula configurada (Ajustes → Dispositivos)',
  'errors-station.devices.commandFailed': '{command, select, zero {la puesta a cero} tare {la tara} other {{command}}} falló: {detail}',
  'errors-station.devices.captureNeedsScreen': 'solo una pantalla de la estación puede capturar escaneos para su campo de PIN',
  'errors-station.devices.scannerNotSimulator': 'el escáner no es el simulador (Ajustes → Dispositivos → Conexión del escáner)',
  'errors-station.devices.scaleNotSimulator': 'la báscula no es un simulador (Ajustes → Dispositivos → Protocolo de la báscula)',

  'errors-station.shipping.weighAtBench': 'En el puesto de embalaje se pesa cada paquete: envíe con el botón «Enviar pedido».',

  'errors-station.documents.productNotFound': 'no se encontró el producto {sku}',
  'errors-station.documents.purchaseOrderNotFound': 'no se encontró la orden de compra {po}',
  'errors-station.documents.orderNotFound': 'no se encontró el pedido {order}',
  'errors-station.documents.forceNeedsSupervisor': "Un cambio forzado necesita un supervisor: envíe force '{'pin, reason'}'.",

  'errors-station.pools.printWhat': 'imprima los números de serie seleccionados o una tanda',
  'errors-station.stock.noStockLine': 'No hay existencias de {sku} en {place}.',
  'errors-station.serials.notInLedger': 'El número de serie {serial} no está en el registro.',
  'errors-station.serials.notInLedgerRest': 'El número de serie {serial} no está en el registro',

  'errors-station.webhooks.notFound': 'No existe el webhook {id}.',
  'errors-station.webhooks.otherStation': 'El webhook {id} se añadió en otra estación: su secreto solo puede usarse allí.',

  'errors-station.options.fileInvalid': 'el archivo de opciones de la estación en {dir} no es válido: {detail}',
  'errors-station.options.invalid': 'opciones no válidas: {detail}',
  'errors-station.options.restLocked':
    '{keys} no {count, plural, one {puede} other {pueden}} cambiarse mediante la API REST: {count, plural, one {decide} other {deciden}} quién puede acceder a ella. {count, plural, one {Cámbiela} other {Cámbielas}} en Ajustes → API o con scanbay options set.',

  'errors-station.storage.cannotConnect': '{database}: {detail}',
  'errors-station.storage.unreachable': 'Base de datos inaccesible — no se registró nada.',
  'errors-station.storage.poolBusy': 'La estación está ocupada (todas las conexiones a la base de datos están en uso); no se registró nada, inténtelo de nuevo en un momento.',
  'errors-station.storage.diskFull': 'El disco con los datos de la estación está lleno; no se registró nada.',
  'errors-station.storage.busy':
    'La base de datos de la estación está ocupada (otro programa está escribiendo en ella, por ejemplo una importación); no se registró nada — inténtelo de nuevo en un momento.',
  'errors-station.storage.cannotWrite': 'No se pueden escribir los datos de la estación ({reason}); no se registró nada.',
  'errors-station.storage.cannotWriteAt': 'No se pueden escribir los datos de la estación en {path} ({reason}); no se registró nada.',
  'errors-station.storage.cannotUse': 'No se pueden usar los datos de la estación ({reason}); no se registró nada.',
  'errors-station.storage.cannotUseAt': 'No se pueden usar los datos de la estación en {path} ({reason}); no se registró nada.',
  'errors-station.storage.newerSchema': 'estos datos los escribió un ScanBay más reciente (esquema {found}; esta versión conoce el {known}); actualice ScanBay',
  'errors-station.storage.reason.readOnlyFileSystem': 'sistema de archivos de solo lectura',
  'errors-station.storage.reason.permissionDenied': 'permiso denegado',
  'errors-station.storage.reason.notPermitted': 'operación no permitida',
  'errors-station.storage.reason.noSpace': 'no queda espacio en el disco',
  'errors-station.storage.reason.quotaExceeded': 'cuota de disco superada',
  'errors-station.storage.reason.missing': 'no existe',
  'errors-station.storage.reason.notDirectory': 'una parte de la ruta no es una carpeta',
  'errors-station.storage.reason.openedReadOnly': 'la base de datos se abrió en modo de solo lectura',
  'errors-station.users.badgeTaken': 'otro usuario ya tiene esta tarjeta',
  'errors-station.users.exists': 'el usuario {name} ya existe',
};
