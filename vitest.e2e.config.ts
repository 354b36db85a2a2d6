import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two journeys at a time, also on a two-core machine: a journey mostly waits (for the browser to
    // render, for mail), one at a time left a core idle half the run.
    maxWorkers: 2,
    // Journeys share the worker's modules (the app's imports, PGlite's WebAssembly): each starts its own
    // server, browser and mailbox and closes them, and none mocks a module.
    isolate: false,
    // The migrations run once; every journey's server opens a copy of the migrated database.
    globalSetup: ['test/support/migrated-database.ts'],
  },
});
