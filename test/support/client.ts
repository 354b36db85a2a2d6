// An HTTP client over app.inject that behaves like a browser: it keeps cookies and sends the
// CSRF token on state-changing requests.
import { Readable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip: string,
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.request('GET', url);
  }

  async post(url: string, body: unknown = {}): Promise<LightMyRequestResponse> {
    return this.request('POST', url, body);
  }

  async put(url: string, body: unknown = {}): Promise<LightMyRequestResponse> {
    return this.request('PUT', url, body);
  }

  async delete(url: string): Promise<LightMyRequestResponse> {
    return this.request('DELETE', url, {});
  }

  /** `body` as JSON, or a stream the test writes the (JSON) body into as it goes. */
  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (method !== 'GET') {
      this.csrf ??= (await this.request('GET', '/api/csrf')).json<{ token: string }>().token;
      headers['x-csrf-token'] = this.csrf;
      headers['content-type'] = 'application/json';
    }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.ip,
      ...(body === undefined ? {} : { payload: body instanceof Readable ? body : JSON.stringify(body) }),
    });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
}
