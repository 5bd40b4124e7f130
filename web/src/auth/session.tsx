import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken } from '../api/client';
import { ApiError } from '../api/errors';
import type { SessionResponse, User } from '../api/types';
import { changeLanguage } from '../i18n/change';
import { storedLanguage } from '../i18n/languages';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: User };

interface SessionApi {
  session: SessionState;
  /** Reads the session from the server, e.g. after the sign-in steps are done. */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

const ADMIN_ROLES = ['secretariat-admin', 'state-admin'];

export function isAdmin(user: User): boolean {
  return user.roles.some((role) => ADMIN_ROLES.includes(role));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const current = await api.get<SessionResponse>('/api/auth/session');
      setCsrfToken(current.csrfToken);
      setSession({ status: 'signed-in', user: current.user });
      // A language chosen on this device wins; otherwise use the account's.
      if (!storedLanguage()) await changeLanguage(current.user.language, { persist: false, signedIn: false });
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) console.error(error);
      setCsrfToken(null);
      setSession({ status: 'signed-out' });
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      setSession({ status: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ session, refresh, signOut }), [session, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
