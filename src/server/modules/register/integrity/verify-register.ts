// Tamper evidence, checked: walks an accommodation's versions in the order they were appended and
// recomputes the hash chain (stays/chain.ts), compares its end with the accommodation's head,
// checks that every number 1..last is in use exactly once, that each version's data still
// matches its hash, and that each stay as it stands matches its last version. A stay whose guest
// data was erased after the retention period (erased_at set, version data emptied) is checked by
// the chain alone. Whatever was rewritten, removed or added outside the register shows up as a
// problem with a stable code; an untouched register is "intact".
import type { Db } from '../../../db/client.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { canonicalJson, chainHash, dataHash, snapshotOf } from '../stays/chain.ts';
import { allAccommodationIds, BATCH, missingNumbers, registerHeadOf, staysAfter, versionsAfter } from './repository.ts';

export type IntegrityProblemCode =
  /** A version's chain hash does not follow from the version before it (rewritten, removed or inserted). */
  | 'CHAIN_BROKEN'
  /** A version's data no longer matches the hash it was recorded with. */
  | 'VERSION_DATA_CHANGED'
  /** The versions of a stay do not run 1, 2, 3… */
  | 'VERSION_SEQUENCE_BROKEN'
  /** The chain does not end at the accommodation's recorded head (versions removed at the end). */
  | 'HEAD_MISMATCH'
  /** A number between 1 and the last number handed out belongs to no stay. */
  | 'NUMBER_MISSING'
  /** A stay carries a number the register never handed out. */
  | 'NUMBER_UNISSUED'
  /** A stay's number differs from the number its versions were recorded under. */
  | 'NUMBER_CHANGED'
  /** A stay differs from its last version (changed without a new version). */
  | 'STAY_CHANGED'
  /** A stay has no versions at all. */
  | 'STAY_WITHOUT_VERSIONS'
  /** Versions exist of a stay that is gone. */
  | 'STAY_MISSING';

export interface IntegrityProblem {
  code: IntegrityProblemCode;
  stayNumber?: number;
  detail: string;
}

export interface IntegrityReport {
  accommodationId: string;
  accommodationName: string;
  intact: boolean;
  stays: number;
  versions: number;
  lastStayNumber: number;
  /** The first MAX_PROBLEMS problems; problemCount says how many there were. */
  problems: IntegrityProblem[];
  problemCount: number;
}

const MAX_PROBLEMS = 100;

class Problems {
  readonly list: IntegrityProblem[] = [];
  count = 0;
  add(code: IntegrityProblemCode, stayNumber: number | undefined, detail: string): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push(stayNumber === undefined ? { code, detail } : { code, stayNumber, detail });
  }
}

interface LastVersion {
  stayNumber: number;
  version: number;
  dataHash: string;
}

/** Walks the chain; returns the last version of every stay seen and the number of versions. */
async function walkChain(db: Db, accommodationId: string, head: string, problems: Problems) {
  const latest = new Map<string, LastVersion>();
  let previous = '';
  let versions = 0;
  for (let after = 0; ; ) {
    const batch = await versionsAfter(db, accommodationId, after);
    for (const v of batch) {
      versions += 1;
      if (v.data !== null && sha256(canonicalJson(v.data)) !== v.dataHash) {
        problems.add('VERSION_DATA_CHANGED', v.stayNumber, `version ${v.version} no longer matches the data it was recorded with`);
      }
      if (chainHash(previous, { stayNumber: v.stayNumber, version: v.version, recordedAt: v.recordedAt, dataHash: v.dataHash }) !== v.chainHash) {
        problems.add('CHAIN_BROKEN', v.stayNumber, `version ${v.version} does not follow from the version recorded before it`);
      }
      const before = latest.get(v.stayId);
      if ((before?.version ?? 0) + 1 !== v.version) {
        problems.add('VERSION_SEQUENCE_BROKEN', v.stayNumber, `version ${v.version} follows ${before ? `version ${before.version}` : 'no version'}`);
      }
      if (before && before.stayNumber !== v.stayNumber) {
        problems.add('NUMBER_CHANGED', v.stayNumber, `version ${v.version} was recorded under number ${v.stayNumber}, earlier ones under ${before.stayNumber}`);
      }
      latest.set(v.stayId, { stayNumber: v.stayNumber, version: v.version, dataHash: v.dataHash });
      previous = v.chainHash;
      after = v.id;
    }
    if (batch.length < BATCH) break;
  }
  if (previous !== head) problems.add('HEAD_MISMATCH', undefined, 'the last version is not the recorded head of the register');
  return { latest, versions };
}

/** Compares every stay with its last version; removes the stays seen from `latest`. */
async function checkStays(db: Db, accommodationId: string, lastStayNumber: number, latest: Map<string, LastVersion>, problems: Problems) {
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await staysAfter(db, accommodationId, after);
    for (const stay of batch) {
      count += 1;
      after = stay.number;
      if (stay.number > lastStayNumber)
        problems.add('NUMBER_UNISSUED', stay.number, `number ${stay.number} is beyond the last number handed out (${lastStayNumber})`);
      const last = latest.get(stay.id);
      latest.delete(stay.id);
      if (!last) {
        problems.add('STAY_WITHOUT_VERSIONS', stay.number, 'the stay has no recorded versions');
      } else if (last.stayNumber !== stay.number) {
        problems.add('NUMBER_CHANGED', stay.number, `the stay now carries number ${stay.number}, its versions number ${last.stayNumber}`);
      } else if (last.version !== stay.version) {
        problems.add('STAY_CHANGED', stay.number, `the stay is at version ${stay.version}, its history ends at version ${last.version}`);
      } else if (!stay.erasedAt && dataHash(snapshotOf(stay)) !== last.dataHash) {
        problems.add('STAY_CHANGED', stay.number, `the stay differs from its version ${last.version}`);
      }
    }
    if (batch.length < BATCH) break;
  }
  return count;
}

/** The integrity of one accommodation's register, or undefined when there is no such accommodation. */
export function verifyRegister(db: Db, accommodationId: string): Promise<IntegrityReport | undefined> {
  return db.transaction((tx) => verifyLocked(tx, accommodationId));
}

async function verifyLocked(db: Db, accommodationId: string): Promise<IntegrityReport | undefined> {
  const head = await registerHeadOf(db, accommodationId);
  if (!head) return undefined;
  const problems = new Problems();
  const { latest, versions } = await walkChain(db, accommodationId, head.registerHead, problems);
  const stays = await checkStays(db, accommodationId, head.lastStayNumber, latest, problems);
  for (const gone of latest.values()) problems.add('STAY_MISSING', gone.stayNumber, `stay ${gone.stayNumber} has versions but is gone`);
  for (const number of await missingNumbers(db, accommodationId, head.lastStayNumber, MAX_PROBLEMS)) {
    problems.add('NUMBER_MISSING', number, `no stay carries number ${number}`);
  }
  return {
    accommodationId,
    accommodationName: head.companyName,
    intact: problems.count === 0,
    stays,
    versions,
    lastStayNumber: head.lastStayNumber,
    problems: problems.list,
    problemCount: problems.count,
  };
}

/** Checks every accommodation's register, one after the other, handing each report to `report`. */
export async function verifyAllRegisters(db: Db, report: (result: IntegrityReport) => void): Promise<{ checked: number; notIntact: number }> {
  let notIntact = 0;
  const ids = await allAccommodationIds(db);
  for (const id of ids) {
    const result = await verifyRegister(db, id);
    if (!result) continue;
    if (!result.intact) notIntact += 1;
    report(result);
  }
  return { checked: ids.length, notIntact };
}
