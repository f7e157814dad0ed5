import type { DeviceState } from '../../shared/api/requests/station';
import type { Logger } from '../logging/logger';

const lastLogged = new WeakMap<Logger, Map<string, string>>();

/**
 * Device connects and failures go to the log, once per change: a scale retrying with backoff
 * repeats "connecting → disconnected (same reason)" and must not fill the log with it.
 */
export function logDeviceStatus(logger: Logger, state: DeviceState): void {
  if (state.status === 'connecting') return;
  const seen = lastLogged.get(logger) ?? new Map<string, string>();
  lastLogged.set(logger, seen);
  const key = `${state.status}|${state.driver}|${state.detail ?? ''}`;
  if (seen.get(state.kind) === key) return;
  seen.set(state.kind, key);
  const context = { device: state.kind, driver: state.driver, detail: state.detail };
  if (state.status === 'connected') logger.info(context, `${state.kind} connected`);
  else if (state.driver !== 'none' && state.detail) logger.warn(context, `${state.kind} disconnected: ${state.detail}`);
}
