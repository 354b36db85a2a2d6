// Asking the postcode table where a Dutch address lies (decision 0016).
import { z } from 'zod';
import { postcode } from './fields.ts';

export const residencyQuerySchema = z.object({
  postcode,
  /** Digits only: "1e3" or "0x10" are no house numbers, though Number() would read them. */
  houseNumber: z
    .string({ error: 'HOUSE_NUMBER_INVALID' })
    .regex(/^[0-9]{1,5}$/, 'HOUSE_NUMBER_INVALID')
    .transform(Number)
    .refine((n) => n >= 1, 'HOUSE_NUMBER_INVALID'),
});
