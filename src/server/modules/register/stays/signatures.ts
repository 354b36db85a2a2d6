// Art. 45 signatures of a stay: who must sign, who has (the main guest's own signature from self
// check-in, and those taken at the desk on screen or "op papier"), and the stay's signature status
// that the register, the API and inspectors show. Images stay encrypted and never leave this
// module but as "there is one"; the PNG itself is served to the accommodation's own people only.
import { eq } from 'drizzle-orm';
import { signerKey, signersOf, type SignatureMethod, type SignatureStatus } from '../../../../shared/register/signatures.ts';
import type { SignatureInput } from '../../../../shared/schemas/signatures.ts';
import type { Db } from '../../../db/client.ts';
import { users, type StayRow, type StoredSignature } from '../../../db/schema.ts';
import type { Cipher } from '../../../platform/crypto.ts';

const DATA_URL_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG bytes of a data URL, or null when they are not a PNG image. */
export function pngBytesOf(dataUrl: string): Buffer | null {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) return null;
  const bytes = Buffer.from(dataUrl.slice(DATA_URL_PREFIX.length), 'base64');
  // A PNG opens with its 8-byte signature and then the IHDR chunk (length, then the type).
  const isPng = bytes.length > 33 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString('latin1', 12, 16) === 'IHDR';
  return isPng ? bytes : null;
}

type SignedStay = Pick<StayRow, 'arrival' | 'guest' | 'coTravellers' | 'signature' | 'signatures' | 'createdAt' | 'erasedAt'>;

export interface SignerState {
  person: number;
  initials: string;
  surname: string;
  signed: { method: SignatureMethod; signedAt: string; witnessName: string | null; image: boolean } | null;
}

export interface SignatureState {
  /** null once the guest data has been erased: nothing is left to tell. */
  status: SignatureStatus | null;
  signers: SignerState[];
}

/** Who must sign and who has; a signature counts for the person of the same name (one each). */
export function signatureState(stay: SignedStay): SignatureState {
  if (!stay.guest || stay.erasedAt) return { status: null, signers: [] };
  const unused = [...(stay.signatures ?? [])];
  const signers = signersOf({ arrival: stay.arrival, guest: stay.guest, coTravellers: stay.coTravellers ?? [] }).map((signer): SignerState => {
    if (signer.person === 0 && stay.signature) {
      return { ...signer, signed: { method: 'screen', signedAt: stay.createdAt.toISOString(), witnessName: null, image: true } };
    }
    const at = unused.findIndex((s) => signerKey(s) === signerKey(signer));
    const found = at >= 0 ? unused.splice(at, 1)[0] : undefined;
    return {
      ...signer,
      signed: found ? { method: found.method, signedAt: found.signedAt, witnessName: found.witnessName, image: found.image !== null } : null,
    };
  });
  const status: SignatureStatus = signers.length === 0 ? 'not_required' : signers.every((s) => s.signed) ? 'complete' : 'missing';
  return { status, signers };
}

export interface Witness {
  id: string;
  name: string | null;
}

/** The signed-in staff member who takes or sees the signatures, by name (the email while they have none). */
export async function witnessOf(db: Db, userId: string): Promise<Witness> {
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  return { id: userId, name: row?.name || row?.email || null };
}

export type SignatureProblem = { field: string; code: 'SIGNATURE_PERSON_INVALID' | 'SIGNATURE_INVALID' };

/**
 * The signatures to store for these inputs, or the first problem: a person who need not sign,
 * who signed already, or an image that is no PNG. `path` prefixes the field names of problems.
 */
export function signaturesToStore(
  stay: SignedStay,
  inputs: readonly SignatureInput[],
  witness: Witness,
  now: Date,
  cipher: Cipher,
  path: (index: number, field: 'person' | 'image') => string,
): StoredSignature[] | SignatureProblem {
  const state = signatureState(stay);
  const taken = new Set(state.signers.filter((s) => s.signed).map((s) => s.person));
  const stored: StoredSignature[] = [];
  for (const [index, input] of inputs.entries()) {
    const signer = state.signers.find((s) => s.person === input.person);
    if (!signer || taken.has(input.person)) return { field: path(index, 'person'), code: 'SIGNATURE_PERSON_INVALID' };
    if (input.image !== null && !pngBytesOf(input.image)) return { field: path(index, 'image'), code: 'SIGNATURE_INVALID' };
    taken.add(input.person);
    stored.push({
      person: input.person,
      initials: signer.initials,
      surname: signer.surname,
      method: input.method,
      image: input.image === null ? null : cipher.encrypt(input.image),
      witnessId: witness.id,
      witnessName: witness.name,
      signedAt: now.toISOString(),
    });
  }
  return stored;
}

/** The encrypted image of one person's signature, if it was drawn on a screen. */
export function storedImageOf(stay: Pick<StayRow, 'signature' | 'signatures'>, person: number, state: SignatureState): string | null {
  const signer = state.signers.find((s) => s.person === person);
  if (!signer?.signed?.image) return null;
  if (person === 0 && stay.signature) return stay.signature;
  return (stay.signatures ?? []).find((s) => signerKey(s) === signerKey(signer) && s.image !== null)?.image ?? null;
}
