import { en } from './en';
import { ru } from './ru';

function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translation catalogues', () => {
  it('Russian has every key English has', () => {
    const russian = new Set(keysOf(ru));
    expect(keysOf(en).filter((key) => !russian.has(key))).toEqual([]);
  });

  it('English has every key Russian has', () => {
    const english = new Set(keysOf(en));
    // ra-language-russian carries one message react-admin itself dropped.
    const obsolete = new Set(['ra.navigation.prev']);
    expect(keysOf(ru).filter((key) => !english.has(key) && !obsolete.has(key))).toEqual([]);
  });

  it('has no empty message of ours', () => {
    for (const { caseatlas } of [en, ru]) {
      const empty = keysOf(caseatlas).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], caseatlas);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
