import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { OptionValues } from '../../../shared/options/registry';
import { defaultOptionValues } from '../../../shared/options/registry';
import { call, useClient } from '../client/station-context';

interface OptionsState {
  values: OptionValues;
  loaded: boolean;
  /** Writes options through the station; throws RequestFailed when refused. */
  save(values: Partial<OptionValues>): Promise<void>;
}

const OptionsContext = createContext<OptionsState | null>(null);

/** Station options for the whole UI, kept current by `options.changed` pushes (CLI, REST, other windows). */
export function OptionsProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [values, setValues] = useState<OptionValues>(defaultOptionValues);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const off = client.on('options.changed', (e) => setValues(e.values));
    void call(client, 'options.list', {}).then((v) => {
      setValues(v);
      setLoaded(true);
    });
    return off;
  }, [client]);

  const save = useCallback(
    async (patch: Partial<OptionValues>) => {
      setValues(await call(client, 'options.set', { values: patch }));
    },
    [client],
  );

  return <OptionsContext.Provider value={{ values, loaded, save }}>{children}</OptionsContext.Provider>;
}

export function useOptions(): OptionsState {
  const state = useContext(OptionsContext);
  if (!state) throw new Error('useOptions outside OptionsProvider');
  return state;
}
