import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (docs/architecture.md): libs never import apps; the case domain knows
 * nothing of search, transfer or demo data; the domain imports no demo data outside its tests;
 * the admin imports only the shared contracts. Each entry is the whole rule for its files
 * (a later config replaces an earlier one's rule), so the narrower ones repeat the wider.
 */
const LIBS_IMPORT_NO_APPS = { group: ['**/apps/**', '@caseatlas/../**'], message: 'libs never import apps.' };
const DOMAIN_IMPORTS_NO_DEMO = {
  group: ['@caseatlas/demo', '**/libs/demo/**'],
  message: 'Demo data belongs to tooling (CLI, tests, benchmarks), not to the domain.',
};
const CASES_IMPORT_NO_SEARCH = {
  group: ['@caseatlas/search', '@caseatlas/transfer', '**/libs/search/**', '**/libs/transfer/**'],
  message: 'cases is below search and transfer: they import cases, not the other way round.',
};
const ADMIN_IMPORTS_ONLY_CONTRACTS = {
  group: ['@caseatlas/*', '!@caseatlas/contracts', '**/libs/**'],
  message: 'The admin imports only @caseatlas/contracts from libs.',
};
const boundary = (files, ignores, patterns) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

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
  boundary(['libs/**/*.ts'], ['libs/**/*.spec.ts', 'libs/demo/**'], [LIBS_IMPORT_NO_APPS, DOMAIN_IMPORTS_NO_DEMO]),
  boundary(['libs/**/*.spec.ts', 'libs/demo/**/*.ts'], [], [LIBS_IMPORT_NO_APPS]),
  boundary(
    ['libs/cases/**/*.ts'],
    ['libs/cases/**/*.spec.ts'],
    [LIBS_IMPORT_NO_APPS, DOMAIN_IMPORTS_NO_DEMO, CASES_IMPORT_NO_SEARCH],
  ),
  boundary(['libs/cases/**/*.spec.ts'], [], [LIBS_IMPORT_NO_APPS, CASES_IMPORT_NO_SEARCH]),
  boundary(['apps/admin/**/*.{ts,tsx}'], [], [ADMIN_IMPORTS_ONLY_CONTRACTS]),
);
