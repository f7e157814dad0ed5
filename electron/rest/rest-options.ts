import type { Station } from '../backend/station';
import { SCANBAY_VERSION } from '../backend/version';
import { ApiAuth } from './auth/api-auth';
import type { RestOptions } from './plugin';
import { restRoutes } from './routes';

export function apiAuthFor(station: Station): ApiAuth {
  return new ApiAuth(station.database.db, () => station.options.get('api.tokenTtlMinutes'));
}

/** The REST API of a station, as served by `scanbay serve` and (when enabled) the desktop app. */
export function restOptionsFor(station: Station): RestOptions {
  const auth = apiAuthFor(station);
  return {
    routes: restRoutes(station, auth),
    version: SCANBAY_VERSION,
    authenticate: (token, channel) => auth.authenticate(token, channel),
    idempotency: { db: () => station.database.db, requireOnScans: () => station.options.get('api.requireIdempotencyKey') },
    onStorageFault: (err, route) => station.storage.report({ fault: err.fault ?? 'unavailable', message: err.message, text: err.text }, route),
  };
}
