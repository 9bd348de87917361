import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENVIRONMENT_DEFAULTS, JWT_SECRET_MIN_LENGTH } from '../../libs/config/src';
import { installationSecret } from './installation-secret';

describe("npm start's signing secret", () => {
  const directory = () => join(mkdtempSync(join(tmpdir(), 'caseatlas-secret-')), '.caseatlas');

  it('is made random on the first start, long enough, readable by the owner only', () => {
    const home = directory();
    const secret = installationSecret(home, undefined);
    expect(secret).not.toBe(ENVIRONMENT_DEFAULTS.JWT_SECRET);
    expect(secret.length).toBeGreaterThanOrEqual(JWT_SECRET_MIN_LENGTH);
    expect(statSync(join(home, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(installationSecret(directory(), undefined)).not.toBe(secret);
  });

  it('is the same on every later start of the same installation', () => {
    const home = directory();
    expect(installationSecret(home, undefined)).toBe(installationSecret(home, undefined));
  });

  it('is JWT_SECRET when one is configured', () => {
    expect(installationSecret(directory(), 'a configured secret of more than thirty-two characters')).toBe(
      'a configured secret of more than thirty-two characters',
    );
  });
});
