// An in-process station opened as a running station opens it (the app's backend and `scanbay serve`
// pass the same options): WAL checkpoints on a worker thread and the WAL written out to its working
// size. In-process scan benchmarks use it, so they time the station the desktop window talks to.
import { openStation, type Station } from '../../electron/backend/station';

export function openRunningStation(dataDir: string): Promise<Station> {
  return openStation({ dataDir, shell: 'browser', reserveWal: true, log: () => {} });
}
