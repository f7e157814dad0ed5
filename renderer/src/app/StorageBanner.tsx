import { useCallback, useState } from 'react';
import type { StorageStatus } from '../../../shared/api/requests/station';
import { useEvent, useRequest } from '../client/station-context';

/**
 * Shown while the station cannot record (disk full, read-only, busy…): until it clears, every scan
 * and change is refused, so staff see why at once instead of a run of rejected scans.
 */
export function StorageBanner() {
  const info = useRequest('station.info', {});
  const [pushed, setPushed] = useState<StorageStatus | null>(null);
  useEvent('storage.status', useCallback((status: StorageStatus) => setPushed(status), []));
  const status = pushed ?? info.value?.storage ?? null;
  if (!status || status.ok) return null;
  return (
    <section className="storage-banner" aria-label="Storage problem" aria-live="assertive">
      <strong>Nothing can be recorded right now.</strong> {status.message} This notice goes away by itself when the
      station can record again.
    </section>
  );
}
