import { defineConfig } from 'vitest/config';

// Browser tests: build once, serve dist/ from a sub-path, drive Debian's Chromium with playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    setupFiles: ['test/clock-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
