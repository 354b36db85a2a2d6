// Asking the postcode table where a Dutch address lies (decision 0016).
import { z } from 'zod';
import { postcode } from './fields.ts';

export const residencyQuerySchema = z.object({
  postcode,
  houseNumber: z.coerce.number({ error: 'HOUSE_NUMBER_INVALID' }).int('HOUSE_NUMBER_INVALID').min(1, 'HOUSE_NUMBER_INVALID').max(99_999, 'HOUSE_NUMBER_INVALID'),
});
