// The disk's limit for a durable scan: one one-row transaction committed in a SQLite file with the
// station's durability settings (WAL, synchronous=FULL), on the same file system as the station's
// database. No scan can be durable faster than this; the scan benchmarks print it beside their
// p99 and the ratio between the two.
import BetterSqlite3 from 'better-sqlite3';
import { nowMs } from './stats';

export class CommitProbe {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #commit: (value: string) => void;
  #i = 0;

  constructor(file: string) {
    this.#sqlite = new BetterSqlite3(file);
    this.#sqlite.pragma('journal_mode = WAL');
    this.#sqlite.pragma('synchronous = FULL');
    this.#sqlite.exec('create table if not exists probe (id integer primary key, value text not null)');
    const insert = this.#sqlite.prepare('insert into probe (value) values (?)');
    const tx = this.#sqlite.transaction((value: string) => insert.run(value));
    this.#commit = (value) => tx.immediate(value);
  }

  /** Commits `count` one-row transactions, each timed on its own (ms). */
  sample(count: number): number[] {
    const samples: number[] = [];
    for (let k = 0; k < count; k++) {
      const value = `probe-${this.#i++}`;
      const t0 = nowMs();
      this.#commit(value);
      samples.push(nowMs() - t0);
    }
    return samples;
  }

  close(): void {
    this.#sqlite.close();
  }
}
