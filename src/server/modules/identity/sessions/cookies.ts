// The one place where what a sign-in issued becomes cookies. Use cases return the credentials
// they issued (`Issued`: a session token, a remembered device, the proof of a sign-in) and know
// nothing of HTTP; the route hands them to setIssuedCookies.
import type { FastifyReply } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { SIGN_IN_DEVICE_COOKIE } from '../../../platform/http/request-meta.ts';
import { SIGN_IN_DEVICE_LIFETIME_MS } from '../devices/sign-in-device.ts';
import { DEVICE_COOKIE, TRUSTED_DEVICE_LIFETIME_MS } from '../devices/trusted-device.ts';
import { SESSION_COOKIE } from './sessions.ts';

export interface Issued {
  /** A new session's token: signed in, or at a step of signing in. */
  session?: string;
  /** "Dit apparaat 30 dagen onthouden". */
  trustedDevice?: string;
  /** This browser signed in to the account (its sign-in attempts count apart from others'). */
  signInDevice?: string;
}

export function setIssuedCookies(reply: FastifyReply, deps: Pick<Deps, 'config'>, issued: Issued): void {
  const secure = deps.config.secureCookies;
  if (issued.session) {
    void reply.setCookie(SESSION_COOKIE, issued.session, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: Math.floor(deps.config.sessionAbsoluteMs / 1000),
    });
  }
  if (issued.trustedDevice) {
    void reply.setCookie(DEVICE_COOKIE, issued.trustedDevice, {
      path: '/api/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: TRUSTED_DEVICE_LIFETIME_MS / 1000,
    });
  }
  if (issued.signInDevice) {
    void reply.setCookie(SIGN_IN_DEVICE_COOKIE, issued.signInDevice, {
      path: '/api/',
      httpOnly: true,
      sameSite: 'strict',
      secure,
      maxAge: SIGN_IN_DEVICE_LIFETIME_MS / 1000,
    });
  }
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
