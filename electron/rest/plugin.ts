import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StationError } from '../../shared/api/errors';
import type { z } from 'zod';
import { asStationError } from '../backend/error-mapping';
import { zodIssues, summarize } from '../backend/dispatcher';
import { errorBody, successBody } from './envelope';
import { localiseReply, replyLanguage } from './localise';
import { formatMessage } from '../../shared/i18n/format';
import { msg, type Message } from '../../shared/i18n/message';
import { RestError, restStatusOf } from './errors';
import { buildOpenApi } from './openapi';
import { claimOf, remember, storedFor, type IdempotencyOptions } from './idempotency';
import type { AuthContext, RouteDef, RouteReply } from './route';
import type { StoredReply } from '../storage/repos/idempotency';

export const API_PREFIX = '/api/v1';

export interface RestOptions {
  routes: RouteDef[];
  version: string;
  /** Resolves the caller from the two auth headers; throws RestError (AuthError) when refused. */
  authenticate(token: string, channelKey: string | undefined): Promise<AuthContext>;
  /** Idempotency-Key on mutating routes (stored replies); without it the header is ignored. */
  idempotency?: IdempotencyOptions;
  /** Told of every storage fault a request met (logging, the UI's banner). */
  onStorageFault?(error: StationError, route: string): void;
}

/** Mounts the REST API under /api/v1: JSON only, envelope everywhere, auth per route. */
export async function registerRest(app: FastifyInstance, opts: RestOptions): Promise<void> {
  await app.register(
    async (api) => {
      api.removeContentTypeParser('text/plain');
      api.addContentTypeParser('*', (_req, _payload, done) =>
        done(new RestError(415, 'ValidationError', msg('errors-import.rest.jsonOnly')), undefined),
      );
      api.setErrorHandler(async (err: FastifyError, req, reply) => {
        if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') await drainRefusedBody(req);
        sendError(reply, err, (known) => opts.onStorageFault?.(known, `${req.method} ${req.routeOptions.url ?? req.url}`));
      });
      api.setNotFoundHandler(notFound);
      // In browser mode the UI's files are served from `/*`: these keep /api/v1, /api/v1/, `..`
      // paths and every unknown API path in the envelope instead of the static handler's answers.
      api.all('/', notFound);
      api.all('/*', notFound);

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

/** Longest value of one URL segment (Fastify's maxParamLength in http-server.ts). */
export const MAX_URL_SEGMENT = 1000;

function notFound(req: FastifyRequest, reply: FastifyReply): void {
  const path = req.url.split('?')[0] ?? '';
  // A path parameter over the router's limit matches no route: say why rather than "no route".
  if (path.split('/').some((segment) => segment.length > MAX_URL_SEGMENT)) {
    void reply.code(414).send(errorBody('ValidationError', say(reply, msg('errors-import.rest.urlTooLong', { max: MAX_URL_SEGMENT }))));
    return;
  }
  const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  void reply.code(404).send(errorBody('NotFoundError', say(reply, msg('errors-import.rest.noRoute', { method: req.method, path: shown }))));
}

async function handle(route: RouteDef, opts: RestOptions, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  let auth: AuthContext | null = null;
  if (route.auth) {
    const token = header(req, 'x-access-token');
    if (!token) throw new RestError(401, 'NoTokenError', msg('errors-import.rest.noToken'));
    auth = await opts.authenticate(token, header(req, 'x-channel-key'));
  }
  const parsed = parseRequest(route, req);
  const claim = claimOf(route, req, auth, opts.idempotency);
  const idem = opts.idempotency;
  if (claim && idem) {
    const stored = await storedFor(claim, idem);
    if (stored) return replay(route, parsed.body, stored, reply);
  }
  let result: RouteReply;
  try {
    result = await route.handler({ ...parsed, auth, ...(claim ? { idempotency: claim } : {}) });
  } catch (err) {
    // The same key raced in by another request committed first: this one's work rolled back.
    const stored = claim && idem ? await storedFor(claim, idem).catch(() => undefined) : undefined;
    if (claim && idem && stored) return replay(route, parsed.body, stored, reply);
    throw err;
  }
  const lang = replyLanguage(req.headers['accept-language']);
  const body = successBody(localiseReply(result.data, lang), result.message);
  // A reply its stored output rebuilds needs no second durable write (one commit per keyed scan).
  if (claim && idem && !result.fromStoredOutput) await remember(claim, idem, result.status ?? 200, body);
  await reply.code(result.status ?? 200).header('content-language', lang).header('vary', 'Accept-Language').send(body);
}

/** The parsed path parameters, query and body; a route bound to an operation gets one input as `body`. */
function parseRequest(route: RouteDef, req: FastifyRequest): { body: unknown; params: unknown; query: unknown } {
  if (route.input && route.toInput) {
    // One input for the operation, validated by its own schema (the station API's object).
    const params = parse(route.params, req.params, 'path') as Record<string, unknown>;
    const payload = route.method === 'GET' ? coerceQuery(route.input, (req.query ?? {}) as Record<string, unknown>) : (req.body ?? {});
    // A body that is not an object is refused by the schema itself (with its field issue).
    const plain = typeof payload === 'object' && payload !== null && !Array.isArray(payload);
    const input = parse(route.input, plain ? route.toInput(params, payload as Record<string, unknown>) : payload, route.method === 'GET' ? 'query' : 'body');
    return { body: input, params, query: {} };
  }
  return { params: parse(route.params, req.params, 'path'), query: parse(route.query, req.query, 'query'), body: parse(route.body, req.body, 'body') };
}

/** Answers a repeat with the stored reply (or, when only the work's output was stored, the reply made from it). */
async function replay(route: RouteDef, input: unknown, stored: StoredReply, reply: FastifyReply): Promise<void> {
  void reply.header('idempotent-replayed', 'true');
  if (stored.status > 0) {
    await reply.code(stored.status).send(JSON.parse(stored.reply) as unknown);
    return;
  }
  const { output } = JSON.parse(stored.reply) as { output: unknown };
  // Rebuilt on every repeat and not written back: a reply may hold what its output keeps sealed
  // (a webhook's secret), and the row already answers.
  const made = route.replay ? await route.replay(output, input) : { data: output };
  const body = successBody(localiseReply(made.data, replyLanguage(reply.request.headers['accept-language'])), made.message);
  await reply.code(made.status ?? 200).send(body);
}

/** Query strings are text: a field the schema wants as a number or boolean is converted first. */
function coerceQuery(schema: z.ZodType, query: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    const kind = shape[key] ? baseType(shape[key]) : undefined;
    if (typeof value === 'string' && kind === 'number' && /^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
    else if (typeof value === 'string' && kind === 'boolean' && (value === 'true' || value === 'false')) out[key] = value === 'true';
    else out[key] = value;
  }
  return out;
}

function baseType(schema: z.ZodType): string {
  let s = schema as unknown as { def: { type: string; innerType?: unknown } };
  while (s.def.innerType && ['optional', 'nullable', 'default'].includes(s.def.type)) s = s.def.innerType as typeof s;
  return s.def.type;
}

/** `what`: where the value came from (the path, the query string or the body). */
function parse(schema: z.ZodType | undefined, value: unknown, what: 'path' | 'query' | 'body'): unknown {
  if (!schema) return value;
  const parsed = schema.safeParse(value ?? (what === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const details = zodIssues(parsed.error);
  throw new RestError(400, 'ValidationError', msg('errors-import.rest.invalid', { what, summary: summarize(details) }), details);
}

/** A refused body is read and dropped up to this size (then the connection is cut)… */
const DRAIN_LIMIT_BYTES = 128 * 1024 * 1024;
/** …and for at most this long. */
const DRAIN_LIMIT_MS = 30_000;

/**
 * A body refused as too large may still be arriving: a client that sends it whole before reading
 * would see its connection reset (and lose the answer) if we answered and closed at once. So the
 * 413 waits until the body has been read and dropped, up to a cap in size and time.
 */
function drainRefusedBody(req: FastifyRequest): Promise<void> {
  const raw = req.raw;
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', finish);
      raw.off('error', finish);
      raw.off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > DRAIN_LIMIT_BYTES) {
        raw.destroy();
        finish();
      }
    };
    const timer = setTimeout(() => {
      raw.destroy();
      finish();
    }, DRAIN_LIMIT_MS);
    raw.on('data', onData);
    raw.once('end', finish);
    raw.once('error', finish);
    raw.once('close', finish);
    raw.resume();
  });
}

function header(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() !== '' ? text.trim() : undefined;
}

/** A sentence of an error reply, in the request's `Accept-Language`. */
function say(reply: FastifyReply, text: Message): string {
  return formatMessage(replyLanguage(reply.request.headers['accept-language']), text.key, text.params);
}

function sendError(reply: FastifyReply, err: FastifyError | Error, onStorageFault: (known: StationError) => void): void {
  if (err instanceof RestError) {
    void reply.code(err.status).send(errorBody(err.type, err.text ? say(reply, err.text) : err.message, err.details));
    return;
  }
  const known = asStationError(err);
  if (known) {
    const { status, type, headers } = restStatusOf(known);
    if (known.code === 'storage') onStorageFault(known);
    void reply.headers(headers);
    // A refused scan says why in the verdict's terms: reason storage_unavailable (nothing was recorded).
    const details = known.reason ? { reason: known.reason } : known.conflicts && known.conflicts.length > 0 ? { conflicts: known.conflicts } : known.details;
    const message = known.text ? say(reply, known.text) : known.message;
    void reply.code(status).send(errorBody(type, message, details && (Array.isArray(details) ? (details.length > 0 ? details : undefined) : details)));
    return;
  }
  const code = (err as FastifyError).code;
  const status = (err as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    void reply.code(413).send(errorBody('ValidationError', say(reply, msg('errors-import.rest.bodyTooLarge'))));
  } else if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    void reply.code(415).send(errorBody('ValidationError', say(reply, msg('errors-import.rest.jsonOnly'))));
  } else if (status !== undefined && status >= 400 && status < 500) {
    // Malformed JSON, empty JSON body, bad content length: the client's fault.
    void reply.code(400).send(errorBody('ValidationError', say(reply, msg('errors-import.rest.badRequest', { detail: err.message }))));
  } else {
    void reply.code(500).send(errorBody('InternalError', say(reply, msg('errors-import.rest.internal', { detail: err.message }))));
  }
}
