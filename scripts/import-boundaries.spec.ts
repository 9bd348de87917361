import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The import boundaries of eslint.config.mjs, proved on probe files: for every lib and app, an
 * import it may not make is reported by `no-restricted-imports`, and one it may make is not. The
 * expectations are written here from docs/architecture.md, not read from the config. ESLint runs
 * in a child process because its flat config is an ES module, which jest's CommonJS runtime
 * cannot load.
 */
const crossing = (file: string, source: string) => ({ file, source, crosses: true });
const allowed = (file: string, source: string) => ({ file, source, crosses: false });
const PROBES: { file: string; source: string; crosses: boolean }[] = [
  // The leaves import nothing of the project.
  crossing('libs/contracts/src/probe.ts', '@caseatlas/validation'),
  crossing('libs/contracts/src/probe.ts', '../../config/src'),
  allowed('libs/contracts/src/probe.ts', './vocabularies'),
  crossing('libs/config/src/probe.ts', '@caseatlas/contracts'),
  // Pure libs: the contracts only.
  crossing('libs/validation/src/probe.ts', '@caseatlas/cases'),
  allowed('libs/validation/src/probe.ts', '@caseatlas/contracts'),
  crossing('libs/anonymizer/src/probe.ts', '@caseatlas/audit'),
  allowed('libs/anonymizer/src/probe.ts', '@caseatlas/contracts'),
  crossing('libs/access/src/probe.ts', '@caseatlas/cases'),
  allowed('libs/access/src/probe.ts', '@caseatlas/contracts'),
  crossing('libs/database/src/probe.ts', '@caseatlas/cases'),
  allowed('libs/database/src/probe.ts', '@caseatlas/config'),
  crossing('libs/demo/src/probe.ts', '@caseatlas/cases'),
  allowed('libs/demo/src/probe.ts', '@caseatlas/contracts'),
  // The audit trail and accounts sit under the domain.
  crossing('libs/audit/src/probe.ts', '@caseatlas/auth'),
  crossing('libs/audit/src/probe.ts', '../../../apps/api/src/http/access.guard'),
  allowed('libs/audit/src/probe.ts', '@caseatlas/anonymizer'),
  crossing('libs/auth/src/probe.ts', '@caseatlas/cases'),
  allowed('libs/auth/src/probe.ts', '@caseatlas/audit'),
  // Cases know nothing of search, annotations, import/export or demo data (outside their tests).
  crossing('libs/cases/src/probe.ts', '@caseatlas/search'),
  crossing('libs/cases/src/probe.ts', '@caseatlas/annotations'),
  crossing('libs/cases/src/probe.ts', '@caseatlas/interchange'),
  crossing('libs/cases/src/probe.ts', '@caseatlas/demo'),
  crossing('libs/cases/src/probe.ts', '../../search/src/search.service'),
  allowed('libs/cases/src/probe.ts', '@caseatlas/access'),
  allowed('libs/cases/src/probe.spec.ts', '@caseatlas/demo'),
  crossing('libs/annotations/src/probe.ts', '@caseatlas/search'),
  allowed('libs/annotations/src/probe.ts', '@caseatlas/cases'),
  crossing('libs/search/src/probe.ts', '@caseatlas/analytics'),
  allowed('libs/search/src/probe.ts', '@caseatlas/cases'),
  crossing('libs/analytics/src/probe.ts', '@caseatlas/annotations'),
  allowed('libs/analytics/src/probe.ts', '@caseatlas/search'),
  crossing('libs/interchange/src/probe.ts', '@caseatlas/demo'),
  crossing('libs/interchange/src/probe.ts', '@caseatlas/search'),
  allowed('libs/interchange/src/probe.ts', '@caseatlas/cases'),
  // The apps: the admin reads the contracts only; the API serves the domain, not demo data or
  // import/export (the CLI's); the CLI may use every lib.
  crossing('apps/admin/src/probe.tsx', '@caseatlas/cases'),
  crossing('apps/admin/src/probe.tsx', '../../../libs/auth/src'),
  allowed('apps/admin/src/probe.tsx', '@caseatlas/contracts'),
  crossing('apps/api/src/probe.ts', '@caseatlas/demo'),
  crossing('apps/api/src/probe.ts', '@caseatlas/interchange'),
  allowed('apps/api/src/probe.ts', '@caseatlas/search'),
  allowed('apps/cli/src/probe.ts', '@caseatlas/demo'),
  allowed('apps/cli/src/probe.ts', '@caseatlas/interchange'),
];

const LINT_PROBES = `
const { ESLint } = require('eslint');
(async () => {
  const eslint = new ESLint();
  const probes = JSON.parse(process.argv[1]);
  const rules = [];
  for (const probe of probes) {
    const [result] = await eslint.lintText("export { probe } from '" + probe.source + "';\\n", { filePath: probe.file });
    rules.push(result.messages.map((message) => message.ruleId));
  }
  process.stdout.write(JSON.stringify(rules));
})();
`;

describe('import boundaries (npm run lint)', () => {
  it('reports every crossing import and no allowed one', () => {
    const run = spawnSync(process.execPath, ['-e', LINT_PROBES, JSON.stringify(PROBES)], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const rules = JSON.parse(run.stdout) as string[][];
    const reported = PROBES.map((probe, index) => ({
      ...probe,
      crosses: rules[index].includes('no-restricted-imports'),
    }));
    expect(reported).toEqual(PROBES);
  });
});
