import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '../logging/logger';

/**
 * Every answer with a 5xx status goes to the log with its route and the error behind it (the
 * client sees only the envelope). The path is logged without its query: a download URL carries
 * the per-run key there.
 */
export function logServerErrors(app: FastifyInstance, logger: Logger): void {
  const errors = new WeakMap<FastifyRequest, Error>();
  app.addHook('onError', async (req, _reply, err) => {
    errors.set(req, err);
  });
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode < 500) return;
    const path = req.url.split('?')[0];
    logger.error(
      { err: errors.get(req), method: req.method, path, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      `REST ${req.method} ${path} answered ${reply.statusCode}`,
    );
  });
}
