import { defineConfig } from 'vitest/config';

// Tests run against the built package (dist/), as users and the conformance runner load it:
// instrumented code reaches the runtime through a globalThis registry, so the test process
// must load the same runtime build that the loaders use. globalSetup builds it once.
export default defineConfig({
  test: {
    globalSetup: ['./test/helpers/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
