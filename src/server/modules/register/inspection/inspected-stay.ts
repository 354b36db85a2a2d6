// A stay as an inspector sees it: where (accommodation, unit), who (the guest with the document
// number readable where it was recorded, the co-travellers), when (arrival, departure, check-in
// and check-out), whether everyone who must sign has (art. 45). Internals such as the signature
// images or the price are left out.
import { nightsBetween } from '../../../../shared/register/dates.ts';
import type { Cipher } from '../../../platform/crypto.ts';
import { signatureState } from '../stays/signatures.ts';
import type { InspectedRow } from './repository.ts';

export function inspectedStay({ stay, accommodationName, unitName }: InspectedRow, cipher: Cipher) {
  const signatures = signatureState(stay);
  const guest = stay.guest ? { ...stay.guest, documentNumber: stay.guest.documentNumber ? cipher.decrypt(stay.guest.documentNumber) : null } : null;
  return {
    id: stay.id,
    accommodation: { id: stay.accommodationId, name: accommodationName },
    number: stay.number,
    status: stay.status,
    unitName,
    arrival: stay.arrival,
    departure: stay.departure,
    nights: nightsBetween(stay.arrival, stay.departure),
    persons: stay.persons,
    purpose: stay.purpose,
    employerName: stay.employerName,
    checkedInAt: stay.checkedInAt?.toISOString() ?? null,
    checkedOutAt: stay.checkedOutAt?.toISOString() ?? null,
    guest,
    coTravellers: stay.coTravellers ?? [],
    erased: stay.erasedAt !== null,
    /** Art. 45: 'missing' is "handtekening ontbreekt" (decision 0012); null once erased. */
    signatureStatus: signatures.status,
    signers: signatures.signers,
  };
}
export type InspectedStay = ReturnType<typeof inspectedStay>;
