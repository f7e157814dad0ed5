import { z } from 'zod';
import { maskOptionValues } from '../../../shared/options/secret';
import type { ApiAuth } from '../auth/api-auth';
import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { defineRoute, type RouteDef } from '../route';

/** Options REST may not change: they decide who can reach the API. */
export const REST_LOCKED_OPTIONS: readonly string[] = ['api.enabled', 'api.host', 'api.port'];
import type { Station } from '../../backend/station';
import { SCANBAY_VERSION } from '../../backend/version';

/** Health, authentication and station options. */
export function systemRoutes(station: Station, auth: ApiAuth): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/health',
      tag: 'system',
      summary: 'Liveness and version (no authentication)',
      auth: false,
      responseExample: { version: SCANBAY_VERSION },
      handler: () => ({ data: { version: SCANBAY_VERSION } }),
    }),
    defineRoute({
      method: 'POST',
      path: '/auth/token',
      tag: 'auth',
      summary: 'Exchange an API key and secret for a dynamic access token with an expiry',
      auth: false,
      body: z.object({ key: z.string().min(1).max(200), secret: z.string().min(1).max(200) }).strict(),
      responseExample: { token: 'sbt_…', token_type: 'dynamic', expires_at: '2026-11-23T12:00:00.000Z' },
      handler: async ({ body }) => ({ data: await auth.issueToken(body.key, body.secret) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/options',
      tag: 'options',
      summary: 'All station options by dotted key. Secret options (shipping.labelService.secret) are write-only: "********" when set, "" when not.',
      auth: true,
      handler: () => ({ data: station.options.publicValues() }),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/options',
      tag: 'options',
      summary: 'Change station options: a JSON object of dotted keys to new values (all or nothing). api.enabled, api.host and api.port decide who can reach the API: they are refused here (403 AuthError) and change only at the station or with the CLI. A secret option sent as "********" is left unchanged; the reply shows it masked.',
      auth: true,
      body: z.record(z.string(), z.unknown()),
      handler: async ({ body }) => {
        const refused = Object.keys(body).filter((k) => REST_LOCKED_OPTIONS.includes(k));
        if (refused.length > 0) throw new StationError('forbidden', msg('errors-station.options.restLocked', { keys: refused.join(', '), count: refused.length }));
        return { message: 'Options saved', data: maskOptionValues(await station.options.set(body)) };
      },
    }),
  ];
}
