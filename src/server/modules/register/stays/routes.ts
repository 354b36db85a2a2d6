// The register of the signed-in owner's or staff member's accommodation: the overview (today's
// arrivals, who is present, departures, search), registering a stay ("Nieuwe registratie"), one
// stay with its history, corrections, and marking check-in, check-out, confirmation, cancellation.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dutchToday } from '../../../../shared/register/dates.ts';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import { stayCorrectionSchema, stayListQuerySchema } from '../../../../shared/schemas/register.ts';
import { requiredMultiLineText } from '../../../../shared/schemas/fields.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { allow } from '../../identity/access.ts';
import { accommodationPresence } from '../presence/accommodation-presence.ts';
import { PRESENCE_DESCRIPTION } from '../presence/presence.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { correctStay, markStay, type StayEvent } from './change-stay.ts';
import { registerStay } from './register-stays.ts';
import { signStay } from './sign-stay.ts';
import { witnessOf } from './signatures.ts';
import { signatureInputSchema, staffStayInputSchema } from '../../../../shared/schemas/signatures.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { findRegisterSettings, listStays, PAGE_SIZE, stayView, unitName } from './repository.ts';
import { stayWithHistory } from './stay-history.ts';

const ENTREPRENEURS = allow('owner', 'staff');
const EVENTS: StayEvent[] = ['confirm', 'check-in', 'check-out'];

export async function stayRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const view = async (stay: Parameters<typeof stayView>[0]) => stayView(stay, await unitName(deps.db, stay.unitId), deps.cipher);

  r.get(
    '/api/register/settings',
    {
      config: ENTREPRENEURS,
      schema: { tags: ['register'], summary: "What the register form needs: the municipality's rules and whether the accommodation may register" },
    },
    async (request) => {
      const settings = await findRegisterSettings(deps.db, registerActorOf(request).accommodationId);
      if (!settings) throw notFound();
      return {
        recordDocumentNumber: settings.recordDocumentNumber,
        askDateOfBirth: settings.askDateOfBirth,
        askNationality: settings.askNationality,
        apvCitation: settings.registerApvCitation,
        approved: settings.status === 'approved',
        today: dutchToday(deps.clock.now()),
        municipality: { code: settings.municipalityCode, name: settings.municipalityName },
      };
    },
  );

  r.get(
    '/api/register/stays',
    {
      config: ENTREPRENEURS,
      schema: { tags: ['register'], summary: 'The register: a view of today or a search, 50 to a page', querystring: stayListQuerySchema },
    },
    async (request) => {
      const actor = registerActorOf(request);
      const now = deps.clock.now();
      const { rows, total } = await listStays(deps.db, actor.accommodationId, request.query, now);
      return {
        today: dutchToday(now),
        total,
        page: request.query.page,
        pageSize: PAGE_SIZE,
        stays: rows.map((row) => stayView(row.stay, row.unitName, deps.cipher)),
      };
    },
  );

  r.get(
    '/api/register/present',
    {
      config: ENTREPRENEURS,
      schema: {
        tags: ['register'],
        summary: 'Who is in the house now, who is expected and who has yet to check out today ("Aanwezig")',
        description: PRESENCE_DESCRIPTION,
      },
    },
    async (request) => accommodationPresence(deps, registerActorOf(request).accommodationId),
  );

  r.post(
    '/api/register/stays',
    {
      config: ENTREPRENEURS,
      schema: { tags: ['register'], summary: 'Register a stay ("Nieuwe registratie") with the signatures taken at the desk', body: staffStayInputSchema },
    },
    async (request, reply) => {
      const actor = registerActorOf(request);
      const witness = request.body.signatures.length > 0 ? await witnessOf(deps.db, actor.userId) : undefined;
      const stay = await registerStay(
        deps,
        { accommodationId: actor.accommodationId, actorUserId: actor.userId, source: 'staff', witness },
        request.body,
        'registered',
      );
      return reply.status(201).send({ stay: await view(stay) });
    },
  );

  r.get(
    '/api/register/stays/:id',
    { config: ENTREPRENEURS, schema: { tags: ['register'], summary: 'One stay with its history of versions', params: idParams } },
    async (request) => {
      return stayWithHistory(deps, registerActorOf(request), request.params.id);
    },
  );

  r.put(
    '/api/register/stays/:id',
    {
      config: ENTREPRENEURS,
      schema: { tags: ['register'], summary: 'Correct a stay; the earlier version is kept', params: idParams, body: stayCorrectionSchema },
    },
    async (request) => {
      const stay = await correctStay(deps, registerActorOf(request), request.params.id, request.body.stay, request.body.reason);
      return { stay: await view(stay) };
    },
  );

  r.post(
    '/api/register/stays/:id/signatures',
    {
      config: ENTREPRENEURS,
      schema: {
        tags: ['register'],
        summary: "Record one person's signature (Schengen art. 45): drawn on the screen, or signed on paper that the signed-in user saw",
        params: idParams,
        body: signatureInputSchema,
      },
    },
    async (request) => {
      const stay = await signStay(deps, registerActorOf(request), request.params.id, request.body, requestMeta(request));
      return { stay: await view(stay) };
    },
  );

  for (const event of EVENTS) {
    r.post(
      `/api/register/stays/:id/${event}`,
      { config: ENTREPRENEURS, schema: { tags: ['register'], summary: `Mark the stay: ${event}`, params: idParams } },
      async (request) => {
        const stay = await markStay(deps, registerActorOf(request), request.params.id, event);
        return { stay: await view(stay) };
      },
    );
  }
  r.post(
    '/api/register/stays/:id/cancel',
    {
      config: ENTREPRENEURS,
      schema: { tags: ['register'], summary: 'Cancel a stay (it keeps its number)', params: idParams, body: z.object({ reason: requiredMultiLineText(500) }) },
    },
    async (request) => {
      const stay = await markStay(deps, registerActorOf(request), request.params.id, 'cancel', request.body.reason);
      return { stay: await view(stay) };
    },
  );
}
