import { defineConfig } from 'vitest/config';

// One alias keeps a single graphql realm: type-graphql and @apollo/* load the CJS build,
// so test code must too ("Cannot use GraphQLSchema from another module or realm").
const resolve = { alias: { graphql: 'graphql/index.js' } };

export default defineConfig({
  resolve,
  test: {
    globalSetup: ['./tests/harness/global-setup.ts'],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'subgraphs/*/src/**/*.test.ts',
            'router/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          // `npm run bench`: vitest bench --run --project bench (results in tests/bench/results/).
          name: 'bench',
          // Benchmarks only: nothing for `vitest run`, the bench files for `vitest bench`.
          include: [],
          benchmark: { include: ['packages/*/bench/**/*.bench.ts', 'tests/bench/**/*.bench.ts'] },
          // One file at a time, so a benchmark has the core to itself.
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
