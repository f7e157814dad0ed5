import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SignedInUser } from '../../../shared/api/requests/session';
import { call, useClient } from '../client/station-context';

const SessionContext = createContext<SignedInUser | null>(null);

/** The user signed in at this station (receipts and shipments record them). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [user, setUser] = useState<SignedInUser | null>(null);
  useEffect(() => {
    const off = client.on('session.changed', (e) => setUser(e.user));
    void call(client, 'session.current', {}).then((r) => setUser(r.user));
    return off;
  }, [client]);
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

export function useSessionUser(): SignedInUser | null {
  return useContext(SessionContext);
}
