import { existsSync, watch, type FSWatcher } from 'node:fs';
import { StationError } from '../../shared/api/errors';
import { msg } from '../../shared/i18n/message';
import { optionDef, optionKeys, type OptionKey, type OptionValues } from '../../shared/options/registry';
import { optionScope, warehouseOptionKeys } from '../../shared/options/scope';
import { maskOptionValues } from '../../shared/options/secret';
import { checkOptionPatch, type OptionPatch } from '../../shared/options/validate';
import { classifyStorageError } from '../storage/faults';
import { reserveRoom } from './file-room';
import { storeConfig, type KeyValueStore, type StoreFactory } from './store';

/** How often a station without an options file looks for one another process created. */
const APPEAR_POLL_MS = 500;

export type OptionsListener = (keys: OptionKey[], values: OptionValues) => void;
/** Called after this process changed options (not for changes picked up from other processes). */
export type LocalSetListener = (patch: OptionPatch, previous: OptionValues) => Promise<void> | void;
/** Runs before a change is written; throws a StationError to refuse it (nothing is written). */
export type OptionsGuard = (patch: OptionPatch, current: OptionValues) => Promise<void> | void;
/**
 * Records a change durably (the audit row, the database side of the change) before the file is
 * written; throwing refuses the change. Returns how to take that record back when the file then
 * cannot be written.
 */
export type OptionsRecorder = (patch: OptionPatch, previous: OptionValues) => Promise<OptionsUndo | void>;
export type OptionsUndo = (error: unknown) => Promise<void>;

/**
 * Where warehouse-wide options live when stations share a database (see shared/options/scope.ts):
 * read all, write some. The service validates what comes back.
 */
export interface SharedOptionsStore {
  load(): Promise<Map<string, unknown>>;
  save(values: Record<string, unknown>, opts?: { onlyMissing?: boolean }): Promise<void>;
}

/**
 * Station options: validated by the shared schema, persisted in one JSON file in the data dir,
 * read from an in-memory snapshot (the scan path reads options on every scan), and reloaded
 * when another process (the CLI, the desktop app) changes the file.
 */
export class OptionsService {
  readonly #store: KeyValueStore;
  #values: OptionValues;
  readonly #listeners = new Set<OptionsListener>();
  readonly #guards: OptionsGuard[] = [];
  readonly #localSet: LocalSetListener[] = [];
  #recorder: OptionsRecorder | undefined;
  #watcher: FSWatcher | undefined;
  #reloadTimer: NodeJS.Timeout | undefined;
  #watching = false;
  #stopPolling: () => void = () => {};
  #shared: SharedOptionsStore | undefined;
  /** Warehouse-wide values from the shared store (they win over the options file). */
  #sharedValues = new Map<OptionKey, unknown>();

  constructor(dataDir: string, factory: StoreFactory) {
    try {
      this.#store = factory(storeConfig(dataDir));
      this.#values = this.#read();
    } catch (err) {
      throw new StationError('validation', msg('errors-station.options.fileInvalid', { dir: dataDir, detail: messageOf(err) }));
    }
  }

  get path(): string {
    return this.#store.path;
  }

  /** The real values, secrets included: for the code that uses them, never for a reply or a log. */
  values(): OptionValues {
    return this.#values;
  }

  /** The values as every listing shows them: secret options masked (shared/options/secret.ts). */
  publicValues(): OptionValues {
    return maskOptionValues(this.#values);
  }

  get<K extends OptionKey>(key: K): OptionValues[K] {
    return this.#values[key];
  }

  /** True when warehouse-wide options come from the shared database (PostgreSQL). */
  get shared(): boolean {
    return this.#shared !== undefined;
  }

  /**
   * From now on the warehouse-wide options are the shared database's. Keys it does not hold yet
   * take this station's current values (the first station brings its rules along).
   */
  async attachShared(store: SharedOptionsStore): Promise<void> {
    this.#shared = store;
    const local = this.#read();
    await store.save(Object.fromEntries(warehouseOptionKeys().map((k) => [k, local[k]])), { onlyMissing: true });
    await this.reloadShared();
  }

  /** Reads the warehouse-wide options again (another station changed them); listeners hear what changed. */
  async reloadShared(): Promise<void> {
    if (!this.#shared) return;
    const stored = await this.#shared.load();
    const next = new Map<OptionKey, unknown>();
    for (const key of warehouseOptionKeys()) {
      if (!stored.has(key)) continue;
      const parsed = optionDef(key).schema.safeParse(stored.get(key));
      if (parsed.success) next.set(key, parsed.data);
    }
    this.#sharedValues = next;
    this.#refresh();
  }
  onChange(listener: OptionsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  addGuard(guard: OptionsGuard): void {
    this.#guards.push(guard);
  }

  onLocalSet(listener: LocalSetListener): void {
    this.#localSet.push(listener);
  }

  /** The one recorder (the station's audit): see OptionsRecorder. */
  setRecorder(recorder: OptionsRecorder): void {
    this.#recorder = recorder;
  }

  /**
   * Validates every key first; writes all or nothing. Order: guards, room for the file
   * (file-room.ts), then the recorder (the audit row commits), then the file — so a change the
   * database cannot record never reaches the file, and a full disk refuses it before the audit.
   * Returns the new values.
   */
  async set(input: Record<string, unknown>): Promise<OptionValues> {
    const check = checkOptionPatch(input);
    if (!check.ok) {
      const what = check.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      throw new StationError('validation', msg('errors-station.options.invalid', { detail: what }), check.issues);
    }
    const previous = this.#values;
    for (const guard of this.#guards) await guard(check.patch, previous);
    let giveBack: () => void;
    try {
      giveBack = reserveRoom(this.#store.path, JSON.stringify(check.patch).length);
    } catch (err) {
      throw classifyStorageError(err, this.#store.path) ?? err;
    }
    let undo: OptionsUndo | void;
    try {
      undo = await this.#recorder?.(check.patch, previous);
    } finally {
      giveBack();
    }
    try {
      await this.#write(check.patch as Record<string, unknown>);
    } catch (err) {
      // Best effort: when even that cannot be written, the original fault is what the caller needs.
      await undo?.(err).catch(() => undefined);
      throw classifyStorageError(err, this.#store.path) ?? err;
    }
    this.#refresh();
    for (const listener of this.#localSet) await listener(check.patch, previous);
    return this.#values;
  }

  /** Station options go to the file; with a shared database, warehouse-wide ones go there. */
  async #write(patch: Record<string, unknown>): Promise<void> {
    const shared = this.#shared;
    const toShare = shared ? Object.fromEntries(Object.entries(patch).filter(([k]) => optionScope(k) === 'warehouse')) : {};
    const own = Object.fromEntries(Object.entries(patch).filter(([k]) => !(k in toShare)));
    if (shared && Object.keys(toShare).length > 0) {
      await shared.save(toShare);
      for (const [k, v] of Object.entries(toShare)) this.#sharedValues.set(k as OptionKey, v);
    }
    if (Object.keys(own).length > 0) this.#store.set(own);
  }

  /** Starts following changes made to the file by other processes. */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    this.#follow();
  }

  close(): void {
    this.#watching = false;
    clearTimeout(this.#reloadTimer);
    this.#watcher?.close();
    this.#watcher = undefined;
    this.#stopPolling();
    this.#listeners.clear();
  }

  /**
   * Watches the options file itself. A watch on the data dir woke the process on every database
   * commit (the WAL is a sibling file: one inotify event per REST scan). conf replaces the file by a
   * rename, which ends a watch on the old file, so each rename re-arms on the new one; a reload
   * follows every event, so a change made between the two is not missed. A station that never
   * changed an option has no file yet: its appearance is polled for (a stat every half second).
   */
  #follow(): void {
    if (!this.#watching) return;
    const path = this.#store.path;
    try {
      this.#watcher = watch(path, { persistent: false }, (event) => {
        if (event === 'rename') {
          this.#watcher?.close();
          this.#watcher = undefined;
          this.#follow();
        }
        this.#reloadSoon();
      });
    } catch {
      // Polled here, not by fs.watchFile: its first stat runs on the thread pool and only sets a
      // baseline, so a file made between the failed watch and that stat was never reported.
      // A file that exists but cannot be watched (no inotify watches left) is re-read each poll.
      const poll = setInterval(() => {
        if (!existsSync(path)) return;
        this.#stopPolling();
        this.#follow();
        this.#reloadSoon();
      }, APPEAR_POLL_MS);
      poll.unref();
      this.#stopPolling = () => {
        clearInterval(poll);
        this.#stopPolling = () => {};
      };
    }
  }

  #reloadSoon(): void {
    clearTimeout(this.#reloadTimer);
    this.#reloadTimer = setTimeout(() => this.#refresh(), 30);
  }

  #refresh(): void {
    let next: OptionValues;
    try {
      next = this.#read();
    } catch {
      return; // a half-written or hand-broken file: keep the last good values
    }
    const changed = optionKeys.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(this.#values[k]));
    this.#values = next;
    if (changed.length === 0) return;
    for (const listener of this.#listeners) listener(changed, next);
  }

  #read(): OptionValues {
    const store = this.#store.store;
    const values: Record<string, unknown> = {};
    // A key absent from the file (new station, or an option added by an upgrade) has its default.
    // A stored value is checked by its option's own schema, as every change is before it is written
    // (conf is given no JSON schema: compiling one with ajv cost every process ~55 ms at start).
    for (const key of optionKeys) {
      const stored = lookup(store, key);
      if (stored === undefined) {
        values[key] = optionDef(key).default;
        continue;
      }
      const parsed = optionDef(key).schema.safeParse(stored);
      if (!parsed.success) throw new Error(`${key}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      values[key] = parsed.data;
    }
    for (const [key, value] of this.#sharedValues) values[key] = value;
    return values as OptionValues;
  }
}

function lookup(store: Record<string, unknown>, dotted: string): unknown {
  let node: unknown = store;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
