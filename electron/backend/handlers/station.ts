import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

export function stationHandlers(station: Station): Pick<Handlers, 'station.info' | 'options.list' | 'options.set'> {
  return {
    'station.info': () => station.info(),
    'options.list': () => station.options.values(),
    'options.set': ({ values }) => station.options.set(values),
  };
}
