// The one way the web app talks to the API: JSON over same-origin fetch, the CSRF token on every
// state-changing request, and every failure turned into an ApiError with a stable code.
import { ERROR_CODES, type ErrorCode } from '../../shared/error-codes.ts';

/**
 * Error codes of the API plus the ones the client adds: the server cannot be reached, or the
 * browser's passkey dialog was cancelled (or failed) before anything reached the server.
 */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'PASSKEY_CANCELLED' | 'PASSKEY_NOT_CREATED';

export interface FieldProblem {
  code: string;
  message: string;
  /** The most characters the field takes, with TOO_LONG. */
  maximum?: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly fields: Readonly<Record<string, FieldProblem>>;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: ClientErrorCode;
    message: string;
    fields?: Record<string, FieldProblem>;
    retryAfterSeconds?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const knownCodes: ReadonlySet<string> = new Set(ERROR_CODES);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Used when the body does not say what went wrong (a proxy page, an empty body). */
function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 401) return 'NOT_AUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_ERROR';
}

function parseFields(value: unknown): Record<string, FieldProblem> {
  if (!isRecord(value)) return {};
  const fields: Record<string, FieldProblem> = {};
  for (const [name, problem] of Object.entries(value)) {
    if (isRecord(problem) && typeof problem.code === 'string') {
      fields[name] = { code: problem.code, message: typeof problem.message === 'string' ? problem.message : '' };
      if (typeof problem.maximum === 'number') fields[name].maximum = problem.maximum;
    }
  }
  return fields;
}

function retryAfterHeader(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readBody(response);
  const record = isRecord(body) ? body : {};
  const retryAfter = typeof record.retryAfterSeconds === 'number' ? record.retryAfterSeconds : retryAfterHeader(response);
  return new ApiError({
    status: response.status,
    code: isErrorCode(record.code) ? record.code : codeForStatus(response.status),
    message: typeof record.message === 'string' ? record.message : response.statusText,
    fields: parseFields(record.fields),
    retryAfterSeconds: retryAfter,
  });
}

function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached.' });
}

/** Every answer to a signed-in request says how many seconds the session has left unless another request comes. */
const IDLE_HEADER = 'x-session-idle-seconds';
let idleSecondsListener: ((seconds: number) => void) | null = null;

/** Lets the idle warning hear how long the session has left, after every request. */
export function onIdleSeconds(listener: ((seconds: number) => void) | null): void {
  idleSecondsListener = listener;
}

async function send(method: Method, path: string, body: unknown, csrfToken?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
  }
  if (csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  const idleSeconds = response.headers.get(IDLE_HEADER);
  if (idleSeconds !== null && Number.isFinite(Number(idleSeconds))) idleSecondsListener?.(Number(idleSeconds));
  return response;
}

async function decode<T>(response: Response): Promise<T> {
  // A 204 has no body; callers of such endpoints ask for `void`.
  if (response.status === 204) return undefined as T;
  const body = await readBody(response);
  if (body === undefined) {
    throw new ApiError({ status: response.status, code: 'INTERNAL_ERROR', message: 'The response was not JSON.' });
  }
  return body as T;
}

/** Answers that mean the session is no longer (or not yet) fully signed in. */
export type SessionProblem = 'NOT_AUTHENTICATED' | 'TWO_FACTOR_REQUIRED' | 'TWO_FACTOR_SETUP_REQUIRED';
const SESSION_PROBLEMS: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>(['NOT_AUTHENTICATED', 'TWO_FACTOR_REQUIRED', 'TWO_FACTOR_SETUP_REQUIRED']);

function isSessionProblem(code: ClientErrorCode): code is SessionProblem {
  return SESSION_PROBLEMS.has(code);
}

let sessionProblemListener: ((problem: SessionProblem) => void) | null = null;

/**
 * Lets the session keeper hear when any request finds the session gone, at the 2FA step, or in a
 * mandatory 2FA set-up, so the user is taken to the right page wherever it happened.
 */
export function onSessionProblem(listener: ((problem: SessionProblem) => void) | null): void {
  sessionProblemListener = listener;
}

function reported(error: ApiError): ApiError {
  if (isSessionProblem(error.code)) sessionProblemListener?.(error.code);
  return error;
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const response = await send('GET', '/api/csrf', undefined);
  if (!response.ok) throw await toApiError(response);
  const body = await decode<unknown>(response);
  if (!isRecord(body) || typeof body.token !== 'string') {
    throw new ApiError({ status: response.status, code: 'INTERNAL_ERROR', message: 'No CSRF token received.' });
  }
  return body.token;
}

/**
 * Fetches a fresh CSRF token: at start, after signing in or out (the session changes), and when
 * the server says the token is no longer valid. Requests made meanwhile wait for it.
 */
export function refreshCsrfToken(): Promise<string> {
  const pending = fetchCsrfToken();
  csrfToken = pending;
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = null;
  });
  return pending;
}

function currentCsrfToken(): Promise<string> {
  return csrfToken ?? refreshCsrfToken();
}

/** Sends one API request and returns its JSON body, or throws an ApiError. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') {
    const response = await send(method, path, undefined);
    if (!response.ok) throw reported(await toApiError(response));
    return decode<T>(response);
  }
  const first = await send(method, path, body, await currentCsrfToken());
  if (first.ok) return decode<T>(first);
  const error = await toApiError(first);
  if (error.code !== 'CSRF_INVALID') throw reported(error);
  // The token expired or the session changed elsewhere: fetch a new one and try exactly once more.
  const retry = await send(method, path, body, await refreshCsrfToken());
  if (retry.ok) return decode<T>(retry);
  throw reported(await toApiError(retry));
}
