import { commentUrl } from './commentUrl';

describe('commentUrl', () => {
  it('keeps web and mail links', () => {
    expect(commentUrl('https://www.unodc.org/report')).toBe('https://www.unodc.org/report');
    expect(commentUrl('http://example.org')).toBe('http://example.org');
    expect(commentUrl('MAILTO:forum@example.org')).toBe('MAILTO:forum@example.org');
  });

  it('drops script, data, relative and other links', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '#/users',
      '/api',
      'ftp://x',
    ]) {
      expect(commentUrl(url)).toBeUndefined();
    }
  });
});
