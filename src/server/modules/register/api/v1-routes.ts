// The REST API for booking and property-management systems under /api/v1: register stays (one
// or a batch), read them by date range, mark check-in and check-out, list the units. Every call
// carries `Authorization: Bearer <API token>` of one accommodation and reaches only that
// accommodation's register; a browser session is never accepted here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import { API_TOKEN } from '../../identity/access.ts';
import { accommodationPresence } from '../presence/accommodation-presence.ts';
import { PRESENCE_DESCRIPTION } from '../presence/presence.ts';
import { markStay } from '../stays/change-stay.ts';
import { findStay, listStays, PAGE_SIZE, stayView as viewOf, unitName, type StayRow } from '../stays/repository.ts';
import { listUnits } from '../units/units.ts';
import { postStay, postStayBatch } from './post-stays.ts';
import { apiClientOf, authenticateApiToken, bearerChallenge } from './token-auth.ts';
import { batchAnswer, postStaysBody, presenceAnswer, rangeQuery, singleAnswer, stayPage, stayView } from './v1-schemas.ts';

const TAG = 'booking-systems';
const SECURITY = [{ apiToken: [] }];
/** A batch of 1000 stays with co-travellers stays well below this. */
const BATCH_BODY_LIMIT = 5 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function apiV1Routes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.decorateRequest('apiClient', undefined);
  app.addHook('onRequest', authenticateApiToken(deps));
  app.addHook('onSend', bearerChallenge);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const view = async (stay: StayRow) => viewOf(stay, await unitName(deps.db, stay.unitId), deps.cipher);

  r.post(
    '/api/v1/stays',
    {
      config: API_TOKEN,
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags: [TAG],
        security: SECURITY,
        summary: 'Register one stay, or a batch of up to 1000',
        description:
          'Idempotent by booking reference: a stay whose `bookingReference` and `arrival` are already in the register is answered `existing` and not added again, so a request may be retried safely. ' +
          'One stay answers 201 `{ status: "created", stay }`, 200 `{ status: "existing", stay }`, or an error `{ code, message, fields }`. ' +
          'A batch `{ stays: [...] }` answers 200 with a result per item (`created`, `existing` or `rejected` with its error); the valid items are stored even when others are rejected. More than 1000 items: 413 BATCH_TOO_LARGE.',
        body: postStaysBody,
        response: { 200: z.union([singleAnswer, batchAnswer]), 201: singleAnswer },
      },
    },
    async (request, reply) => {
      const client = apiClientOf(request);
      const body = request.body;
      if (isRecord(body) && 'stays' in body) {
        if (!Array.isArray(body.stays)) throw fieldError('stays', 'INVALID_TYPE');
        return postStayBatch(deps, client, body.stays);
      }
      const result = await postStay(deps, client, body);
      return reply.status(result.status === 'created' ? 201 : 200).send({ status: result.status, stay: await view(result.stay) });
    },
  );

  r.get(
    '/api/v1/stays',
    {
      config: API_TOKEN,
      schema: {
        tags: [TAG],
        security: SECURITY,
        summary: `The stays with a night in [from, to], newest arrival first, ${PAGE_SIZE} to a page`,
        querystring: rangeQuery,
        response: { 200: stayPage },
      },
    },
    async (request) => {
      const { from, to, page } = request.query;
      if (to < from) throw fieldError('to', 'DATE_INVALID');
      const { rows, total } = await listStays(deps.db, apiClientOf(request).accommodationId, { view: 'all', from, to, page }, deps.clock.now());
      return { total, page, pageSize: PAGE_SIZE, stays: rows.map((row) => viewOf(row.stay, row.unitName, deps.cipher)) };
    },
  );

  r.get(
    '/api/v1/stays/:id',
    { config: API_TOKEN, schema: { tags: [TAG], security: SECURITY, summary: 'One stay', params: idParams, response: { 200: z.object({ stay: stayView }) } } },
    async (request) => {
      const stay = await findStay(deps.db, apiClientOf(request).accommodationId, request.params.id);
      if (!stay) throw notFound();
      return { stay: await view(stay) };
    },
  );

  for (const event of ['check-in', 'check-out'] as const) {
    r.patch(
      `/api/v1/stays/:id/${event}`,
      {
        config: API_TOKEN,
        schema: {
          tags: [TAG],
          security: SECURITY,
          summary: `Mark the ${event} of a stay now; repeating it changes nothing`,
          params: idParams,
          response: { 200: z.object({ stay: stayView }) },
        },
      },
      async (request) => {
        const stay = await markStay(deps, { userId: null, accommodationId: apiClientOf(request).accommodationId }, request.params.id, event);
        return { stay: await view(stay) };
      },
    );
  }

  r.get(
    '/api/v1/present',
    {
      config: API_TOKEN,
      schema: {
        tags: [TAG],
        security: SECURITY,
        summary: 'Who is in the house now, who is expected and who has yet to check out today',
        description: PRESENCE_DESCRIPTION,
        response: { 200: presenceAnswer },
      },
    },
    async (request) => accommodationPresence(deps, apiClientOf(request).accommodationId),
  );

  r.get(
    '/api/v1/units',
    { config: API_TOKEN, schema: { tags: [TAG], security: SECURITY, summary: 'The rooms, pitches and other units, whose ids a stay may name as unitId' } },
    async (request) => ({
      units: await listUnits(deps.db, apiClientOf(request).accommodationId),
    }),
  );
}
