import { openStation, type Station } from '../backend/station';
import { cliLogger } from './cli-log';

/** Opens the station of a data dir for one CLI command and always closes it. */
export async function withStation<T>(dataDir: string, fn: (station: Station) => Promise<T>): Promise<T> {
  const station = await openStation({ dataDir, shell: 'cli', logger: cliLogger(dataDir) });
  try {
    return await fn(station);
  } finally {
    await station.close();
  }
}
