import { optionKeys, type OptionKey } from './registry';

/**
 * Where an option lives when stations share a PostgreSQL database: `warehouse` options (the rules
 * every dock and bench must apply alike) are kept in the database and shared; `station` options
 * (devices, sounds, text size, the API binding, label printer, the station's name) stay in each
 * station's options file. With SQLite every option is the station's own.
 */
export type OptionScope = 'warehouse' | 'station';

const WAREHOUSE_AREAS = ['receiving.', 'shipping.', 'returns.', 'serials.', 'transfers.', 'pools.'];
/** Pool options about this station's label printer and paper. */
const STATION_POOL_OPTIONS = new Set(['pools.printerHost', 'pools.printerPort', 'pools.labelWidthMm', 'pools.labelHeightMm', 'pools.printerDpi', 'pools.pdfPaper', 'pools.pdfTarget']);

export function optionScope(key: string): OptionScope {
  if (STATION_POOL_OPTIONS.has(key)) return 'station';
  return WAREHOUSE_AREAS.some((area) => key.startsWith(area)) ? 'warehouse' : 'station';
}

export const warehouseOptionKeys = (): OptionKey[] => optionKeys.filter((k) => optionScope(k) === 'warehouse');
