import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The import boundaries of eslint.config.mjs, proved on probe files: each crossing import is
 * reported by `no-restricted-imports`, and each allowed one is not. ESLint runs in a child
 * process because its flat config is an ES module, which jest's CommonJS runtime cannot load.
 */
const PROBES: { file: string; source: string; crosses: boolean }[] = [
  { file: 'libs/cases/src/probe.ts', source: '@caseatlas/search', crosses: true },
  { file: 'libs/cases/src/probe.ts', source: '@caseatlas/transfer', crosses: true },
  { file: 'libs/cases/src/probe.ts', source: '@caseatlas/demo', crosses: true },
  { file: 'libs/audit/src/probe.ts', source: '../../../apps/api/src/http/access.guard', crosses: true },
  { file: 'libs/transfer/src/probe.ts', source: '@caseatlas/demo', crosses: true },
  { file: 'apps/admin/src/probe.tsx', source: '@caseatlas/cases', crosses: true },
  { file: 'apps/admin/src/probe.tsx', source: '../../../libs/auth/src', crosses: true },
  { file: 'libs/transfer/src/probe.ts', source: '@caseatlas/cases', crosses: false },
  { file: 'libs/cases/src/probe.spec.ts', source: '@caseatlas/demo', crosses: false },
  { file: 'apps/cli/src/probe.ts', source: '@caseatlas/demo', crosses: false },
  { file: 'apps/admin/src/probe.tsx', source: '@caseatlas/contracts', crosses: false },
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
