import { z } from 'zod';
import type { ProductView } from '../../domain/views';
import { identifier } from '../../domain/identifiers';
import { request } from '../define';

/** Catalog pages for ERPs and the CLI (REST `GET /products?after=&limit=`): by SKU, after a cursor. */
export const catalogRequests = {
  'products.page': request<{ products: ProductView[]; next_cursor: string | null }>()(
    z.object({ after: identifier(100).optional(), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
};
