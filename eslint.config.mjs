import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (docs/architecture.md): which lib may import which. A lib imports only the
 * libs listed for it (by `@caseatlas/<lib>`, never by a relative path into another lib), no
 * lib imports an app, `contracts` and `config` import nothing, and the domain imports demo data
 * only in its tests. The API serves the domain (import and export run in the CLI); the admin
 * imports only the shared contracts. scripts/import-boundaries.spec.ts proves each rule.
 */
const LIB_IMPORTS = {
  contracts: [],
  config: [],
  validation: ['contracts'],
  anonymizer: ['contracts'],
  access: ['contracts'],
  database: ['config'],
  demo: ['contracts'],
  audit: ['anonymizer', 'contracts', 'validation'],
  auth: ['anonymizer', 'audit', 'config', 'contracts', 'validation'],
  cases: ['access', 'anonymizer', 'audit', 'contracts', 'validation'],
  annotations: ['access', 'anonymizer', 'audit', 'cases', 'contracts', 'validation'],
  search: ['access', 'anonymizer', 'audit', 'cases', 'config', 'contracts', 'validation'],
  analytics: ['access', 'cases', 'config', 'contracts', 'search'],
  interchange: ['cases', 'contracts', 'validation'],
};
const LIBS = Object.keys(LIB_IMPORTS);
const APP_IMPORTS = {
  admin: ['contracts'],
  api: LIBS.filter((lib) => lib !== 'demo' && lib !== 'interchange'),
  cli: LIBS,
};

/**
 * Everything from `@caseatlas` except the libs allowed, and every relative path into libs, apps
 * or another lib's sources ("../../search/src/…").
 */
const onlyFrom = (allowed, who, own) => {
  const message = allowed.length
    ? `${who} imports only ${allowed.map((lib) => `@caseatlas/${lib}`).join(', ')} (eslint.config.mjs, LIB_IMPORTS).`
    : `${who} imports no other lib or app (eslint.config.mjs, LIB_IMPORTS).`;
  const others = LIBS.filter((lib) => lib !== own).join('|');
  return [
    {
      group: [
        '@caseatlas/*',
        '@caseatlas/*/**',
        ...allowed.flatMap((lib) => [`!@caseatlas/${lib}`, `!@caseatlas/${lib}/**`]),
        '**/libs/**',
        '**/apps/**',
      ],
      message,
    },
    { regex: `^(?:\\.\\./)+(?:libs|apps|${others})/src(?:/|$)`, message },
  ];
};
const boundary = (files, ignores, allowed, who, own) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: onlyFrom(allowed, who, own) }] },
});
const BOUNDARIES = [
  ...LIBS.flatMap((lib) => [
    boundary([`libs/${lib}/**/*.ts`], [`libs/${lib}/**/*.spec.ts`], LIB_IMPORTS[lib], `libs/${lib}`, lib),
    // Tests may build their records from the demo data.
    boundary(
      [`libs/${lib}/**/*.spec.ts`],
      [],
      [...new Set([...LIB_IMPORTS[lib], 'demo'])],
      `a spec of libs/${lib}`,
      lib,
    ),
  ]),
  ...Object.entries(APP_IMPORTS).map(([app, allowed]) =>
    boundary([`apps/${app}/**/*.{ts,tsx}`], [], allowed, `apps/${app}`),
  ),
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'coverage', 'test-results', '.elasticsearch', '.postgres', 'elasticsearch'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // TypeORM migration lists are arrays of classes.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Tests build deliberately malformed records.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...BOUNDARIES,
);
