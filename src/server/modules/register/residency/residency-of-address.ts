// Whether a Dutch address lies in the accommodation's municipality, by the postcode table: the
// answer a stay gets when the owner says nothing else (decision 0016).
import { eq } from 'drizzle-orm';
import { municipalities } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { findRegisterSettings } from '../stays/repository.ts';
import { municipalityOfAddress, postcodeTableStatus } from './postcode-table.ts';

export async function residencyOfAddress(deps: Deps, accommodationId: string, address: { postcode: string; houseNumber: number }) {
  const settings = await findRegisterSettings(deps.db, accommodationId);
  if (!settings) throw notFound();
  const code = await municipalityOfAddress(deps.db, address.postcode, address.houseNumber);
  const [known] = code ? await deps.db.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.cbsCode, code)) : [];
  const table = await postcodeTableStatus(deps.db);
  return {
    municipality: code ? { code, name: known?.name ?? null } : null,
    resident: code === settings.municipalityCode,
    ownMunicipality: { code: settings.municipalityCode, name: settings.municipalityName },
    exampleTable: table?.example ?? true,
  };
}
