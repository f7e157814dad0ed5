import { useCallback, useState } from 'react';
import type { StorageStatus } from '../../../shared/api/requests/station';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../../../shared/api/requests/storage';
import { useEvent, useRequest } from '../client/station-context';
import { sentence, useT } from '../i18n/i18n-context';

/**
 * Shown while the station cannot record (disk full, read-only, busy, database unreachable): until
 * it clears, every scan and change is refused, so staff see why at once instead of a run of
 * rejected scans. It goes away by itself when the station can record again.
 */
export function StorageBanner() {
  const t = useT();
  const info = useRequest('station.info', {});
  const [pushed, setPushed] = useState<StorageStatus | null>(null);
  useEvent('storage.status', useCallback((status: StorageStatus) => setPushed(status), []));
  // The latest push wins over the state read when the screen opened.
  const status = pushed ?? info.value?.storage ?? null;
  if (!status || status.ok) return null;
  const unreachable = status.fault === 'unavailable' && status.message?.startsWith(STORAGE_UNAVAILABLE_MESSAGE);
  return (
    <section className="storage-banner" aria-label={t('ui-common.storage.label')} aria-live="assertive" data-testid="storage-banner">
      {unreachable ? (
        t('ui-common.storage.unreachable')
      ) : (
        <>
          <strong>{t('ui-common.storage.nothingRecorded')}</strong> {sentence(t, { ...status, message: status.message ?? '' })} {t('ui-common.storage.goesAway')}
        </>
      )}
    </section>
  );
}
