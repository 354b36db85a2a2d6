// A small HTTP client for preparing a journey's starting point (accounts, policies) through the
// same API the web app uses: it keeps cookies and sends the CSRF token.
export class ApiClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = {};
    if (method !== 'GET') {
      this.csrf ??= (await this.request<{ token: string }>('GET', '/api/csrf')).body.token;
      headers['x-csrf-token'] = this.csrf;
      headers['content-type'] = 'application/json';
    }
    headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', ...value] = pair.split('=');
      this.cookies.set(name, value.join('='));
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}
