// Aanslagen over HTTP: the municipality records them one by one or imports them from its tax
// system and sees them with the requests for vermindering; the owner sees those over a return
// period of the session's accommodation and files a request for ambtshalve vermindering.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taxAssessmentImportSchema, taxAssessmentInputSchema, taxReductionRequestSchema } from '../../../../shared/schemas/tourist-tax.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { administratorOf, MUNICIPALITY, OWNER, ownerOf, periodParams, periodQuery, tags } from '../route-actors.ts';
import { municipalityAssessments } from './municipality-assessments.ts';
import { ownAssessments, requestReduction } from './owner-assessments.ts';
import { importAssessments, importAssessmentsCsv, recordAssessment } from './record-assessments.ts';

/** 1000 lines of the import's six columns fit easily. */
const CSV_MAX_CHARS = 200_000;
const csvBody = z.object({ csv: z.string({ error: 'REQUIRED' }).min(1, 'REQUIRED').max(CSV_MAX_CHARS, 'TOO_LONG') });

export async function assessmentRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/municipality/tax/assessments',
    {
      config: MUNICIPALITY,
      schema: {
        tags,
        summary: 'The aanslagen over (part of) a period, each with its bezwaar deadline and the requests for ambtshalve vermindering',
        querystring: periodQuery,
      },
    },
    async (request) => municipalityAssessments(deps, administratorOf(request).municipalityId, request.query.period),
  );

  r.post(
    '/api/municipality/tax/assessments',
    {
      config: MUNICIPALITY,
      schema: { tags, summary: 'Record one aanslag (voorlopig or definitief) as the tax system issued it', body: taxAssessmentInputSchema },
    },
    async (request, reply) =>
      reply.status(201).send({ assessment: await recordAssessment(deps, administratorOf(request), request.body, requestMeta(request)) }),
  );

  r.post(
    '/api/municipality/tax/assessments/import',
    {
      config: MUNICIPALITY,
      bodyLimit: 1024 * 1024,
      schema: {
        tags,
        summary: 'Import up to 1000 aanslagen from the tax system, all or none (layout: docs/tourist-tax-assessments-import.md)',
        body: taxAssessmentImportSchema,
      },
    },
    async (request, reply) =>
      reply.status(201).send({ assessments: await importAssessments(deps, administratorOf(request), request.body.assessments, requestMeta(request)) }),
  );

  r.post(
    '/api/municipality/tax/assessments/import-csv',
    {
      config: MUNICIPALITY,
      bodyLimit: 2 * CSV_MAX_CHARS,
      schema: { tags, summary: "Import the tax system's CSV of aanslagen, all or none; problems named by line and column", body: csvBody },
    },
    async (request, reply) =>
      reply.status(201).send({ assessments: await importAssessmentsCsv(deps, administratorOf(request), request.body.csv, requestMeta(request)) }),
  );

  r.get(
    '/api/tax/returns/:period/assessments',
    {
      config: OWNER,
      schema: { tags, summary: "The aanslagen over the return period of the session's accommodation, with the last day for bezwaar", params: periodParams },
    },
    async (request) => ownAssessments(deps, ownerOf(request), request.params.period),
  );

  r.post(
    '/api/tax/returns/:period/reduction-requests',
    {
      config: OWNER,
      schema: {
        tags,
        summary: 'Verzoek om ambtshalve vermindering of the definitive aanslag, with its reason (409 TAX_NO_DEFINITIVE_ASSESSMENT before one)',
        params: periodParams,
        body: taxReductionRequestSchema,
      },
    },
    async (request, reply) =>
      reply.status(201).send({ request: await requestReduction(deps, ownerOf(request), request.params.period, request.body, requestMeta(request)) }),
  );
}
