import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SignedInUser } from '../../../shared/api/requests/session';
import { call, SIGN_IN_REQUIRED_EVENT, useClient } from '../client/station-context';

interface SessionState {
  user: SignedInUser | null;
  /** Whether the sign-in dialog shows (the status bar renders it). */
  signingIn: boolean;
  openSignIn(): void;
  closeSignIn(): void;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * The user signed in at this station (receipts and shipments record them). Work refused with
 * `sign_in_required` opens the sign-in dialog.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  useEffect(() => {
    const off = client.on('session.changed', (e) => {
      setUser(e.user);
      if (e.user) setSigningIn(false);
    });
    void call(client, 'session.current', {}).then((r) => setUser(r.user));
    return off;
  }, [client]);
  useEffect(() => {
    const open = () => setSigningIn(true);
    window.addEventListener(SIGN_IN_REQUIRED_EVENT, open);
    return () => window.removeEventListener(SIGN_IN_REQUIRED_EVENT, open);
  }, []);
  const openSignIn = useCallback(() => setSigningIn(true), []);
  const closeSignIn = useCallback(() => setSigningIn(false), []);
  const value = useMemo(() => ({ user, signingIn, openSignIn, closeSignIn }), [user, signingIn, openSignIn, closeSignIn]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

export function useSessionUser(): SignedInUser | null {
  return useSession().user;
}

export function useSignIn(): Pick<SessionState, 'signingIn' | 'openSignIn' | 'closeSignIn'> {
  const { signingIn, openSignIn, closeSignIn } = useSession();
  return { signingIn, openSignIn, closeSignIn };
}
