import { saveDiagnostics } from '../../diagnostics/diagnostics';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

export function stationHandlers(station: Station): Pick<Handlers, 'station.info' | 'options.list' | 'options.set' | 'diagnostics.save'> {
  return {
    'diagnostics.save': () => saveDiagnostics(station),
    'station.info': () => station.info(),
    'options.list': () => station.options.values(),
    'options.set': ({ values }) => station.options.set(values),
  };
}
