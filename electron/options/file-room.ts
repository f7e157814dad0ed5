import { closeSync, fsyncSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';

/**
 * Proves there is room beside the options file for what it is about to hold, before anything is
 * recorded: on a full disk the change fails here, with nothing in the database. (The database may
 * still have room when the disk has none: SQLite reuses its WAL file's space.) Returns how to give
 * the room back, just before the file is written.
 */
export function reserveRoom(path: string, extraBytes: number): () => void {
  const spare = `${path}.room-${process.pid}`;
  let size = extraBytes + 1024;
  try {
    size += statSync(path).size;
  } catch {
    // No file yet: the patch is all it will hold.
  }
  const fd = openSync(spare, 'w');
  const giveBack = () => {
    try {
      unlinkSync(spare);
    } catch {
      // Already gone.
    }
  };
  let failure: unknown = null;
  try {
    writeSync(fd, Buffer.alloc(size, 0x20));
    fsyncSync(fd);
  } catch (err) {
    failure = err;
  }
  closeSync(fd);
  if (failure !== null) {
    giveBack();
    throw failure;
  }
  return giveBack;
}
