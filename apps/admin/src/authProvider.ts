import type { AuthProvider } from 'react-admin';
import type { Role } from '@caseatlas/contracts';
import { roleMayAccess } from './access';
import { i18nProvider } from './i18n';
import { LoginError, currentAccount, ensureSession, login, logout } from './session';

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null ? (error as { status?: number }).status : undefined;

/**
 * Sign-in against the API (docs/api.md, "Authentication"); the session itself lives in
 * session.ts. What a role may do comes from the contracts' PERMISSIONS table (access.ts), so
 * react-admin hides the menu entries and buttons the API would refuse.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      await login(username, password);
    } catch (error) {
      if (!(error instanceof LoginError)) throw new Error('caseatlas.auth.unreachable');
      if (error.status === 429) {
        // The login form notifies the message as it is, so it is translated here.
        throw new Error(
          i18nProvider.translate('caseatlas.auth.too_many_attempts', { smart_count: error.retryAfter ?? 60 }),
        );
      }
      // The API's message is English; the user reads the interface's language.
      throw new Error(
        i18nProvider.translate(
          error.status === 401 ? 'caseatlas.auth.wrong_credentials' : 'caseatlas.auth.sign_in_failed',
        ),
      );
    }
  },

  logout: () => logout(),

  async checkAuth() {
    if (!(await ensureSession())) throw new Error('ra.auth.auth_check_error');
  },

  // The data provider has already tried to renew the session: a 401 here means it could not.
  async checkError(error: unknown) {
    if (statusOf(error) === 401) throw new Error('caseatlas.auth.session_expired');
  },

  async getIdentity() {
    const account = await currentAccount();
    if (!account) throw new Error('ra.auth.auth_check_error');
    return { ...account, id: account.id, fullName: account.displayName };
  },

  getPermissions: async (): Promise<Role | undefined> => (await currentAccount())?.role,

  async canAccess({ resource, action, record }) {
    return roleMayAccess((await currentAccount())?.role, resource, action, record);
  },
};
