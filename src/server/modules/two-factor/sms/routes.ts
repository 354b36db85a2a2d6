// SMS as a backup method (routes). To be implemented.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';

export async function smsRoutes(_app: FastifyInstance, _options: { deps: Deps }) {}
