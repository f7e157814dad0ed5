import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Station } from '../backend/station';
import { sameSecret } from '../crypto/secrets';
import { exportJobsOf } from '../export/export-jobs';

/**
 * Browser mode: a finished export's file at `GET /exports/{file}?key=…`. Like the WebSocket, only
 * the UI this process served may fetch it (the per-run key from its URL); only files of finished
 * export jobs are served, by exact name, never a path.
 */
export function registerExportDownloads(app: FastifyInstance, opts: { station: Station; secret: string }): void {
  app.get<{ Params: { name: string }; Querystring: { key?: string } }>('/exports/:name', async (req, reply) => {
    if (!sameSecret(String(req.query.key ?? ''), opts.secret)) return reply.code(401).type('text/plain').send('bad key');
    const path = exportJobsOf(opts.station).finishedFile(req.params.name);
    if (!path) return reply.code(404).type('text/plain').send('no such export');
    const type = path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return reply
      .header('content-disposition', `attachment; filename="${req.params.name}"`)
      .header('cache-control', 'no-store')
      .type(type)
      .send(createReadStream(path));
  });
}
