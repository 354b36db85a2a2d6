// Request-level codes that are really about the code the user typed, so they belong next to
// the "Code" field rather than above the form.
import type { ClientErrorCode } from '../api/client.ts';

export const CODE_PROBLEMS: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>(['CODE_INVALID', 'CODE_EXPIRED', 'CODE_USED']);
