import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time, also on a two-core machine (Vitest's default there is one): a
    // file's worker leaves a core mostly idle while it waits for password hashing threads, child
    // processes and sockets.
    maxWorkers: 2,
    // Test files share a worker's modules (PGlite's WebAssembly, the app's imports): each builds its own
    // app on its own database and no file mocks a module or changes the environment, so nothing leaks.
    isolate: false,
    globalSetup: ['test/support/migrated-database.ts'],
  },
});
