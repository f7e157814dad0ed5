import Conf from 'conf';
import { optionsJsonSchema } from '../../shared/options/json-schema';

export const OPTIONS_FILE_NAME = 'station-options';

/** The part of conf / electron-store the options service uses; both classes satisfy it. */
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
}

/** Builds a store: `conf` under Node, `electron-store` (same schema, same file) in the app. */
export type StoreFactory = (config: StoreConfig) => KeyValueStore;

export function storeConfig(dataDir: string): StoreConfig {
  return {
    cwd: dataDir,
    configName: OPTIONS_FILE_NAME,
    schema: optionsJsonSchema(),
    accessPropertiesByDotNotation: true,
    clearInvalidConfig: false,
  };
}

type ConfOptions = ConstructorParameters<typeof Conf<Record<string, unknown>>>[0];

export const confStoreFactory: StoreFactory = (config) =>
  new Conf<Record<string, unknown>>({ ...config, projectName: 'scanbay' } as ConfOptions) as unknown as KeyValueStore;
