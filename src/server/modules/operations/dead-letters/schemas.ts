// Request schemas of the dead-letter routes.
import { z } from 'zod';

/** A job id: a positive whole number within PostgreSQL's bigint (and JavaScript's safe range). */
export const deadLetterParams = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, { error: 'NOT_FOUND' })
    .transform(Number),
});
