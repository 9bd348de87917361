import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS, formatMessage } from './formats';
import type { Format } from './formats';

const formats = Object.entries(FORMATS) as [keyof typeof FORMATS, Format][];

describe('formats', () => {
  it.each(formats)('%s: every example passes its own rule, and the message shows the first', (name, format) => {
    for (const example of format.examples)
      expect({ example, passes: format.pattern.test(example) }).toEqual({ example, passes: true });
    expect(formatMessage(name)).toBe(`$property must be ${format.description}, like ${format.examples[0]}`);
  });

  it('are the only messages that give an example: no validator writes its own "like …"', () => {
    const root = join(__dirname, '../../..');
    const sources = (directory: string): string[] =>
      readdirSync(directory).flatMap((entry) => {
        const path = join(directory, entry);
        if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sources(path);
        return /\.ts$/.test(entry) && !/\.spec\.ts$/.test(entry) ? [path] : [];
      });
    const offenders = [...sources(join(root, 'libs')), ...sources(join(root, 'apps/api'))].filter((path) =>
      /@Matches\([^)]*message:\s*'[^']*\blike\b/.test(readFileSync(path, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
