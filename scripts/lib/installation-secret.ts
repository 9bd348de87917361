import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The access-token signing secret of `npm start`'s API: `JWT_SECRET` when set, else a random one
 * made on the first start of this installation and kept in `<directory>/jwt-secret` (mode 600,
 * git-ignored), so tokens survive restarts and no public default ever signs them.
 */
export function installationSecret(directory: string, configured: string | undefined): string {
  if (configured) return configured;
  const file = join(directory, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
