import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['tests/support/setup.ts'],
    // Browser tests share two cores with the static server; more workers only add contention.
    maxWorkers: 2,
    // Generous waits so that a busy machine is slow, not red; no test asserts on speed.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        // Unit tests share their workers' modules: the content, loaded through the schemas, once
        // per worker instead of once per file. They change no global but Intl for a moment
        // (tests/unit/locale-format.test.ts restores it), and no module's state.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        // Tests that read the built site share their workers' modules too: they only read dist/
        // and the content, and change nothing (3.5 s of content loading per file otherwise).
        extends: true,
        test: { name: 'built', include: ['tests/built/**/*.test.ts', 'tests/search/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'browser and build', include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'] },
      },
    ],
  },
});
