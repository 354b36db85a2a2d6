import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share a worker's modules (PGlite's WebAssembly, the app's imports): each builds its own
    // app on its own database and no file mocks a module or changes the environment, so nothing leaks.
    isolate: false,
    globalSetup: ['test/support/migrated-database.ts'],
  },
});
