// What the client learns about the signed-in user: identity, role and their organisation.
import type { Db } from '../../db/client.ts';
import type { User } from '../../db/schema.ts';
import { findAccommodationView } from '../organisations/accommodations/repository.ts';
import { findMunicipality } from '../organisations/municipalities/repository.ts';

export async function describeSession(db: Db, user: User) {
  const accommodation = user.accommodationId ? await findAccommodationView(db, user.accommodationId) : undefined;
  const municipality = user.municipalityId ? await findMunicipality(db, user.municipalityId) : undefined;
  return {
    user: { id: user.id, email: user.email, role: user.role, name: user.name ?? accommodation?.companyName ?? user.email },
    accommodation: accommodation ?? null,
    municipality: municipality
      ? { id: municipality.id, code: municipality.cbsCode, name: municipality.name }
      : (accommodation?.municipality ?? null),
  };
}
