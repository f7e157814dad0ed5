import { useCallback, useState } from 'react';
import type { StationEvents } from '../../../shared/api/events';
import { useEvent, useRequest } from '../client/station-context';

/**
 * While the station's database cannot be reached, every screen says so: nothing scanned now is
 * recorded (each scan is refused). It goes away by itself once the station reconnects.
 */
export function StorageBanner() {
  const initial = useRequest('storage.status', {});
  const [pushed, setPushed] = useState<StationEvents['storage.status'] | null>(null);
  useEvent('storage.status', useCallback((s: StationEvents['storage.status']) => setPushed(s), []));
  // The latest push wins over the state read when the screen opened.
  const status = pushed ?? (initial.value ? { available: initial.value.available, message: initial.value.message } : null);
  if (!status || status.available) return null;
  return (
    <div role="alert" className="storage-banner" data-testid="storage-banner">
      {status.message ?? 'Database unreachable — nothing was recorded'}
    </div>
  );
}
