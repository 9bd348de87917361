/** Four projects: unit (pure code, no services), integration (real PostgreSQL and
 *  Elasticsearch), cluster (a three-node Elasticsearch cluster, which scripts/run-tests.ts starts
 *  for it) and browser (headless Chromium against the built workbench). */
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

/**
 * Run on the cluster, with the case index on 3 shards and 1 replica, rather than on the single
 * node: the analytics SQL oracle, whose figures must stay exact when shards are merged (exact on
 * three, it is exact on one).
 */
const ON_CLUSTER = ['test/e2e/analytics.e2e-spec.ts'];

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
      testPathIgnorePatterns: ON_CLUSTER,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    {
      ...common,
      displayName: 'cluster',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
      testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts', ...ON_CLUSTER.map((path) => `<rootDir>/${path}`)],
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
