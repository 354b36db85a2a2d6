import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
    // Journeys share the worker's modules (the app's imports, PGlite's WebAssembly): each starts its own
    // server, browser and mailbox and closes them, and none mocks a module.
    isolate: false,
    // The migrations run once; every journey's server opens a copy of the migrated database.
    globalSetup: ['test/support/migrated-database.ts'],
  },
});
