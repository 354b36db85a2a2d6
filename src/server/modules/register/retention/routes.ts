// GET /api/municipality/tax/retained-facts?year=YYYY: what retention kept of erased stays for a
// tax audit (decision 0015), one anonymous row per person, for the municipality's own users and
// inspectors; the look-up is recorded like any other look into the register.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { inspectorOf } from '../inspection/record-inspection.ts';
import { retainedTaxFacts } from './tax-facts.ts';

const yearQuery = z.object({ year: z.coerce.number({ error: 'DATE_INVALID' }).int('DATE_INVALID').min(1900, 'DATE_INVALID').max(2999, 'DATE_INVALID') });

export async function retainedTaxFactRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/municipality/tax/retained-facts',
    {
      config: allow('municipality', 'inspector'),
      schema: {
        tags: ['inspection'],
        summary:
          'What retention kept of erased stays for a tax audit: per person nights, age band, resident, purpose, exemption and base; no names, dates of birth or document numbers',
        querystring: yearQuery,
      },
    },
    async (request) => {
      const inspector = inspectorOf(actorOf(request));
      const { year } = request.query;
      await recordAudit(deps.db, {
        action: 'register.inspected',
        occurredAt: deps.clock.now(),
        actorUserId: inspector.userId,
        municipalityId: inspector.municipalityId,
        ip: requestMeta(request).ip,
        details: { kind: 'retained_tax_facts', year, reason: 'Controle toeristenbelasting' },
      });
      return { year, facts: await retainedTaxFacts(deps.db, inspector.municipalityId, year) };
    },
  );
}
