import Conf from 'conf';
import { optionsJsonSchema } from '../../shared/options/json-schema';

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
  schema: Record<string, unknown>;
  accessPropertiesByDotNotation: true;
  clearInvalidConfig: false;
  /**
   * Our schema is generated (shared/options/json-schema.ts) and checked against the JSON Schema
   * meta-schema by a test, so conf's ajv skips that check at every start (~40 ms of each process).
   */
  ajvOptions: { validateSchema: false };
}

export type StoreFactory = (config: StoreConfig) => KeyValueStore;

export function storeConfig(dataDir: string): StoreConfig {
  return {
    cwd: dataDir,
    configName: OPTIONS_FILE_NAME,
    schema: optionsJsonSchema(),
    accessPropertiesByDotNotation: true,
    clearInvalidConfig: false,
    ajvOptions: { validateSchema: false },
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
