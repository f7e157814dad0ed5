import {
  commissionBodySchema,
  createPoolBodySchema,
  generateBodySchema,
  productCodeParamsSchema,
  releaseBodySchema,
  requestSerialsBodySchema,
} from '../../workflows/pools-schemas';
import { request } from '../define';

/** A serial as the commission API shows it. */
export interface ApiSerialView {
  serial_number: string;
  status: 'Available' | 'Assigned';
}

/**
 * The commission API (REST `/serials/*`, `/serial-pools*`) as station operations: pools of
 * products named by GTIN, for ERPs and label printers. Same schemas as the REST routes.
 */
export const serialApiRequests = {
  'serials.commission': request<ApiSerialView[]>()(commissionBodySchema),
  'serials.request': request<ApiSerialView[]>()(requestSerialsBodySchema),
  'serials.release': request<ApiSerialView[]>()(releaseBodySchema),
  'serialPools.create': request<{ poolId: number }>()(createPoolBodySchema),
  'serialPools.generate': request<{ product_code: string; batch: string | null; serials: string[] }>()(productCodeParamsSchema.extend(generateBodySchema.shape)),
};

