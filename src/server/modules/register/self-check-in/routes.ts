// Self check-in over HTTP. For owner and staff ("Zelf inchecken"): the link with its QR code, the
// printable poster, renewing the link (owner), and a guest's signature. For guests, without an
// account: the form's facts and submitting the form, behind the link's token and rate limits.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import { selfCheckInSchema } from '../../../../shared/schemas/register.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { PUBLIC, allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { checkInGuest, checkInPage } from './check-in.ts';
import { checkInPosterOf, renewCheckInLink, showCheckInLink } from './check-in-link.ts';
import { sendDownload } from '../../../platform/http/download.ts';
import { signatureImage } from './signature.ts';

const ENTREPRENEURS = allow('owner', 'staff');
/** Any text: what is not a token of ours is answered as an unavailable link, not as bad input. */
const tokenParams = z.object({ token: z.string() });
const signaturePersonQuery = z.object({
  person: z.coerce.number({ error: 'INVALID_TYPE' }).int('INVALID_TYPE').min(0, 'INVALID_TYPE').max(1000, 'INVALID_TYPE').default(0),
});

const linkResponse = z.object({ url: z.string(), qrCode: z.string() });
/** Only what the guest needs; the response schema drops anything else a use case might return. */
const pageResponse = z.object({
  accommodation: z.object({ name: z.string(), city: z.string() }),
  municipality: z.object({ name: z.string() }),
  privacyStatement: z.object({ accommodation: z.string().nullable(), municipality: z.string().nullable() }),
  recordDocumentNumber: z.boolean(),
  /** What the municipality's APV asks beyond the law (decision 0017), and its article. */
  askDateOfBirth: z.boolean(),
  askNationality: z.boolean(),
  apvCitation: z.string().nullable(),
  /** Where the date of birth is not asked: the age under which today's rate exempts children ("jonger dan N?"). */
  childExemptionAge: z.number().nullable(),
});
/** The guest's own dates only: a register number would tell anyone with the link how many stays there are. */
const receiptResponse = z.object({ arrival: z.string(), departure: z.string() });

export async function selfCheckInRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['register'];

  r.get(
    '/api/register/check-in-link',
    {
      config: ENTREPRENEURS,
      schema: { tags, summary: "The accommodation's self check-in link and its QR code (made on first use)", response: { 200: linkResponse } },
    },
    async (request) => showCheckInLink(deps, registerActorOf(request)),
  );

  r.post(
    '/api/register/check-in-link',
    { config: allow('owner'), schema: { tags, summary: 'Make a new self check-in link; the old one stops working (owner)', response: { 200: linkResponse } } },
    async (request) => renewCheckInLink(deps, registerActorOf(request), requestMeta(request)),
  );

  r.get(
    '/api/register/check-in-poster.pdf',
    { config: ENTREPRENEURS, schema: { tags, summary: 'An A4 poster (PDF) with the QR code of the check-in link' } },
    async (request, reply) => {
      const pdf = await checkInPosterOf(deps, registerActorOf(request));
      return sendDownload(reply, { type: 'application/pdf', filename: 'inchecken-poster.pdf', body: Buffer.from(pdf) });
    },
  );

  r.get(
    '/api/register/stays/:id/signature',
    {
      config: ENTREPRENEURS,
      schema: {
        tags,
        summary: "A guest's signature of a stay (PNG): the main guest's, or with ?person=n the n-th co-traveller's",
        params: idParams,
        querystring: signaturePersonQuery,
      },
    },
    async (request, reply) => {
      const png = await signatureImage(deps, registerActorOf(request), request.params.id, request.query.person);
      return reply.type('image/png').header('cache-control', 'no-store').send(png);
    },
  );

  r.get(
    '/api/check-in/:token',
    {
      config: { ...PUBLIC, rateLimit: { max: deps.limits.selfCheckInViewsPerIp.max, timeWindow: deps.limits.selfCheckInViewsPerIp.windowMs } },
      schema: {
        tags,
        summary: "What the guest's check-in form shows: the accommodation, privacy statements, the municipality's rules",
        params: tokenParams,
        response: { 200: pageResponse },
      },
    },
    async (request) => checkInPage(deps, request.params.token),
  );

  r.post(
    '/api/check-in/:token',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: 'A guest checks in; the stay waits for staff to confirm it',
        description: "Answers only the new stay's dates, never a register number. Rate limited per IP address and per link.",
        params: tokenParams,
        body: selfCheckInSchema,
        response: { 201: receiptResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await checkInGuest(deps, request.params.token, request.body, requestMeta(request))),
  );
}
