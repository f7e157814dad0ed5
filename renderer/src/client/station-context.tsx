import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import type { StationClient } from '../../../shared/api/client';
import type { RequestInput, RequestName, RequestOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { EventName, StationEvents } from '../../../shared/api/events';
import { translator, type Translate } from '../../../shared/i18n/format';
import { errorWords, fieldWords } from '../words/errors';

const ClientContext = createContext<StationClient | null>(null);

export function StationProvider({ client, children }: { client: StationClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): StationClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside StationProvider');
  return client;
}

/** The language refusals are worded in: the station's, once the app follows it (`useRequestWords`). */
let requestT: Translate = translator('en');

/** Words refusals (RequestFailed messages) in the station's language from now on; the app calls it with `useT()`. */
export function useRequestWords(t: Translate): void {
  useLayoutEffect(() => {
    requestT = t;
  }, [t]);
}

/**
 * Thrown by `call` when the station answers with an error. Its message is for people, in the
 * station's language: a validation error reads as field messages (words/errors.ts);
 * `fieldErrors` maps each invalid field to its sentence for forms that show them beside the field.
 */
export class RequestFailed extends Error {
  readonly fieldErrors: Record<string, string>;

  constructor(readonly error: ApiError, request = '', t: Translate = requestT) {
    super(errorWords(request, error, t));
    this.fieldErrors = Object.fromEntries((error.details ?? []).map((d) => [d.path, fieldWords(request, d, t)]));
  }
}

/** Dispatched on `window` when the station refuses work because nobody is signed in. */
export const SIGN_IN_REQUIRED_EVENT = 'scanbay:sign-in-required';

/**
 * Request → value, or throw RequestFailed with the station's error. A `sign_in_required` refusal
 * also asks for the sign-in dialog (session-context.tsx), wherever the request came from.
 */
export async function call<N extends RequestName>(client: StationClient, name: N, input: RequestInput<N>): Promise<RequestOutput<N>> {
  const result = await client.request(name, input);
  if (!result.ok) {
    if (result.error.code === 'sign_in_required') window.dispatchEvent(new CustomEvent(SIGN_IN_REQUIRED_EVENT));
    throw new RequestFailed(result.error, name);
  }
  return result.value;
}

export function useEvent<E extends EventName>(event: E, listener: (payload: StationEvents[E]) => void): void {
  const client = useClient();
  useEffect(() => client.on(event, listener), [client, event, listener]);
}

/** Loads a value once (and again when `deps` change); `reload` refetches. */
export function useRequest<N extends RequestName>(name: N, input: RequestInput<N>, deps: unknown[] = []) {
  const client = useClient();
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ tick: number; value?: RequestOutput<N>; error?: ApiError }>({ tick: -1 });
  useEffect(() => {
    let live = true;
    void client.request(name, input).then((r) => {
      if (live) setState(r.ok ? { tick, value: r.value } : { tick, error: r.error });
    });
    return () => {
      live = false;
    };
    // `input` is compared through `deps` (callers pass a fresh object each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, name, tick, ...deps]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return {
    value: state.value,
    error: state.error,
    loading: state.tick !== tick,
    reload,
    set: (value: RequestOutput<N>) => setState({ tick, value }),
  };
}
