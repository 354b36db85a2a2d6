// Password hashing with argon2id at the OWASP parameters (m=19 MiB, t=2, p=1), off the event
// loop in a pool of one low-priority worker thread per core (piscina), so a sign-in storm never
// delays other requests (measured in bench/login.ts).
import os from 'node:os';
import { Piscina } from 'piscina';

export const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

type PasswordTask = { op: 'hash'; password: string; options: typeof ARGON2_OPTIONS } | { op: 'verify'; hash: string; password: string };

const workerFile = new URL('./password-worker.mjs', import.meta.url);

let pool: Piscina | undefined;

function run<T>(task: PasswordTask): Promise<T> {
  pool ??= new Piscina({
    filename: workerFile.href,
    minThreads: 1,
    maxThreads: os.availableParallelism(),
    idleTimeout: 60_000,
  });
  return pool.run(task) as Promise<T>;
}

export function hashPassword(password: string): Promise<string> {
  return run({ op: 'hash', password, options: ARGON2_OPTIONS });
}

export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return run({ op: 'verify', hash: storedHash, password });
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real verification, for sign-ins with an unknown email, so that
 * timing does not reveal whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that never matches anything');
  await verifyPassword(await dummyHash, password);
  return false;
}
