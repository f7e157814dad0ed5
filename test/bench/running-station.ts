// An in-process station opened as a running station opens it (the app's backend and `scanbay serve`
// pass the same options): WAL checkpoints on a worker thread and the WAL written out to its working
// size. In-process scan benchmarks use it, so they time the station the desktop window talks to.
import { setImmediate } from 'node:timers/promises';
import { openStation, type Station } from '../../electron/backend/station';

export function openRunningStation(dataDir: string): Promise<Station> {
  return openStation({ dataDir, shell: 'browser', reserveWal: true, log: () => {} });
}

/**
 * The event loop's next turn. A station gets each scan as an event of its own (an IPC message, a
 * device's data, a request on a socket), so the loop turns between two scans and runs what V8 and
 * Node put off meanwhile (a collection's last step, newly optimised code, a worker's messages). A
 * bench that awaits scan after scan in one chain of promises never lets it turn: all of that work
 * then lands in the few scans that turn the loop themselves (the group-commit probe, one
 * transaction in 16), ~0.2 ms more on average there and most of the p99 (measured: p99 1.75 ms in
 * one chain, 1.08 ms with a turn before each scan; the turn itself is outside the timed span).
 * In-process scan benches call it before each timed scan.
 */
export function nextEvent(): Promise<void> {
  return setImmediate();
}
