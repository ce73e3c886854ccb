import { defineConfig } from 'vitest/config';

// The load tests measure nothing but must answer every request within the
// client's timeout: they run last, one at a time, on a machine no other test
// file is loading (beside the regex analyser and other DynamoDB Local
// instances, a run on a slow CI machine saw a few requests fail).
const LOAD_TESTS = 'tests/integration/load*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', LOG_LEVEL: 'ERROR', POWERTOOLS_LOG_LEVEL: 'ERROR' },
    projects: [
      { extends: true, test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: [LOAD_TESTS], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'load', include: [LOAD_TESTS], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
