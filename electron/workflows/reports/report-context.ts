import type { Station } from '../../backend/station';
import type { ReportContext } from '../../storage/repos/reports';

/** Options and defaults every report and export reads: profit by serial, the fallback warehouse. */
export async function reportContext(station: Station): Promise<ReportContext> {
  // The first warehouse is where documents without one receive and ship (see places.defaultWarehouse);
  // read it without creating one, reports only read.
  const first = await station.database.db.selectFrom('warehouses').select('id').orderBy('id').executeTakeFirst();
  return { bySerial: station.options.get('reports.profitBySerial'), defaultWarehouseId: first?.id ?? null };
}
