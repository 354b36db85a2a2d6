// A file the browser saves rather than shows (exports, PDFs, templates): never cached, since
// most hold guests' or tax data.
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

export function sendDownload(reply: FastifyReply, file: { type: string; filename: string; body: string | Buffer | Readable }) {
  return reply.type(file.type).header('content-disposition', `attachment; filename="${file.filename}"`).header('cache-control', 'no-store').send(file.body);
}
