// What the client learns about the signed-in user: identity, role, the accommodation they work in
// (and the others they may switch to), and their municipality with its contact details and theme.
import type { Db } from '../../db/client.ts';
import type { User } from '../../db/schema.ts';
import { findAccommodationView, listMemberships } from './accommodations/repository.ts';
import { findMunicipality, municipalityView } from './municipalities/repository.ts';

export async function describeSession(db: Db, user: User) {
  const accommodation = user.accommodationId ? await findAccommodationView(db, user.accommodationId) : undefined;
  const municipalityId = user.municipalityId ?? accommodation?.municipality.id;
  const municipality = municipalityId ? await findMunicipality(db, municipalityId) : undefined;
  const accommodations = accommodation ? await listMemberships(db, user.id, accommodation.id) : [];
  return {
    user: { id: user.id, email: user.email, role: user.role, name: user.name ?? accommodation?.companyName ?? user.email },
    accommodation: accommodation ?? null,
    municipality: municipality ? municipalityView(municipality) : null,
    accommodations: accommodations.map(({ current: _current, ...rest }) => rest),
  };
}
