/**
 * `npm run docs:diagram`: writes the import graph of libs and apps, read from the code, into
 * docs/architecture.md between its markers. scripts/architecture-diagram.spec.ts fails when the
 * document and the code differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importGraph, toMermaid, withDiagram } from './lib/import-graph';

const root = join(__dirname, '..');
const document = join(root, 'docs', 'architecture.md');
writeFileSync(document, withDiagram(readFileSync(document, 'utf8'), toMermaid(importGraph(root))));
console.log('docs/architecture.md: import graph written');
