// Ending the HTTP server without cutting anyone off and without waiting for idle clients. Fastify's
// close() stops listening, answers new requests on open connections 503 and waits for the
// requests in progress, but Node closes idle keep-alive connections only once, when close()
// starts: a connection whose request was still running then stays open until its keep-alive
// timeout (72 s) after the answer, and holds the process with it. Here every such connection
// is told (Connection: close) and closed as soon as its last answer is out.
import type { Server, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * From the moment closing begins, a new request (on a connection still open) gets the coded,
 * Dutch 503 with Retry-After that a database outage gets, not Fastify's own English one, and the
 * connection is closed after it: the client retries on another instance.
 */
export function refuseRequestsWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    void reply.header('connection', 'close');
    throw new AppError('SERVICE_UNAVAILABLE', { retryAfterSeconds: 5 });
  });
}

/** Call once the server listens; returns what to call when closing begins. */
export function closeConnectionsWhenIdle(server: Server): () => void {
  const inProgress = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_request, response: ServerResponse) => {
    inProgress.add(response);
    response.once('close', () => {
      inProgress.delete(response);
      // The connection is idle now (unless the client pipelined another request).
      if (closing) server.closeIdleConnections();
    });
  });
  return () => {
    closing = true;
    for (const response of inProgress) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    server.closeIdleConnections();
  };
}
