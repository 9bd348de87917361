/** Four projects: unit (pure code, no services), integration (real PostgreSQL and
 *  Elasticsearch), cluster (the same on a three-node cluster) and browser (headless Chromium
 *  against the built workbench). */
const common = {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // approx-string-match ships only ESM; compile its JS to CommonJS for jest.
    '/node_modules/approx-string-match/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!approx-string-match/)'],
  moduleNameMapper: { '^@caseatlas/(.*)$': '<rootDir>/libs/$1/src' },
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    {
      // On a three-node cluster (scripts/run-tests.ts starts it): its own specs, and the
      // analytics and search oracles again with the case index on 3 shards and 1 replica.
      ...common,
      displayName: 'cluster',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
      testMatch: [
        '<rootDir>/test/cluster/**/*.cluster-spec.ts',
        '<rootDir>/test/e2e/analytics.e2e-spec.ts',
        '<rootDir>/test/e2e/search.e2e-spec.ts',
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    {
      ...common,
      displayName: 'browser',
      setupFilesAfterEnv: ['<rootDir>/test/support/browser-timeout.ts'],
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
