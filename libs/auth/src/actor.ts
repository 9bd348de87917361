import type { Role } from '@caseatlas/contracts';

/** Who is making a request: the account and the session its access token belongs to. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  sessionId: string;
}

/** The claims of an access token. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: Role;
}
