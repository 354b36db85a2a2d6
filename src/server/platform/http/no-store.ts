// Browsers and proxies never keep an answer of the API: almost every one holds personal data
// (guests, accounts, audit events, tax figures), and a shared computer's cache or a proxy would
// still hold it after sign-out. A route that serves something public and unchanging (a
// municipality's logo) sets its own Cache-Control; the API's documentation may be cached too.
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Decided on the route matched where there is one: the router also takes '/%61pi/session' for '/api/session'. */
function isApiAnswer(request: FastifyRequest): boolean {
  const path = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  return path.startsWith('/api/') && path !== '/api/docs' && !path.startsWith('/api/docs/');
}

export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiAnswer(request) && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
