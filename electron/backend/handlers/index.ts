import type { Handlers } from '../dispatcher';
import type { Station } from '../station';
import { catalogHandlers } from './catalog';
import { devicesHandlers } from './devices';
import { documentsHandlers } from './documents';
import { lifecycleHandlers } from './lifecycle';
import { poolsHandlers } from './pools';
import { receivingHandlers } from './receiving';
import { shippingHandlers } from './shipping';
import { serialApiHandlers } from './serial-api';
import { sessionHandlers } from './session';
import { stationHandlers } from './station';
import { storageHandlers } from './storage';
import { webhooksHandlers } from './webhooks';

/** Every request handler, by domain. Missing one is a compile error (see `Handlers`). */
export function createHandlers(station: Station): Handlers {
  return {
    ...stationHandlers(station),
    ...devicesHandlers(station),
    ...sessionHandlers(station),
    ...receivingHandlers(station),
    ...shippingHandlers(station),
    ...lifecycleHandlers(station),
    ...poolsHandlers(station),
    ...storageHandlers(station),
    ...catalogHandlers(station),
    ...documentsHandlers(station),
    ...serialApiHandlers(station),
    ...webhooksHandlers(station),
  };
}
