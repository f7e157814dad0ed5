import type { Handlers } from '../dispatcher';
import type { Station } from '../station';
import { devicesHandlers } from './devices';
import { sessionHandlers } from './session';
import { stationHandlers } from './station';

/** Every request handler, by domain. Missing one is a compile error (see `Handlers`). */
export function createHandlers(station: Station): Handlers {
  return {
    ...stationHandlers(station),
    ...devicesHandlers(station),
    ...sessionHandlers(station),
  };
}
