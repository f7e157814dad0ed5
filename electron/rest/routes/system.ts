import { z } from 'zod';
import type { ApiAuth } from '../auth/api-auth';
import { defineRoute, type RouteDef } from '../route';
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
      summary: 'All station options by dotted key',
      auth: true,
      handler: () => ({ data: station.options.values() }),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/options',
      tag: 'options',
      summary: 'Change station options: a JSON object of dotted keys to new values (all or nothing)',
      auth: true,
      body: z.record(z.string(), z.unknown()),
      handler: async ({ body }) => ({ message: 'Options saved', data: await station.options.set(body) }),
    }),
  ];
}
