import type { FastifyRequest } from 'fastify';
import type { RequestMeta } from '../../deps.ts';

/** The browser's proof of an earlier sign-in (accounts/login/sign-in-device.ts). */
export const SIGN_IN_DEVICE_COOKIE = 'nr_signed_in';

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'], signInDevice: request.cookies[SIGN_IN_DEVICE_COOKIE] };
}
