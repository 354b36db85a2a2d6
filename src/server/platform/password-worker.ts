// Runs in a worker thread of the password pool (see passwords.ts). The thread lowers its own
// scheduling priority, so that under a sign-in storm the event loop (and the database) still get
// the CPU first and ordinary requests stay fast; hashing takes whatever CPU is left.
import os from 'node:os';
import { hashSync, verifySync, type Options } from '@node-rs/argon2';

try {
  // On Linux, priority 0 = "this thread only".
  os.setPriority(0, 10);
} catch {
  // Not permitted on this platform: run at normal priority.
}

export type PasswordTask =
  | { op: 'hash'; password: string; options: Options }
  | { op: 'verify'; hash: string; password: string };

export default function run(task: PasswordTask): string | boolean {
  if (task.op === 'hash') return hashSync(task.password, task.options);
  try {
    return verifySync(task.hash, task.password);
  } catch {
    return false;
  }
}
