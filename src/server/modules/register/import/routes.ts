// "CSV importeren": the template, the preview of a file and its import, for the owner and staff
// of the accommodation in the session. The file travels as text in JSON ({ csv }), so the one
// CSRF-protected JSON path carries it; its size is capped here rather than app-wide.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { CSV_COLUMNS } from '../../../../shared/register/csv-columns.ts';
import { sendDownload } from '../../../platform/http/download.ts';
import { importStays, previewImport } from './import-stays.ts';

const ENTREPRENEURS = allow('owner', 'staff');
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const fileBody = z.object({
  csv: z.string({ error: 'REQUIRED' }).max(MAX_FILE_BYTES, 'TOO_LONG').meta({
    description: 'The file\'s text (UTF-8). Header row with the Dutch column names, separated by ";" or ",".',
    example:
      'aankomst;vertrek;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort\n2026-07-01;2026-07-03;J.;Jansen;Utrecht;NL;1980-04-02;NL;identiteitskaart',
  }),
});

/** The header row of the template: a spreadsheet opens it with the columns in place. */
export function templateCsv(): string {
  return `\uFEFF${CSV_COLUMNS.join(';')}\r\n`;
}

export async function importRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/register/import-template.csv',
    { config: ENTREPRENEURS, schema: { tags: ['register'], summary: 'The CSV template: the header row with every column of the import' } },
    async (_request, reply) => sendDownload(reply, { type: 'text/csv; charset=utf-8', filename: 'nachtregister-sjabloon.csv', body: templateCsv() }),
  );

  r.post(
    '/api/register/imports/preview',
    {
      config: ENTREPRENEURS,
      bodyLimit: MAX_FILE_BYTES + 64 * 1024,
      schema: {
        tags: ['register'],
        summary:
          'Check a CSV file row by row: valid, duplicate (booking reference + arrival known, or a repeat of an earlier row of the file: duplicateOf) or invalid with errors per column; nothing is written',
        body: fileBody,
      },
    },
    async (request) => previewImport(deps, registerActorOf(request), request.body.csv),
  );

  r.post(
    '/api/register/imports',
    {
      config: ENTREPRENEURS,
      bodyLimit: MAX_FILE_BYTES + 64 * 1024,
      schema: {
        tags: ['register'],
        summary: 'Import the valid rows of a CSV file in one transaction; invalid rows are skipped and reported, duplicates are not added again',
        body: fileBody,
      },
    },
    async (request) => importStays(deps, registerActorOf(request), request.body.csv, requestMeta(request)),
  );
}
