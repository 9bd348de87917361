import type { Permission, Profession, Role } from './permissions';

/** Passwords: long rather than complicated (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** An account as the admin's user screens see it (`/api/users`). */
export interface UserResponse {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  profession: Profession | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

/** The signed-in user's own account (`/api/account`), with what the role allows. */
export interface AccountResponse {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  profession: Profession | null;
  permissions: Permission[];
}

/** `POST /api/auth/login` and `/api/auth/refresh`; the refresh token travels in an httpOnly cookie. */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  account: AccountResponse;
}
