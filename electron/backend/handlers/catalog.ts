import { feedPage } from '../../storage/repos/feed';
import { toProductView } from '../../storage/repos/products';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

/** Handlers of the catalog and event feed requests (shared/api/requests/catalog.ts, events.ts). */
export function catalogHandlers(station: Station): Pick<Handlers, 'products.page' | 'events.page'> {
  return {
    'events.page': async ({ after, limit, types }) => {
      const cursor = after ?? '0';
      const events = await feedPage(station.database.db, Number(cursor), limit, types ?? []);
      return { events, next_cursor: events.at(-1)?.id ?? cursor };
    },
    'products.page': async ({ after, limit }) => {
      let q = station.database.db.selectFrom('products').selectAll().orderBy('sku').limit(limit + 1);
      if (after !== undefined) q = q.where('sku', '>', after);
      const rows = await q.execute();
      const page = rows.slice(0, limit).map(toProductView);
      return { products: page, next_cursor: rows.length > limit ? (page.at(-1)?.sku ?? null) : null };
    },
  };
}
