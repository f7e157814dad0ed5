import type { DataArea } from '../../shared/api/events';
import { ChangeFeed } from '../storage/change-feed';
import type { ChangeArea } from '../storage/change-tables';
import { applicationName, type Database } from '../storage/database';
import type { EventBus } from './event-bus';
import type { StorageHealth } from './storage-health';

export interface LiveChangesDeps {
  database: Database;
  stationId: string;
  events: EventBus;
  health: StorageHealth;
  /** Warehouse-wide options changed at another station: read them again (publishes options.changed). */
  reloadSharedOptions(): Promise<void>;
  log(message: string): void;
}

const COALESCE_MS = 100;

/**
 * Changes committed by other stations sharing the PostgreSQL database, as the push events a
 * single station sends for its own changes: `pools.changed`, `options.changed` (through the
 * options service) and `data.changed` for documents and stock. Bursts are coalesced (a scan
 * touches several tables). Null for SQLite: one station per file, nothing to follow.
 */
export async function startLiveChanges(deps: LiveChangesDeps): Promise<{ close(): Promise<void> } | null> {
  const { location } = deps.database;
  if (location.kind !== 'postgres') return null;
  let pending = new Set<ChangeArea>();
  let from: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const areas = pending;
    pending = new Set();
    if (areas.has('pools')) deps.events.publish('pools.changed', { source: 'station' });
    if (areas.has('options')) void deps.reloadSharedOptions().catch((err: unknown) => deps.log(`scanbay: shared options not reloaded: ${err instanceof Error ? err.message : String(err)}`));
    const data = [...areas].filter((a): a is DataArea => a === 'documents' || a === 'stock');
    if (data.length > 0) deps.events.publish('data.changed', { areas: data, station: from });
  };
  const feed = new ChangeFeed({
    location,
    stationId: deps.stationId,
    ownApplication: applicationName(deps.stationId),
    onChange: (notice) => {
      for (const a of notice.areas) pending.add(a);
      from = notice.stationId;
      timer ??= setTimeout(flush, COALESCE_MS);
    },
    onConnection: (up, err) => {
      if (!up) deps.health.reportError(err, "change feed");
    },
  });
  await feed.start();
  return {
    async close() {
      clearTimeout(timer);
      await feed.close();
    },
  };
}
