import { z } from 'zod';
import type { RouteDef } from './route';

type Json = Record<string, unknown>;

const ERROR_TYPES = ['NoTokenError', 'AuthError', 'ValidationError', 'ProductError', 'NotFoundError', 'ConflictError', 'StorageError', 'InternalError'];

const errorRef = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** Storage faults any route may meet (electron/storage/faults.ts): nothing was recorded. */
const STORAGE_RESPONSES: Json = {
  '503': {
    description: 'StorageError: the station data is read-only or not writable (the message names the path), or the database stayed busy past its timeout (then with Retry-After); nothing was recorded',
    headers: { 'Retry-After': { description: 'Seconds to wait before retrying (busy database)', schema: { type: 'integer' } } },
    content: errorRef,
  },
  '507': { description: 'StorageError: the disk holding the station data is full; nothing was recorded', content: errorRef },
};

/** OpenAPI 3.1 document generated from the route table (the same zod schemas that validate). */
export function buildOpenApi(routes: RouteDef[], version: string, prefix: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = prefix + route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const op: Json = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      parameters: parameters(route),
      responses: {
        '200': {
          description: 'Success envelope',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Success' }, ...(route.responseExample === undefined ? {} : { example: { success: true, data: route.responseExample } }) } },
        },
        ...STORAGE_RESPONSES,
        default: { description: 'Error envelope', content: errorRef },
      },
    };
    if (route.auth) op.security = [{ accessToken: [], channelKey: [] }];
    if (route.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } };
    (paths[path] ??= {})[route.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'ScanBay station API', version },
    servers: [{ url: prefix }],
    paths,
    components: {
      securitySchemes: {
        accessToken: { type: 'apiKey', in: 'header', name: 'x-access-token' },
        channelKey: { type: 'apiKey', in: 'header', name: 'x-channel-key' },
      },
      schemas: {
        Success: { type: 'object', required: ['success'], properties: { success: { const: true }, message: { type: 'string' }, data: {} } },
        Error: {
          type: 'object',
          required: ['success', 'error'],
          properties: {
            success: { const: false },
            error: { type: 'object', required: ['type', 'message'], properties: { type: { enum: ERROR_TYPES }, message: { type: 'string' }, details: {} } },
          },
        },
      },
    },
  };
}

function parameters(route: RouteDef): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = schemaOf(schema) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: prop });
    }
  }
  return out;
}

function schemaOf(schema: z.ZodType): Json {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
}
