import { saveDiagnostics } from '../../diagnostics/diagnostics';
import { maskOptionValues } from '../../../shared/options/secret';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

export function stationHandlers(station: Station): Pick<Handlers, 'station.info' | 'options.list' | 'options.set' | 'diagnostics.save'> {
  return {
    'diagnostics.save': () => saveDiagnostics(station),
    'station.info': () => station.info(),
    'options.list': () => station.options.publicValues(),
    'options.set': async ({ values }) => maskOptionValues(await station.options.set(values)),
  };
}
