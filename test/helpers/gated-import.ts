import { readCsvBatches } from '../../electron/import/csv-rows';
import type { RowErrors } from '../../electron/import/errors';
import { serialColumns, type SerialSource } from '../../electron/import/importers/serials';

/**
 * A serial import source that stops half way through staging: the importer reads a file twice
 * (check, then stage); on the second read, once `pauseAfter` rows were handed over (in batches of
 * 100, so every full chunk of them is staged), it waits until `release()`. `atGate` resolves then.
 */
export function gatedSerialSource(file: string, pauseAfter: number): { source: SerialSource; atGate: Promise<void>; release: () => void } {
  let reads = 0;
  let release!: () => void;
  let paused!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const atGate = new Promise<void>((r) => (paused = r));
  const source: SerialSource = {
    async *batches(errors: RowErrors) {
      const staging = ++reads === 2;
      let sent = 0;
      for await (const rows of readCsvBatches(file, serialColumns, errors)) {
        for (let at = 0; at < rows.length; at += 100) {
          const batch = rows.slice(at, at + 100);
          yield batch;
          sent += batch.length;
          if (staging && sent === pauseAfter) {
            paused();
            await gate;
          }
        }
      }
    },
  };
  return { source, atGate, release };
}
