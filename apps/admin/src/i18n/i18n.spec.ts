import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

describe('translation keys used in the code', () => {
  const sourceRoot = join(__dirname, '..');

  function sourceFiles(directory: string): string[] {
    return readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
      return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
    });
  }

  it('all exist in the English catalogue (so in the Russian one too)', () => {
    const english = new Set(keysOf(en));
    // Whole literal keys only; keys built at run time (`…${value}`) are covered by the typed vocabularies.
    const used = sourceFiles(sourceRoot).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(/['"`]((?:caseatlas|resources|ra)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g),
      ].map((match) => `${match[1]} (${file.slice(sourceRoot.length + 1)})`),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((entry) => !english.has(entry.split(' ')[0]))).toEqual([]);
  });
});
