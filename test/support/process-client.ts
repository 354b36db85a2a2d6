// Talking to the application running as a process (test/support/server-process.ts) over real
// HTTP: a client that keeps cookies and sends the CSRF token like the web app, may connect from a
// chosen loopback address (per-IP rate limits see different visitors), and gives every request a
// deadline, so a request that never gets an answer fails the test as HANG instead of hanging it.
// Also the starting point most fault tests need: a confirmed owner with an API token.
import http from 'node:http';
import { registrationInput, STRONG_PASSWORD } from './factories.ts';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: unknown;
}

export class RequestHung extends Error {}

export { STRONG_PASSWORD };

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** The hang guard: far above any answer a healthy server gives. */
  timeoutMs?: number;
}

/** One request; rejects with RequestHung past the deadline and with the socket error on a reset. */
export function request(url: string, method: string, options: RequestOptions & { localAddress?: string; agent?: http.Agent } = {}): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method,
      agent: options.agent,
      localAddress: options.localAddress,
      headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    });
    const guard = setTimeout(
      () => req.destroy(new RequestHung(`${method} ${url} got no answer within ${options.timeoutMs ?? 30_000} ms`)),
      options.timeoutMs ?? 30_000,
    );
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => {
        clearTimeout(guard);
        reject(error);
      });
      res.on('end', () => {
        clearTimeout(guard);
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', (error) => {
      clearTimeout(guard);
      reject(error);
    });
    req.end(payload);
  });
}

/** A visitor with a browser's cookie jar and CSRF token, optionally from its own loopback address. */
export class ProcessClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;
  private readonly agent: http.Agent;

  constructor(
    readonly baseUrl: string,
    private readonly options: { localAddress?: string; timeoutMs?: number } = {},
  ) {
    this.agent = new http.Agent({ keepAlive: true });
  }

  async send(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (method !== 'GET') {
      this.csrf ??= ((await this.send('GET', '/api/csrf')).json as { token: string }).token;
      headers['x-csrf-token'] = this.csrf;
    }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const answer = await request(this.baseUrl + path, method, {
      body: method === 'GET' ? undefined : (body ?? {}),
      headers,
      timeoutMs: this.options.timeoutMs,
      localAddress: this.options.localAddress,
      agent: this.agent,
    });
    for (const cookie of answer.headers['set-cookie'] ?? []) {
      const [pair = ''] = cookie.split(';');
      const [name = '', ...value] = pair.split('=');
      if (value.join('=') === '') this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
    return answer;
  }

  get(path: string) {
    return this.send('GET', path);
  }

  post(path: string, body?: unknown) {
    return this.send('POST', path, body);
  }

  /** Frees the kept-alive sockets, so a stopping server is not held open by this client. */
  close(): void {
    this.agent.destroy();
  }
}

/** Loopback address number `n` (1 → 127.0.1.1): a different visitor for the per-IP limits. */
export function loopbackAddress(n: number): string {
  return `127.0.${Math.floor(n / 250) + 1}.${(n % 250) + 1}`;
}

export async function municipalityId(baseUrl: string, cbsCode = 'GM0222'): Promise<string> {
  const answer = await request(`${baseUrl}/api/municipalities`, 'GET');
  const found = (answer.json as { municipalities: { id: string; code: string }[] }).municipalities.find((m) => m.code === cbsCode);
  if (!found) throw new Error(`no municipality ${cbsCode}`);
  return found.id;
}

export function registrationOf(email: string, municipality: string, companyName = 'Hotel De Gouden Leeuw') {
  return registrationInput(municipality, { email, companyName });
}

/** The confirmation code in a registration mail's text. */
export function confirmationCode(text: string | undefined): string | undefined {
  return /code=([0-9a-f]{48})/.exec(text ?? '')?.[1];
}

/** Waits (bounded) until the development outbox of the process holds a mail for `to`; returns its code. */
export async function outboxCode(baseUrl: string, to: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await request(`${baseUrl}/api/dev/outbox`, 'GET');
    const messages = (answer.json as { messages?: { to: string; text: string }[] } | undefined)?.messages ?? [];
    const code = confirmationCode(messages.find((m) => m.to === to)?.text);
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no mail for ${to} in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Registers an accommodation (mail to the development outbox), confirms the email, signs in and
 * makes `tokens` API tokens for booking systems.
 */
export async function ownerWithApiTokens(baseUrl: string, email: string, tokens = 1): Promise<{ client: ProcessClient; tokens: string[] }> {
  const client = new ProcessClient(baseUrl);
  const registered = await client.post('/api/registrations', registrationOf(email, await municipalityId(baseUrl)));
  if (registered.status !== 201) throw new Error(`registration answered ${registered.status}: ${registered.text}`);
  const confirmed = await client.post('/api/email-confirmations', { code: await outboxCode(baseUrl, email) });
  if (confirmed.status !== 200) throw new Error(`confirmation answered ${confirmed.status}: ${confirmed.text}`);
  const signedIn = await client.post('/api/sessions', { email, password: STRONG_PASSWORD });
  if (signedIn.status !== 200) throw new Error(`sign-in answered ${signedIn.status}: ${signedIn.text}`);
  const made: string[] = [];
  for (let i = 0; i < tokens; i += 1) {
    const answer = await client.post('/api/register/api-tokens', { name: `Boekingssysteem ${i + 1}` });
    if (answer.status !== 201) throw new Error(`API token answered ${answer.status}: ${answer.text}`);
    made.push((answer.json as { token: string }).token);
  }
  return { client, tokens: made };
}
