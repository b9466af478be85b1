import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['tests/support/setup.ts'],
    // Browser tests share two cores with the static server; more workers only add contention
    // (three took 261 s where two took 239 s, on 6 December 2026).
    maxWorkers: 2,
    // Test files share their worker's modules: the content, loaded through the schemas, once per
    // worker instead of once per file. No test changes a module's state or a global it does not
    // restore (tests/unit/locale-format.test.ts sets Intl for a moment); each browser test file
    // starts and closes its own server and browser.
    isolate: false,
    // Generous waits so that a busy machine is slow, not red; no test asserts on speed.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
