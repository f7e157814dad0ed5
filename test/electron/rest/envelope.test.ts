import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererDir } from '../../../electron/backend/app-root';
import { apiAuthFor, restOptionsFor } from '../../../electron/rest/rest-options';
import { startServer, type RunningServer } from '../../../electron/server/http-server';
import { tempStation, type TempStation } from '../../helpers/station';

/** Browser mode (UI files served from `/*` beside the API): every /api/v1 answer is the envelope. */
let t: TempStation;
let server: RunningServer;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await tempStation();
  server = await startServer({ station: t.station, host: '127.0.0.1', port: 0, uiDir: rendererDir(), rest: restOptionsFor(t.station) });
  const key = await apiAuthFor(t.station).createKey('erp');
  auth = { 'x-access-token': key.token, 'x-channel-key': key.channel_key };
});
afterAll(async () => {
  await server.close();
  await t.dispose();
});

/** A request with its path sent exactly as written (no `..` resolution, as a fuzzer sends it). */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the /api/v1 envelope', () => {
  it('unknown routes, the bare prefix, `..` and empty segments are 404 NotFoundError in the envelope', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1'],
      ['GET', '/api/v1/'],
      ['GET', '/api/v1/..'],
      ['GET', '/api/v1/../api/v1/health'],
      ['GET', '/api/v1/%2e%2e/%2e%2e/etc/passwd'],
      ['GET', '/api/v1/a/../../x'],
      ['GET', '/api/v1//health'],
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/nope/deeper'],
      ['DELETE', '/api/v1/products/CAM'],
    ] as const) {
      const r = await raw(method, path, auth);
      expect([r.status, r.type], `${method} ${path}`).toEqual([404, expect.stringContaining('application/json')]);
      expect(JSON.parse(r.body), `${method} ${path}`).toMatchObject({ success: false, error: { type: 'NotFoundError' } });
    }
  });

  it('a path parameter over 1,000 characters is 414 ValidationError in the envelope', async () => {
    const r = await raw('GET', `/api/v1/products/${'a'.repeat(1200)}`, auth);
    expect(r.status).toBe(414);
    expect(JSON.parse(r.body)).toMatchObject({ success: false, error: { type: 'ValidationError', message: expect.stringContaining('too long') } });
  });

  it('the UI is still served beside the API', async () => {
    const r = await raw('GET', '/');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/html');
  });

  it('a body over the limit sent whole before reading gets its 413, not a reset connection', async () => {
    const { port } = new URL(server.origin);
    const size = 6 * 1024 * 1024;
    const answer = await new Promise<string>((resolve, reject) => {
      const sock = connect(Number(port), '127.0.0.1');
      sock.on('error', reject);
      sock.pause();
      const head = [`PATCH /api/v1/options HTTP/1.1`, 'host: x', 'content-type: application/json', `content-length: ${size}`, ...Object.entries(auth).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');
      sock.write(head);
      // Everything is handed to the socket before a single byte of the answer is read.
      sock.write(Buffer.alloc(size, 0x20), (err) => {
        if (err) return reject(err);
        let got = '';
        sock.on('data', (d: Buffer) => (got += d.toString()));
        sock.on('end', () => resolve(got));
        sock.resume();
      });
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    expect(JSON.parse(answer.slice(answer.indexOf('{')))).toMatchObject({ success: false, error: { type: 'ValidationError' } });
    expect((await raw('GET', '/api/v1/health')).status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('lists StorageError (507 disk full, 503 with Retry-After), PATCH /products/{sku} and the pool routes', async () => {
    const doc = JSON.parse((await raw('GET', '/api/v1/openapi.json')).body);
    expect(doc.components.schemas.Error.properties.error.properties.type.enum).toContain('StorageError');
    const patch = doc.paths['/api/v1/products/{sku}'].patch;
    expect(patch.responses['507'].description).toMatch(/disk .* full/);
    expect(patch.responses['503'].headers['Retry-After']).toBeDefined();
    expect(Object.keys(patch.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['gtin', 'tracking', 'force']));
    expect(doc.paths['/api/v1/serial-pools'].post.requestBody.content['application/json'].schema.required).toEqual(['product_code', 'product_code_schema']);
    expect(doc.paths['/api/v1/serial-pools/{product_code}/serials'].post).toBeDefined();
  });
});
