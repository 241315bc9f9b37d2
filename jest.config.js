/**
 * Three suites, each runnable alone (npm run test:unit | test:integration | test:infra).
 * TypeScript is transpiled by ts-jest; `tsc --noEmit` type-checks as part of `npm test`.
 * pdf.js is ESM-only, so jest runs with --experimental-vm-modules (set in the npm scripts).
 */
const common = {
  // Jest's node environment, with the typed arrays native addons hand back shared (see the file).
  testEnvironment: '<rootDir>/tests/support/shared-typed-arrays-environment.js',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'infra', testMatch: ['<rootDir>/tests/infra/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/global-teardown.ts',
    },
  ],
};
