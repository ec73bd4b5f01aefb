import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, refreshSession, request, setSessionExpiredHandler, tokens } from '../api/client';
import { reference } from '../api/cache';
import type { LoginResult, Role, User } from '../api/types';

interface AuthState {
  user: User | null;
  /** True while a stored session is being restored at start-up. */
  restoring: boolean;
  /** The session ended by itself (refresh refused), not by signing out. */
  expired: boolean;
  signIn: (result: LoginResult) => void;
  signOut: (everywhere?: boolean) => Promise<void>;
  refreshUser: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [restoring, setRestoring] = useState<boolean>(() => tokens.refreshToken() !== null);
  const [expired, setExpired] = useState(false);
  const navigate = useNavigate();

  // A session that cannot be refreshed drops the user; RequireAuth then sends them to
  // /login?next=<where they were>&expired=1, and the login page brings them back.
  useEffect(() => {
    setSessionExpiredHandler(() => {
      reference.clear();
      setExpired(true);
      setUser(null);
    });
    return () => setSessionExpiredHandler(null);
  }, []);

  useEffect(() => {
    if (!tokens.refreshToken()) return;
    let cancelled = false;
    (async () => {
      try {
        if (await refreshSession()) {
          const me = await api.get<User>('/me');
          if (!cancelled) setUser(me);
        }
      } catch {
        /* stays signed out */
      } finally {
        if (!cancelled) setRestoring(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const signIn = useCallback((result: LoginResult) => {
    tokens.setSession(result);
    reference.clear();
    setExpired(false);
    setUser(result.user);
  }, []);

  const signOut = useCallback(async (everywhere = false) => {
    const refreshToken = tokens.refreshToken();
    try {
      if (everywhere) await request('POST', '/auth/logout-all');
      else if (refreshToken) await request('POST', '/auth/logout', { body: { refreshToken }, anonymous: true });
    } catch {
      /* signing out locally is what matters */
    }
    tokens.clear();
    reference.clear();
    setUser(null);
    navigate('/login', { replace: true });
  }, [navigate]);

  const refreshUser = useCallback(async () => {
    setUser(await api.get<User>('/me'));
  }, []);

  const value = useMemo(() => ({ user, restoring, expired, signIn, signOut, refreshUser }), [user, restoring, expired, signIn, signOut, refreshUser]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a user');
  return user;
}

export function homeFor(role: Role | null | undefined): string {
  switch (role) {
    case 'creator':
      return '/portal';
    case 'agent':
    case 'supervisor':
      return '/desk';
    case 'cac_officer':
      return '/authority';
    case 'sysadmin':
    case 'secadmin':
      return '/admin/users';
    case 'auditor':
      return '/audit';
    default:
      return '/no-role';
  }
}

/** Only same-site paths are followed after login. */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login') || next.startsWith('/register')) return null;
  return next;
}
