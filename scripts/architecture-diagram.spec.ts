import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importGraph, toMermaid, withDiagram } from './lib/import-graph';

const root = join(__dirname, '..');

describe('the import graph of docs/architecture.md', () => {
  it('is the one the code draws (npm run docs:diagram writes it)', () => {
    const markdown = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
    expect(markdown).toBe(withDiagram(markdown, toMermaid(importGraph(root))));
  });

  it('reads what the code imports: the admin the contracts only, the contracts nothing, the CLI the demo data', () => {
    const graph = importGraph(root);
    expect([...graph.get('apps/admin')!]).toEqual(['libs/contracts']);
    expect([...graph.get('libs/contracts')!]).toEqual([]);
    expect(graph.get('apps/cli')!.has('libs/demo')).toBe(true);
    expect(graph.get('libs/cases')!.has('libs/search')).toBe(false);
    expect(graph.get('libs/search')!.has('libs/cases')).toBe(true);
  });
});
