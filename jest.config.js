/** Jest runs TypeScript through ts-jest (transpile only; `tsc --noEmit` type-checks in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
};
