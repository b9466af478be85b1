import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    // Browser tests share two cores with the static server; more workers only add contention.
    maxWorkers: 2,
    // Generous waits so that a busy machine is slow, not red; no test asserts on speed.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
