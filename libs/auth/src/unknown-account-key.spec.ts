import { createHash } from 'node:crypto';
import { unknownAccountKey } from './auth.service';

describe('unknownAccountKey', () => {
  const key = Buffer.from('a server key of thirty-two bytes!');

  it('counts spellings of one username together', () => {
    expect(unknownAccountKey('  Demo-Editor ', key)).toBe(unknownAccountKey('demo-editor', key));
    expect(unknownAccountKey('demo-editor', key)).toMatch(/^unknown:[0-9a-f]{24}$/);
  });

  it('cannot be checked against a guess without the key: not the plain hash, and another key gives another value', () => {
    const typed = '77019876543';
    const plain = `unknown:${createHash('sha256').update(typed).digest('hex').slice(0, 24)}`;
    expect(unknownAccountKey(typed, key)).not.toBe(plain);
    expect(unknownAccountKey(typed, Buffer.from('another server key, also 32 bytes'))).not.toBe(
      unknownAccountKey(typed, key),
    );
  });
});
