// Tourist tax over HTTP: the municipality's rates, returns overview, exports and statistics;
// the owner's returns for the accommodation of the session; the PDF copy of a submitted return.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { day } from '../../../shared/schemas/register.ts';
import { taxReturnSubmissionSchema, taxRuleInputSchema, taxSettingsSchema } from '../../../shared/schemas/tourist-tax.ts';
import type { Deps } from '../../deps.ts';
import { sendDownload } from '../../platform/http/download.ts';
import { requestMeta } from '../../platform/http/request-meta.ts';
import { actorOf, allow } from '../identity/access.ts';
import { registerActorOf } from '../identity/accommodation-actor.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { exportReturnsCsv, exportReturnsXlsx } from './export/export-returns.ts';
import { municipalityOverview } from './returns/municipality-returns.ts';
import { listOwnPeriods, submitReturn, viewOwnReturn } from './returns/owner-returns.ts';
import { returnPdf } from './returns/return-pdf.ts';
import { administratorOf, MUNICIPALITY, OWNER, ownerOf, periodParams, periodQuery, tags } from './route-actors.ts';
import { childExemptionOf } from './rules/child-exemption.ts';
import { addTaxRule, changeTaxSettings, taxSettingsOf, withdrawTaxRule } from './rules/tax-rules.ts';
import { taxStatistics } from './statistics/statistics.ts';

const idParams = z.object({ id: z.uuid({ error: 'NOT_FOUND' }) });
const year = z.coerce.number({ error: 'PERIOD_INVALID' }).int('PERIOD_INVALID').min(2000, 'PERIOD_INVALID').max(2100, 'PERIOD_INVALID');

export async function touristTaxRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  await assessmentRoutes(app, { deps });

  r.get(
    '/api/tax/child-exemption',
    {
      config: allow('owner', 'staff'),
      schema: {
        tags,
        summary: "The age under which the municipality's rate on a day (today by default) exempts children from the per-person amount, or null",
        querystring: z.object({ on: day.optional() }),
      },
    },
    async (request) => childExemptionOf(deps, registerActorOf(request).accommodationId, request.query.on),
  );

  r.get(
    '/api/municipality/tax/settings',
    { config: MUNICIPALITY, schema: { tags, summary: 'The return period, the deadline and every version of the tax rules' } },
    async (request) => taxSettingsOf(deps, administratorOf(request)),
  );

  r.put(
    '/api/municipality/tax/settings',
    { config: MUNICIPALITY, schema: { tags, summary: 'Set the return period and the deadline in days after it', body: taxSettingsSchema } },
    async (request) => ({
      settings: await changeTaxSettings(deps, administratorOf(request), request.body, requestMeta(request)),
    }),
  );

  r.post(
    '/api/municipality/tax/rules',
    { config: MUNICIPALITY, schema: { tags, summary: 'Add a version of a tax rule, valid from its day on', body: taxRuleInputSchema } },
    async (request, reply) => reply.status(201).send({ rule: await addTaxRule(deps, administratorOf(request), request.body, requestMeta(request)) }),
  );

  r.delete(
    '/api/municipality/tax/rules/:id',
    { config: MUNICIPALITY, schema: { tags, summary: 'Withdraw a version that has not started yet (409 TAX_RULE_IN_EFFECT otherwise)', params: idParams } },
    async (request, reply) => {
      await withdrawTaxRule(deps, administratorOf(request), request.params.id, requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/municipality/tax/returns',
    {
      config: MUNICIPALITY,
      schema: { tags, summary: "Every accommodation's return for a period (declared, or computed from the register), with totals", querystring: periodQuery },
    },
    async (request) => municipalityOverview(deps, administratorOf(request).municipalityId, request.query.period),
  );

  r.get(
    '/api/municipality/tax/returns.csv',
    {
      config: MUNICIPALITY,
      schema: { tags, summary: "The period's returns as CSV for the tax system (layout: docs/tourist-tax-export.md)", querystring: periodQuery },
    },
    async (request, reply) => {
      const admin = administratorOf(request);
      const csv = await exportReturnsCsv(deps, admin.municipalityId, request.query.period, admin.userId, requestMeta(request));
      return sendDownload(reply, { type: 'text/csv; charset=utf-8', filename: `toeristenbelasting-${request.query.period}.csv`, body: csv });
    },
  );

  r.get(
    '/api/municipality/tax/returns.xlsx',
    {
      config: MUNICIPALITY,
      schema: { tags, summary: "The period's returns as an Excel workbook (same layout as the CSV, with a totals row)", querystring: periodQuery },
    },
    async (request, reply) => {
      const admin = administratorOf(request);
      const xlsx = await exportReturnsXlsx(deps, admin.municipalityId, request.query.period, admin.userId, requestMeta(request));
      return sendDownload(reply, {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `toeristenbelasting-${request.query.period}.xlsx`,
        body: xlsx,
      });
    },
  );

  r.get(
    '/api/municipality/tax/statistics',
    {
      config: MUNICIPALITY,
      schema: { tags, summary: 'Person-nights per month and accommodation type, the year before, and bed-nights', querystring: z.object({ year }) },
    },
    async (request) => taxStatistics(deps, administratorOf(request).municipalityId, request.query.year),
  );

  r.get(
    '/api/tax/returns',
    {
      config: OWNER,
      schema: { tags, summary: "The periods of a year of the session's accommodation and where each return stands", querystring: z.object({ year }) },
    },
    async (request) => listOwnPeriods(deps, ownerOf(request), request.query.year),
  );

  r.get(
    '/api/tax/returns/:period',
    {
      config: OWNER,
      schema: { tags, summary: 'One period computed from the register, line per stay, with its submissions and any proposed correction', params: periodParams },
    },
    async (request) => viewOwnReturn(deps, ownerOf(request), request.params.period),
  );

  r.post(
    '/api/tax/returns/:period',
    {
      config: OWNER,
      schema: {
        tags,
        summary: 'Submit the return (or, after one, a correctie-aangifte): locked, numbered, confirmed by email',
        params: periodParams,
        body: taxReturnSubmissionSchema,
      },
    },
    async (request, reply) =>
      reply.status(201).send({ submission: await submitReturn(deps, ownerOf(request), request.params.period, request.body, requestMeta(request)) }),
  );

  r.get(
    '/api/tax/return-documents/:id.pdf',
    {
      config: allow('owner', 'municipality'),
      schema: { tags, summary: 'The PDF copy of a submitted return (its accommodation or its municipality)', params: idParams },
    },
    async (request, reply) => {
      const { user, scope } = actorOf(request);
      const reader = scope.kind === 'municipality' ? { municipalityId: scope.municipalityId } : { accommodationId: user.accommodationId ?? '' };
      const { number, pdf } = await returnPdf(deps, reader, request.params.id);
      return sendDownload(reply, { type: 'application/pdf', filename: `aangifte-${number}.pdf`, body: Buffer.from(pdf) });
    },
  );
}
