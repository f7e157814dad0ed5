import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Station } from '../backend/station';
import { sameSecret } from '../crypto/secrets';
import { DIAGNOSTICS_FILE, diagnosticsDir } from '../diagnostics/diagnostics';

/**
 * Browser mode: a saved diagnostics bundle at `GET /diagnostics/{file}?key=…`, for the UI this
 * process served only (its per-run key), by exact bundle name, never a path.
 */
export function registerDiagnosticsDownloads(app: FastifyInstance, opts: { station: Station; secret: string }): void {
  app.get<{ Params: { name: string }; Querystring: { key?: string } }>('/diagnostics/:name', async (req, reply) => {
    if (!sameSecret(String(req.query.key ?? ''), opts.secret)) return reply.code(401).type('text/plain').send('bad key');
    const name = req.params.name;
    const path = join(diagnosticsDir(opts.station.dataDir), name);
    if (!DIAGNOSTICS_FILE.test(name) || !existsSync(path)) return reply.code(404).type('text/plain').send('no such bundle');
    return reply
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .type('application/zip')
      .send(createReadStream(path));
  });
}
