// The register's ways in and out besides the forms: a CSV file checked and imported, and the API
// tokens of booking systems.
import { apiRequest } from './client.ts';

export const IMPORT_TEMPLATE_URL = '/api/register/import-template.csv';
export const API_DOCS_URL = '/api/docs';

export type ImportRowStatus = 'valid' | 'imported' | 'duplicate' | 'invalid';

export interface ImportRow {
  line: number;
  status: ImportRowStatus;
  /** Problems by CSV column ("vertrek"), or "_row" for the row as a whole. */
  errors: Record<string, { code: string; message: string; maximum?: number }>;
  summary: { name: string; arrival: string; departure: string; bookingReference: string };
  /** A duplicate of an earlier row of the same file: that row's line (null otherwise). */
  duplicateOf: number | null;
}

export interface ImportOutcome {
  rows: ImportRow[];
  /** `duplicate` counts the rows already in the register and those repeated in the file (`repeated`). */
  counts: { total: number; valid: number; imported: number; duplicate: number; repeated: number; invalid: number };
}

/** What an import of the file would do, row by row; nothing is written. */
export function previewImport(csv: string): Promise<ImportOutcome> {
  return apiRequest('POST', '/api/register/imports/preview', { csv });
}

/** Imports the valid rows of the file in one go. */
export function importCsv(csv: string): Promise<ImportOutcome> {
  return apiRequest('POST', '/api/register/imports', { csv });
}

export interface ApiToken {
  id: string;
  name: string;
  /** The first characters of the token, to tell tokens apart. */
  prefix: string;
  /** Who made the token; null when that account no longer exists. */
  createdBy: { name: string | null; email: string } | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function listApiTokens(): Promise<ApiToken[]> {
  return (await apiRequest<{ apiTokens: ApiToken[] }>('GET', '/api/register/api-tokens')).apiTokens;
}

/** Makes a token; the answer is the only time the token itself can be read. Needs a recent second factor (STEP_UP_REQUIRED). */
export function createApiToken(name: string): Promise<{ token: string; apiToken: ApiToken }> {
  return apiRequest('POST', '/api/register/api-tokens', { name });
}

export async function revokeApiToken(id: string): Promise<ApiToken> {
  return (await apiRequest<{ apiToken: ApiToken }>('DELETE', `/api/register/api-tokens/${encodeURIComponent(id)}`)).apiToken;
}
