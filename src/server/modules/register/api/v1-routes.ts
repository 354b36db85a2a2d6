// The REST API for booking and property-management systems under /api/v1: register stays (one
// or a batch), read them by date range, mark check-in and check-out, list the units. Every call
// carries `Authorization: Bearer <API token>` of one accommodation and reaches only that
// accommodation's register; a browser session is never accepted here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorAnswers } from '../../../../shared/schemas/errors.ts';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import { inLanguage, messageLanguageOf } from '../../../platform/messages.ts';
import { API_TOKEN } from '../../identity/access.ts';
import { accommodationPresence } from '../presence/accommodation-presence.ts';
import { PRESENCE_DESCRIPTION } from '../presence/presence.ts';
import { markStay } from '../stays/change-stay.ts';
import { findStay, listStays, PAGE_SIZE, staysInChangeOrder, stayView as viewOf, unitName, type StayRow } from '../stays/repository.ts';
import { listUnits } from '../units/units.ts';
import { postStay, postStayBatch } from './post-stays.ts';
import { apiClientOf, authenticateApiToken, bearerChallenge } from './token-auth.ts';
import { oncePerKey } from './idempotency.ts';
import { decodeCursor, encodeCursor } from './sync-cursor.ts';
import { batchAnswer, listQuery, postStaysBody, presenceAnswer, singleAnswer, stayPage, stayView, unitsAnswer } from './v1-schemas.ts';

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
        operationId: 'createStays',
        summary: 'Register one stay, or a batch of up to 1000',
        description:
          'Idempotent by booking reference: a stay whose `bookingReference` and `arrival` are already in the register is answered `existing` and not added again, so a request may be retried safely. ' +
          'Without a booking reference, send an `Idempotency-Key` header (any unique value, e.g. a UUID): the same key with the same body within 24 hours answers as the first time, with `Idempotent-Replayed: true`, and registers nothing again; ' +
          'the same key with another body answers 422 IDEMPOTENCY_KEY_REUSED, and while the first request is still being handled 409 IDEMPOTENCY_KEY_IN_USE. A request that fails keeps no key. ' +
          'One stay answers 201 `{ status: "created", stay }`, 200 `{ status: "existing", stay }`, or an error `{ code, message, fields }`. ' +
          'A batch `{ stays: [...] }` answers 200 with a result per item (`created`, `existing` or `rejected` with its error); the valid items are stored even when others are rejected. More than 1000 items: 413 BATCH_TOO_LARGE.',
        headers: z.looseObject({
          // Checked by oncePerKey, which names the field as the header is written.
          'idempotency-key': z.string().optional().meta({
            description: 'A unique value per creation (1–255 visible ASCII characters), kept 24 hours',
            example: '6f1c2b9e-4d0a-4c55-9a57-0d3b8e2f7a14',
          }),
        }),
        body: postStaysBody,
        response: { 200: z.union([singleAnswer, batchAnswer]), 201: singleAnswer, ...errorAnswers(400, 401, 409, 413, 422, 429) },
      },
    },
    async (request, reply) => {
      const client = apiClientOf(request);
      const body = request.body;
      const language = messageLanguageOf(request.headers['accept-language']);
      const kept = await oncePerKey(
        deps.db,
        { accommodationId: client.accommodationId, key: request.headers['idempotency-key'], body, now: deps.clock.now() },
        async () => {
          if (isRecord(body) && 'stays' in body) {
            if (!Array.isArray(body.stays)) throw fieldError('stays', 'INVALID_TYPE');
            return { statusCode: 200, answer: await postStayBatch(deps, client, body.stays) };
          }
          const result = await postStay(deps, client, body);
          return { statusCode: result.status === 'created' ? 201 : 200, answer: { status: result.status, stayId: result.stay.id } };
        },
      );
      if (kept.replayed) void reply.header('idempotent-replayed', 'true');
      const { answer } = kept;
      if (typeof answer.stayId === 'string') {
        const stay = await findStay(deps.db, client.accommodationId, answer.stayId);
        if (!stay) throw notFound();
        return reply.status(kept.statusCode === 201 ? 201 : 200).send({ status: answer.status === 'created' ? 'created' : 'existing', stay: await view(stay) });
      }
      const batch = answer as Awaited<ReturnType<typeof postStayBatch>>;
      return reply.status(200).send({
        ...batch,
        results: batch.results.map((result) => (result.status === 'rejected' ? { ...result, error: inLanguage(result.error, language) } : result)),
      });
    },
  );

  r.get(
    '/api/v1/stays',
    {
      config: API_TOKEN,
      schema: {
        tags: [TAG],
        security: SECURITY,
        operationId: 'listStays',
        summary: 'The stays, in the order they last changed, a page at a time',
        description:
          'Stays in the order of their last change (`updatedAt`, then `id`), `limit` to a page; `nextCursor` leads to the next page and is null on the last. ' +
          'Stays added or changed while you page come after the pages you read, never shift them. Filter by nights (`from`, `to`: stays with a night in [from, to]) and by change (`updatedSince`). ' +
          'To keep a copy in sync, remember the `updatedAt` of the last stay you read and ask next time with `updatedSince` a minute before it; stays you read twice are the same stay (its `id` and `version`).',
        querystring: listQuery,
        response: { 200: stayPage, ...errorAnswers(400, 401, 429) },
      },
    },
    async (request) => {
      const { from, to, updatedSince, cursor, limit, page } = request.query;
      if (from && to && to < from) throw fieldError('to', 'DATE_INVALID');
      const accommodationId = apiClientOf(request).accommodationId;
      const viewAll = (rows: { stay: StayRow; unitName: string | null }[]) => rows.map((row) => viewOf(row.stay, row.unitName, deps.cipher));
      if (page !== undefined) {
        if (!from || !to) throw fieldError(from ? 'to' : 'from', 'REQUIRED');
        const { rows, total } = await listStays(deps.db, accommodationId, { view: 'all', from, to, page }, deps.clock.now());
        return { total, page, pageSize: PAGE_SIZE, stays: viewAll(rows), nextCursor: null };
      }
      const { rows, total } = await staysInChangeOrder(deps.db, accommodationId, {
        from,
        to,
        updatedSince: updatedSince === undefined ? undefined : new Date(updatedSince),
        cursor: cursor === undefined ? undefined : decodeCursor(cursor),
        limit: limit + 1,
      });
      const shown = rows.slice(0, limit);
      const last = shown.at(-1)?.stay;
      return { total, stays: viewAll(shown), nextCursor: rows.length > limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null };
    },
  );

  r.get(
    '/api/v1/stays/:id',
    {
      config: API_TOKEN,
      schema: {
        tags: [TAG],
        security: SECURITY,
        operationId: 'getStay',
        summary: 'One stay',
        params: idParams,
        response: { 200: z.object({ stay: stayView }), ...errorAnswers(401, 404, 429) },
      },
    },
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
          operationId: event === 'check-in' ? 'checkInStay' : 'checkOutStay',
          summary: `Mark the ${event} of a stay now; repeating it changes nothing`,
          description:
            event === 'check-in'
              ? 'From the day before the arrival date (Dutch time) on; earlier answers 409 CHECK_IN_TOO_EARLY. A cancelled stay answers 409 STAY_CANCELLED.'
              : 'A stay that was never checked in is checked in and out at once (the guests left, and the emergency list stops counting them), from the day before its arrival on like a check-in: earlier answers 409 CHECK_IN_TOO_EARLY. A cancelled stay answers 409 STAY_CANCELLED.',
          params: idParams,
          response: { 200: z.object({ stay: stayView }), ...errorAnswers(401, 404, 409, 429) },
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
        operationId: 'getPresence',
        summary: 'Who is in the house now, who is expected and who has yet to check out today',
        description: PRESENCE_DESCRIPTION,
        response: { 200: presenceAnswer, ...errorAnswers(401, 429) },
      },
    },
    async (request) => accommodationPresence(deps, apiClientOf(request).accommodationId),
  );

  r.get(
    '/api/v1/units',
    {
      config: API_TOKEN,
      schema: {
        tags: [TAG],
        security: SECURITY,
        operationId: 'listUnits',
        summary: 'The rooms, pitches and other units, whose ids a stay may name as unitId',
        response: { 200: unitsAnswer, ...errorAnswers(401, 429) },
      },
    },
    async (request) => ({
      units: await listUnits(deps.db, apiClientOf(request).accommodationId),
    }),
  );
}
