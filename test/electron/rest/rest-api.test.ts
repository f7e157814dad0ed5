import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../electron/crypto/secrets';
import { ApiAuth } from '../../../electron/rest/auth/api-auth';
import { tempApi, type TempApi } from '../../helpers/station';

let api: TempApi;
beforeAll(async () => {
  api = await tempApi();
});
afterAll(() => api.dispose());

describe('REST API skeleton', () => {
  it('GET /health needs no token and reports the version', async () => {
    const r = await api.call('GET', '/health', undefined, {});
    expect(r).toEqual({ status: 200, body: { success: true, data: { version: expect.any(String) } } });
  });

  it('a missing token is NoTokenError; a bad token, a missing or foreign channel key are AuthError', async () => {
    expect(await api.call('GET', '/options', undefined, {})).toMatchObject({ status: 401, body: { success: false, error: { type: 'NoTokenError' } } });
    expect(await api.call('GET', '/options', undefined, { 'x-access-token': 'sbt_nope', 'x-channel-key': api.credentials.channel_key })).toMatchObject({
      status: 401,
      body: { error: { type: 'AuthError' } },
    });
    expect(await api.call('GET', '/options', undefined, { 'x-access-token': api.credentials.token })).toMatchObject({
      status: 401,
      body: { error: { type: 'AuthError', message: expect.stringContaining('channel') } },
    });
    const other = await new ApiAuth(api.station.database.db, () => 60).createKey('other');
    expect(await api.call('GET', '/options', undefined, { 'x-access-token': api.credentials.token, 'x-channel-key': other.channel_key })).toMatchObject({
      status: 401,
      body: { error: { type: 'AuthError', message: expect.stringContaining('not bound') } },
    });
  });

  it('a revoked channel is refused while its key and token still work on another channel', async () => {
    const auth = new ApiAuth(api.station.database.db, () => 60);
    const k = await auth.createKey('two-channels');
    const spare = await auth.createKey('spare');
    const db = api.station.database.db;
    // A second channel on the same key, then the first one revoked.
    const keyId = (await db.selectFrom('api_keys').select('id').where('key', '=', k.key).executeTakeFirstOrThrow()).id;
    await db.updateTable('api_channels').set({ key_id: keyId }).where('key_id', '=', (await db.selectFrom('api_keys').select('id').where('key', '=', spare.key).executeTakeFirstOrThrow()).id).execute();
    await db.updateTable('api_channels').set({ revoked_at: new Date().toISOString() }).where('key_id', '=', keyId).where('channel_key_hash', '=', tokenHash(k.channel_key)).execute();
    expect(await api.call('GET', '/options', undefined, { 'x-access-token': k.token, 'x-channel-key': k.channel_key })).toMatchObject({
      status: 401,
      body: { error: { type: 'AuthError', message: expect.stringContaining('not bound') } },
    });
    expect(await api.call('GET', '/options', undefined, { 'x-access-token': k.token, 'x-channel-key': spare.channel_key })).toMatchObject({ status: 200 });
  });

  it('exchanges key + secret for a dynamic token that works until it expires', async () => {
    const bad = await api.call('POST', '/auth/token', { key: api.credentials.key, secret: 'wrong' }, {});
    expect(bad).toMatchObject({ status: 401, body: { error: { type: 'AuthError' } } });
    const r = await api.call('POST', '/auth/token', { key: api.credentials.key, secret: api.credentials.secret }, {});
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ token: expect.stringMatching(/^sbt_/), token_type: 'dynamic' });
    expect(Date.parse(r.body.data.expires_at)).toBeGreaterThan(Date.now() + 59 * 60_000);
    const headers = { 'x-access-token': r.body.data.token, 'x-channel-key': api.credentials.channel_key };
    expect((await api.call('GET', '/options', undefined, headers)).status).toBe(200);

    // The same token seen from a clock past its expiry is refused.
    const later = new ApiAuth(api.station.database.db, () => 60, () => new Date(Date.now() + 61 * 60_000));
    await expect(later.authenticate(r.body.data.token, api.credentials.channel_key)).rejects.toMatchObject({ type: 'AuthError', message: expect.stringContaining('expired') });
  });

  it('a revoked key stops working at once', async () => {
    const auth = new ApiAuth(api.station.database.db, () => 60);
    const k = await auth.createKey('to-revoke');
    const headers = { 'x-access-token': k.token, 'x-channel-key': k.channel_key };
    expect((await api.call('GET', '/options', undefined, headers)).status).toBe(200);
    expect(await auth.revokeKey(k.key)).toBe(true);
    expect(await api.call('GET', '/options', undefined, headers)).toMatchObject({ status: 401, body: { error: { type: 'AuthError', message: expect.stringContaining('revoked') } } });
  });

  it('stores only hashes of secrets, tokens and channel keys', async () => {
    const rows = api.station.database.sqlite!.prepare('select secret_hash from api_keys').all() as { secret_hash: string }[];
    expect(rows.every((r) => r.secret_hash.startsWith('scrypt$'))).toBe(true);
    const dump = JSON.stringify(api.station.database.sqlite!.prepare('select * from api_tokens').all()) + JSON.stringify(api.station.database.sqlite!.prepare('select * from api_channels').all());
    expect(dump).not.toContain(api.credentials.token);
    expect(dump).not.toContain(api.credentials.channel_key);
  });

  it('PATCH /options changes several keys at once, or none when one is wrong', async () => {
    const ok = await api.call('PATCH', '/options', { 'general.stationName': 'Dock 4', 'general.volume': 40 });
    expect(ok).toMatchObject({ status: 200, body: { success: true, data: { 'general.stationName': 'Dock 4', 'general.volume': 40 } } });
    const bad = await api.call('PATCH', '/options', { 'general.stationName': 'Dock 5', 'general.volume': 'loud', 'no.such': 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('ValidationError');
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['general.volume', 'no.such']);
    expect(api.station.options.get('general.stationName')).toBe('Dock 4');
    expect((await api.call('GET', '/options')).body.data['general.volume']).toBe(40);
  });

  it('accepts JSON only, refuses malformed JSON and oversize bodies, and stays up', async () => {
    const text = await fetch(`${api.base}/options`, { method: 'PATCH', headers: { ...api.headers, 'content-type': 'text/plain' }, body: 'a=b' });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ success: false, error: { type: 'ValidationError' } });
    const broken = await fetch(`${api.base}/options`, { method: 'PATCH', headers: { ...api.headers, 'content-type': 'application/json' }, body: '{"a":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ success: false, error: { type: 'ValidationError' } });
    const huge = await fetch(`${api.base}/options`, {
      method: 'PATCH',
      headers: { ...api.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ 'general.stationName': 'x'.repeat(50 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ success: false, error: { type: 'ValidationError' } });
    expect((await api.call('GET', '/health', undefined, {})).status).toBe(200);
  });

  it('answers unknown routes with NotFoundError in the envelope', async () => {
    expect(await api.call('GET', '/nope', undefined, {})).toMatchObject({ status: 404, body: { success: false, error: { type: 'NotFoundError' } } });
  });

  it('describes every route in /api/v1/openapi.json', async () => {
    const doc = (await api.call('GET', '/openapi.json', undefined, {})).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, method] of [['/api/v1/health', 'get'], ['/api/v1/auth/token', 'post'], ['/api/v1/options', 'get'], ['/api/v1/options', 'patch']]) {
      expect(doc.paths[path as string]?.[method as string], `${method} ${path}`).toBeDefined();
    }
    expect(doc.paths['/api/v1/options'].patch.security).toEqual([{ accessToken: [], channelKey: [] }]);
    expect(doc.paths['/api/v1/auth/token'].post.requestBody.content['application/json'].schema.required).toEqual(['key', 'secret']);
  });

  it('binds to loopback', () => {
    expect(api.server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
