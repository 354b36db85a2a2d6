// Runs in a worker thread of the CSV pool (see csv-pool.ts): reads and checks one uploaded file
// (check-rows.ts). Plain JavaScript so that the thread starts in any runtime; it loads the
// compiled check-rows.js next to it in the production build, and otherwise the TypeScript source
// through tsx (development, tests), which a worker thread does not inherit from every runner.
// Like the password worker, the thread lowers its own scheduling priority, so that under a flood
// of uploads the event loop still gets the CPU first and other requests stay fast.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

try {
  // On Linux, priority 0 = "this thread only".
  os.setPriority(0, 10);
} catch {
  // Not permitted on this platform: run at normal priority.
}

const compiled = new URL('./check-rows.js', import.meta.url);
const loaded = existsSync(fileURLToPath(compiled))
  ? import(compiled.href)
  : import('tsx/esm/api').then(({ tsImport }) => tsImport('./check-rows.ts', import.meta.url));

/** @param {import('./check-rows.ts').CheckTask} task */
export default async function run(task) {
  const { checkRows } = await loaded;
  return checkRows(task);
}
