import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { asStationError } from '../backend/error-mapping';
import { zodIssues, summarize } from '../backend/dispatcher';
import { errorBody, successBody } from './envelope';
import { REST_ERROR_FOR, RestError } from './errors';
import { buildOpenApi } from './openapi';
import type { AuthContext, RouteDef } from './route';

export const API_PREFIX = '/api/v1';

export interface RestOptions {
  routes: RouteDef[];
  version: string;
  /** Resolves the caller from the two auth headers; throws RestError (AuthError) when refused. */
  authenticate(token: string, channelKey: string | undefined): Promise<AuthContext>;
  /** Sees every failed request (the station's storage health watches for an unreachable database). */
  onError?: (err: unknown) => void;
}

/** Mounts the REST API under /api/v1: JSON only, envelope everywhere, auth per route. */
export async function registerRest(app: FastifyInstance, opts: RestOptions): Promise<void> {
  await app.register(
    async (api) => {
      api.removeContentTypeParser('text/plain');
      api.addContentTypeParser('*', (_req, _payload, done) =>
        done(new RestError(415, 'ValidationError', 'only application/json request bodies are accepted'), undefined),
      );
      api.setErrorHandler((err: FastifyError, req, reply) => {
        if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') drainRefusedBody(req);
        opts.onError?.(err);
        sendError(reply, err);
      });
      api.setNotFoundHandler((req, reply) => {
        void reply.code(404).send(errorBody('NotFoundError', `no route ${req.method} ${req.url.split('?')[0]}`));
      });

      const openapi = buildOpenApi(opts.routes, opts.version, API_PREFIX);
      api.get('/openapi.json', async () => openapi);

      for (const route of opts.routes) {
        api.route({
          method: route.method,
          url: route.path,
          handler: async (req, reply) => handle(route, opts, req, reply),
        });
      }
    },
    { prefix: API_PREFIX },
  );
}

async function handle(route: RouteDef, opts: RestOptions, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  let auth: AuthContext | null = null;
  if (route.auth) {
    const token = header(req, 'x-access-token');
    if (!token) throw new RestError(401, 'NoTokenError', 'no access token: send it in the x-access-token header');
    auth = await opts.authenticate(token, header(req, 'x-channel-key'));
  }
  const params = parse(route.params, req.params, 'path parameter');
  const query = parse(route.query, req.query, 'query parameter');
  const body = parse(route.body, req.body, 'body');
  const result = await route.handler({ body, params, query, auth });
  await reply.code(result.status ?? 200).send(successBody(result.data, result.message));
}

function parse(schema: z.ZodType | undefined, value: unknown, what: string): unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value ?? (what === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const details = zodIssues(parsed.error);
  throw new RestError(400, 'ValidationError', `invalid ${what}: ${summarize(details)}`, details);
}

/**
 * A body refused as too large is still arriving: read and drop it (up to a cap) so the client,
 * which is still sending, gets to read the 413 instead of a reset connection.
 */
function drainRefusedBody(req: FastifyRequest): void {
  const limit = 128 * 1024 * 1024;
  let seen = 0;
  req.raw.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit) req.raw.destroy();
  });
  req.raw.resume();
}

function header(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() !== '' ? text.trim() : undefined;
}

function sendError(reply: FastifyReply, err: FastifyError | Error): void {
  if (err instanceof RestError) {
    void reply.code(err.status).send(errorBody(err.type, err.message, err.details));
    return;
  }
  const known = asStationError(err);
  if (known) {
    const { status, type } = REST_ERROR_FOR[known.code];
    // A refused scan says why in the verdict's terms: reason storage_unavailable (nothing was recorded).
    const details = known.reason ? { reason: known.reason } : known.conflicts && known.conflicts.length > 0 ? { conflicts: known.conflicts } : known.details;
    void reply.code(status).send(errorBody(type, known.message, details && (Array.isArray(details) ? (details.length > 0 ? details : undefined) : details)));
    return;
  }
  const code = (err as FastifyError).code;
  const status = (err as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    void reply.code(413).send(errorBody('ValidationError', 'request body is larger than the limit of this API'));
  } else if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    void reply.code(415).send(errorBody('ValidationError', 'only application/json request bodies are accepted'));
  } else if (status !== undefined && status >= 400 && status < 500) {
    // Malformed JSON, empty JSON body, bad content length: the client's fault.
    void reply.code(400).send(errorBody('ValidationError', `bad request: ${err.message}`));
  } else {
    void reply.code(500).send(errorBody('InternalError', `internal error: ${err.message}`));
  }
}
