import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onUnauthorized, setCsrfToken } from '../api/client';
import { hasStoredLanguage, i18n, isUiLocale } from '../i18n/i18n';
import { type Role, type SessionResponse, type SessionUser, userHasRole } from './auth-types';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  /** Set when status is 'error': the session could not be checked (server down). */
  error: ApiError | null;
  /** Signs in; throws ApiError (e.g. code 'invalid_credentials' or 'validation'). */
  login: (email: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  /** Asks the server again who is signed in. */
  refresh: () => Promise<void>;
  hasRole: (role: Role | readonly Role[]) => boolean;
}

const AuthContext = createContext<AuthContextValue | null>(null);

function applySession(session: SessionResponse): SessionUser {
  setCsrfToken(session.csrfToken);
  // A language chosen in this browser wins over the profile's.
  if (!hasStoredLanguage() && isUiLocale(session.user.locale) && i18n.language !== session.user.locale) {
    void i18n.changeLanguage(session.user.locale);
  }
  return session.user;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
    setStatus('anonymous');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const session = await api.get<SessionResponse>('/api/auth/me');
      setUser(applySession(session));
      setError(null);
      setStatus('authenticated');
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        signedOut();
        return;
      }
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'internal', String(caught)));
      setStatus('error');
    }
  }, [signedOut]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onUnauthorized(signedOut), [signedOut]);

  const login = useCallback(async (email: string, password: string) => {
    const session = await api.post<SessionResponse>('/api/auth/login', { email, password });
    const signedIn = applySession(session);
    setUser(signedIn);
    setError(null);
    setStatus('authenticated');
    return signedIn;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout');
    } finally {
      signedOut();
    }
  }, [signedOut]);

  const value = useMemo<AuthContextValue>(
    () => ({
      status,
      user,
      error,
      login,
      logout,
      refresh,
      hasRole: (role) => userHasRole(user, role),
    }),
    [status, user, error, login, logout, refresh],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session: who is signed in, their roles and networks, and login/logout. */
export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>');
  return context;
}
