// Shared pieces of the benchmarks: the app in a child process, and autocannon helpers.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const PASSWORD = 'paarden eten graag hooi bij de molen';

/** Starts bench/server.ts in its own process; resolves when it listens. */
export async function benchServer(env: Record<string, string> = {}) {
  const child = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const ready = await new Promise<{ port: number; userCount: number; municipalityToken: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number; userCount: number; municipalityToken: string }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${ready.port}`;
  const emails = Array.from({ length: ready.userCount }, (_, i) => `bench-${i}@example.nl`);
  return {
    base,
    emails,
    /** The server's process id, for its memory use. */
    pid: child.pid ?? 0,
    /** Cookie of a signed-in municipality user of the seeded municipality. */
    municipalityCookie: `nr_session=${ready.municipalityToken}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

/** A CSRF token with its cookie, reusable for any number of requests. */
export async function csrf(base: string): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${base}/api/csrf`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { token } = (await response.json()) as { token: string };
  return { token, cookie };
}

export async function signIn(base: string, email: string): Promise<string> {
  return (await signInWithCsrf(base, email)).cookie;
}

/** Signs in; the cookie carries the session and the CSRF secret that `csrfToken` belongs to. */
export async function signInWithCsrf(base: string, email: string): Promise<{ cookie: string; csrfToken: string }> {
  const c = await csrf(base);
  const response = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': c.token, cookie: c.cookie },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const session = response.headers.getSetCookie().find((s) => s.startsWith('nr_session='));
  return { cookie: `${c.cookie}; ${session?.split(';')[0]}`, csrfToken: c.token };
}

export function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
