// Passkeys (WebAuthn) as a second factor (routes). To be implemented.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

export async function passkeyRoutes(_app: FastifyInstance, _options: { deps: Deps }) {}
