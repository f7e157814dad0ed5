import { productCodeParamsSchema } from '../../../shared/workflows/pools-schemas';
import type { Station } from '../../backend/station';
import type { PoolView } from '../../../shared/workflows/pools';
import { listBatches } from '../../storage/repos/pools';
import type { Db } from '../../storage/schema';
import { poolByProductCode, poolById } from '../../workflows/pools/resolve';
import { operationRoute } from '../operation-route';
import { defineRoute, type RouteDef } from '../route';

const example = [
  { serial_number: 'DI8U86IYQI9KS4G87WGI', status: 'Assigned' },
  { serial_number: 'SV902P05IYI4ARW5WWHJ', status: 'Assigned' },
];

/**
 * The commission API (issue 8; modelled on a "commission serials" REST request): commission
 * external serials, request available ones, release them, and read a pool's summary. Unknown
 * product → 404 ProductError; serials already present → 409 ConflictError listing them, nothing
 * written; bad bodies → 400 ValidationError naming each field.
 */
export function poolsRoutes(station: Station): RouteDef[] {
  const db = () => station.database.db;
  return [
    operationRoute(station, {
      operation: 'serials.commission',
      method: 'POST',
      path: '/serials/commission',
      tag: 'serial pools',
      summary: 'Commission external serials for a product (GTIN): they join its pool as assigned, with batch and expiry; all or nothing',
      responseExample: example,
      reply: (data) => ({ message: 'Serials commissioned', data }),
    }),
    operationRoute(station, {
      operation: 'serials.request',
      method: 'POST',
      path: '/serials/request',
      tag: 'serial pools',
      summary: 'Take `count` available serials from a product’s pool; they become assigned (409 when the pool has too few)',
      responseExample: example,
      reply: (data) => ({ message: 'Serials requested', data }),
    }),
    operationRoute(station, {
      operation: 'serials.release',
      method: 'POST',
      path: '/serials/release',
      tag: 'serial pools',
      summary: 'Return assigned serials of a product’s pool to available; all or nothing',
      responseExample: [{ serial_number: 'DI8U86IYQI9KS4G87WGI', status: 'Available' }],
      reply: (data) => ({ message: 'Serials released', data }),
    }),
    defineRoute({
      method: 'GET',
      path: '/serial-pools/:product_code',
      tag: 'serial pools',
      summary: 'A product’s serial pool: available and assigned counts, limit, batches',
      auth: true,
      params: productCodeParamsSchema,
      responseExample: { product_code: '04012345000016', product_code_schema: 'GTIN', available: 480, assigned: 20 },
      handler: async ({ params }) => ({ data: await poolSummary(db(), await poolByProductCode(db(), params.product_code)) }),
    }),
    operationRoute(station, {
      operation: 'serialPools.create',
      method: 'POST',
      path: '/serial-pools',
      tag: 'serial pools',
      summary: 'Create the serial pool of a product named by GTIN (one per product; 409 when it has one): mode batch (default) or continuous, serial length, limit',
      responseExample: { product_code: '04012345000016', product_code_schema: 'GTIN', mode: 'batch', limit: 100000, available: 0, assigned: 0 },
      reply: async ({ poolId }) => ({ status: 201, message: 'Serial pool created', data: await poolSummary(db(), await poolById(db(), poolId)) }),
    }),
    operationRoute(station, {
      operation: 'serialPools.generate',
      method: 'POST',
      path: '/serial-pools/:product_code/serials',
      params: { product_code: 'product_code' },
      tag: 'serial pools',
      summary: 'Generate serials in a product’s pool, as the Pools screen does: a batch of 1-500 (batch pools), one at a time (continuous pools), never past the pool’s limit',
      responseExample: { product_code: '04012345000016', batch: 'B-2026-07', serials: ['K7Q2M9XW4T'] },
      reply: (data) => ({ status: 201, message: 'Serials generated', data }),
    }),
  ];
}

/** A pool as the REST API shows it: counts, limit, batches. */
async function poolSummary(db: Db, pool: PoolView) {
  const batches = await listBatches(db, pool.id);
  return {
    product_code: pool.product_code,
    product_code_schema: pool.code_schema,
    sku: pool.sku,
    name: pool.name,
    product_name: pool.product_name,
    source: pool.source,
    mode: pool.mode,
    limit: pool.limit,
    serial_length: pool.serial_length,
    available: pool.available,
    assigned: pool.assigned,
    total: pool.available + pool.assigned,
    generated: pool.generated,
    batches: batches.map((b) => ({ name: b.name, created_at: b.created_at, available: b.available, assigned: b.assigned })),
  };
}
