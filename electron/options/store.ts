import Conf from 'conf';

/** `station-options.json` in the data dir: the one options file of every process (app backend, serve, CLI). */
export const OPTIONS_FILE_NAME = 'station-options';

/** The part of conf the options service uses (tests may substitute it). */
export interface KeyValueStore {
  readonly path: string;
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export interface StoreConfig {
  cwd: string;
  configName: string;
  accessPropertiesByDotNotation: true;
  clearInvalidConfig: false;
}

export type StoreFactory = (config: StoreConfig) => KeyValueStore;

export function storeConfig(dataDir: string): StoreConfig {
  return {
    cwd: dataDir,
    configName: OPTIONS_FILE_NAME,
    accessPropertiesByDotNotation: true,
    clearInvalidConfig: false,
  };
}

type ConfOptions = ConstructorParameters<typeof Conf<Record<string, unknown>>>[0];

/**
 * conf everywhere: the desktop app's backend runs under Node in a utility process, like
 * `scanbay serve` and the CLI, so all of them read and write the same file with the same schema.
 * (electron-store 11 ignored `configName` and wrote `config.json`: a second, unseen options file.)
 */
export const confStoreFactory: StoreFactory = (config) =>
  new Conf<Record<string, unknown>>({ ...config, projectName: 'scanbay' } as ConfOptions) as unknown as KeyValueStore;
