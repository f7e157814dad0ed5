import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiAuth } from '../../../electron/rest/auth/api-auth';
import { apiAuthFor } from '../../../electron/rest/rest-options';
import { restRoutes } from '../../../electron/rest/routes';
import { tempApi, type TempApi } from '../../helpers/station';

// Every authenticated route, whatever area added it, refuses a missing token, a bad token, a channel
// key of another API key and an expired token — before it looks at its body.
let api: TempApi;
let other: { channel_key: string };
let expired: string;
beforeAll(async () => {
  api = await tempApi();
  other = await new ApiAuth(api.station.database.db, () => 60).createKey('other');
  const past = new ApiAuth(api.station.database.db, () => 1, () => new Date(Date.now() - 3 * 60_000));
  expired = (await past.issueToken(api.credentials.key, api.credentials.secret)).token;
});
afterAll(() => api.dispose());

const routes = () => restRoutes(api.station, apiAuthFor(api.station));
const concrete = (path: string) => path.replace(/:([A-Za-z_]+)/g, 'X1');

describe('REST authentication on every route', () => {
  it('lists authenticated routes for every area (sanity: the table is not empty)', () => {
    const authed = routes().filter((r) => r.auth);
    expect(authed.length).toBeGreaterThanOrEqual(8);
    expect(routes().filter((r) => !r.auth).map((r) => r.path).sort()).toEqual(['/auth/token', '/health']);
  });

  it('missing token → 401 NoTokenError; bad token, foreign channel key, expired token → 401 AuthError', async () => {
    for (const route of routes().filter((r) => r.auth)) {
      const path = concrete(route.path);
      const body = route.method === 'GET' ? undefined : {};
      const what = `${route.method} ${route.path}`;
      expect((await api.call(route.method, path, body, {})).body, what).toMatchObject({ success: false, error: { type: 'NoTokenError' } });
      const bad = await api.call(route.method, path, body, { 'x-access-token': 'sbt_forged', 'x-channel-key': api.credentials.channel_key });
      expect([bad.status, bad.body.error?.type], what).toEqual([401, 'AuthError']);
      const foreign = await api.call(route.method, path, body, { 'x-access-token': api.credentials.token, 'x-channel-key': other.channel_key });
      expect([foreign.status, foreign.body.error?.type], what).toEqual([401, 'AuthError']);
      const old = await api.call(route.method, path, body, { 'x-access-token': expired, 'x-channel-key': api.credentials.channel_key });
      expect([old.status, old.body.error?.message], what).toEqual([401, expect.stringContaining('expired')]);
    }
  });

  it('every route is described in the OpenAPI document', async () => {
    const doc = (await api.call('GET', '/openapi.json', undefined, {})).body as { paths: Record<string, Record<string, unknown>> };
    for (const route of routes()) {
      const path = `/api/v1${route.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`;
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
  });
});
