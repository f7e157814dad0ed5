import {
  commissionBodySchema,
  createPoolBodySchema,
  generateBodySchema,
  productCodeParamsSchema,
  releaseBodySchema,
  requestSerialsBodySchema,
} from '../../../shared/workflows/pools-schemas';
import type { Station } from '../../backend/station';
import type { PoolView } from '../../../shared/workflows/pools';
import { getBatch, listBatches } from '../../storage/repos/pools';
import type { Db } from '../../storage/schema';
import { commissionSerials, releaseSerialValues, requestSerials } from '../../workflows/pools/commission';
import { cryptoRandom, poolActor, poolAlphabet, poolDefaults } from '../../workflows/pools/context';
import { createPool } from '../../workflows/pools/create-pool';
import { generateSerials } from '../../workflows/pools/generate';
import { poolByProductCode, poolById, productByGtin } from '../../workflows/pools/resolve';
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
    defineRoute({
      method: 'POST',
      path: '/serials/commission',
      tag: 'serial pools',
      summary: 'Commission external serials for a product (GTIN): they join its pool as assigned, with batch and expiry; all or nothing',
      auth: true,
      body: commissionBodySchema,
      responseExample: example,
      handler: async ({ body, auth }) => {
        const { actor, via } = poolActor(station, auth?.apiKeyName);
        const data = await commissionSerials(
          db(),
          { productCode: body.product_code, batch: body.batch, expiryDate: body.expiry_date, serials: body.serials, actor, via },
          poolDefaults(station),
        );
        station.events.publish('pools.changed', { source: 'api' });
        return { message: 'Serials commissioned', data };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/serials/request',
      tag: 'serial pools',
      summary: 'Take `count` available serials from a product’s pool; they become assigned (409 when the pool has too few)',
      auth: true,
      body: requestSerialsBodySchema,
      responseExample: example,
      handler: async ({ body, auth }) => {
        const { actor, via } = poolActor(station, auth?.apiKeyName);
        const data = await requestSerials(db(), body.product_code, body.count, actor, via);
        station.events.publish('pools.changed', { source: 'api' });
        return { message: 'Serials requested', data };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/serials/release',
      tag: 'serial pools',
      summary: 'Return assigned serials of a product’s pool to available; all or nothing',
      auth: true,
      body: releaseBodySchema,
      responseExample: [{ serial_number: 'DI8U86IYQI9KS4G87WGI', status: 'Available' }],
      handler: async ({ body, auth }) => {
        const { actor, via } = poolActor(station, auth?.apiKeyName);
        const data = await releaseSerialValues(db(), body.product_code, body.serials, actor, via);
        station.events.publish('pools.changed', { source: 'api' });
        return { message: 'Serials released', data };
      },
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
    defineRoute({
      method: 'POST',
      path: '/serial-pools',
      tag: 'serial pools',
      summary: 'Create the serial pool of a product named by GTIN (one per product; 409 when it has one): mode batch (default) or continuous, serial length, limit',
      auth: true,
      body: createPoolBodySchema,
      responseExample: { product_code: '04012345000016', product_code_schema: 'GTIN', mode: 'batch', limit: 100000, available: 0, assigned: 0 },
      handler: async ({ body }) => {
        const product = await productByGtin(db(), body.product_code);
        const id = await createPool(
          db(),
          { product, codeSchema: 'GTIN', mode: body.mode ?? 'batch', source: 'api', ...(body.length ? { serialLength: body.length } : {}), ...(body.limit ? { limit: body.limit } : {}) },
          poolDefaults(station),
        );
        station.events.publish('pools.changed', { source: 'api' });
        return { status: 201, message: 'Serial pool created', data: await poolSummary(db(), await poolById(db(), id)) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/serial-pools/:product_code/serials',
      tag: 'serial pools',
      summary: 'Generate serials in a product’s pool, as the Pools screen does: a batch of 1-500 (batch pools), one at a time (continuous pools), never past the pool’s limit',
      auth: true,
      params: productCodeParamsSchema,
      body: generateBodySchema,
      responseExample: { product_code: '04012345000016', batch: 'B-2026-07', serials: ['K7Q2M9XW4T'] },
      handler: async ({ params, body, auth }) => {
        const pool = await poolByProductCode(db(), params.product_code);
        const { actor, via } = poolActor(station, auth?.apiKeyName);
        const made = await generateSerials(db(), { poolId: pool.id, count: body.count, ...(body.batch_name ? { batchName: body.batch_name } : {}), alphabet: poolAlphabet(station), random: cryptoRandom, actor, via });
        const batch = made.batchId === null ? null : ((await getBatch(db(), made.batchId))?.name ?? null);
        station.events.publish('pools.changed', { source: 'api' });
        return { status: 201, message: 'Serials generated', data: { product_code: pool.product_code, batch, serials: made.values } };
      },
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
