import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApi, type TempApi } from '../../helpers/station';

// REST POST/GET/DELETE /webhooks: the secret only in the answer to POST.
let api: TempApi;
beforeAll(async () => (api = await tempApi()));
afterAll(() => api.dispose());

describe('REST /webhooks', () => {
  it('adds (201 with the secret), lists without secrets, removes (404 after), refuses bad URLs and types', async () => {
    const added = await api.call('POST', '/webhooks', { url: 'https://erp.example.com/scanbay', types: ['receipt.scanned', 'shipment.shipped'] });
    expect(added).toMatchObject({ status: 201, body: { data: { id: expect.any(Number), url: 'https://erp.example.com/scanbay', types: ['receipt.scanned', 'shipment.shipped'], secret: expect.stringMatching(/^whsec_/) } } });
    const listed = await api.call('GET', '/webhooks');
    expect(listed.body.data).toEqual([expect.objectContaining({ id: added.body.data.id, enabled: true, last_error: null, disabled_at: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(added.body.data.secret);
    expect((await api.call('POST', '/webhooks', { url: 'javascript:alert(1)' })).body).toMatchObject({ error: { type: 'ValidationError', details: [{ path: 'url' }] } });
    expect((await api.call('POST', '/webhooks', { url: 'https://u:p@x.example/' })).status).toBe(400);
    expect((await api.call('POST', '/webhooks', { url: 'https://x.example/', types: ['nope'] })).status).toBe(400);
    expect(await api.call('DELETE', `/webhooks/${added.body.data.id}`)).toMatchObject({ status: 200, body: { data: { removed: true } } });
    expect((await api.call('DELETE', `/webhooks/${added.body.data.id}`)).status).toBe(404);
    expect((await api.call('GET', '/webhooks')).body.data).toEqual([]);
  });

  it('POST /webhooks/{id}/enable turns a disabled webhook on again; unknown ids are 404, bad ones 400', async () => {
    const added = await api.call('POST', '/webhooks', { url: 'https://erp.example.com/again' });
    const id = added.body.data.id as number;
    await api.station.database.db.updateTable('webhooks').set({ enabled: 0, disabled_at: new Date().toISOString(), failing_since: new Date(0).toISOString(), last_error: 'HTTP 500' }).where('id', '=', id).execute();
    expect((await api.call('GET', '/webhooks')).body.data).toEqual([expect.objectContaining({ id, enabled: false, last_error: 'HTTP 500' })]);
    const r = await api.call('POST', `/webhooks/${id}/enable`);
    expect(r).toMatchObject({ status: 200, body: { data: { id, enabled: true, last_error: null, failing_since: null, disabled_at: null } } });
    expect((await api.call('POST', '/webhooks/999/enable')).status).toBe(404);
    expect((await api.call('POST', '/webhooks/abc/enable')).status).toBe(400);
  });
});
