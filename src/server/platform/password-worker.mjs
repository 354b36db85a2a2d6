// Runs in a worker thread of the password pool (see passwords.ts). Plain JavaScript so that it
// loads in any runtime (tsx, the compiled build, the test runner) without a TypeScript loader.
// The thread lowers its own scheduling priority, so that under a sign-in storm the event loop
// (and the database) still get the CPU first and ordinary requests stay fast; hashing takes
// whatever CPU is left.
import os from 'node:os';
import { hashSync, verifySync } from '@node-rs/argon2';

try {
  // On Linux, priority 0 = "this thread only".
  os.setPriority(0, 10);
} catch {
  // Not permitted on this platform: run at normal priority.
}

/** @param {{ op: 'hash', password: string, options: object } | { op: 'verify', hash: string, password: string }} task */
export default function run(task) {
  if (task.op === 'hash') return hashSync(task.password, task.options);
  try {
    return verifySync(task.hash, task.password);
  } catch {
    return false;
  }
}
