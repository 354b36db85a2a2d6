// The operator's `npm run admin -- verify-register [--accommodation <id>]`: checks one register
// or all of them and prints one line per accommodation ("register intact", or the problems).
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { verifyAllRegisters, verifyRegister, type IntegrityReport } from './verify-register.ts';

export class VerifyCommandError extends Error {}

function describe(report: IntegrityReport): string {
  const counts = `${report.stays} stays, ${report.versions} versions`;
  const name = `${report.accommodationName} (${report.accommodationId})`;
  if (report.intact) return `${name}: register intact (${counts})`;
  const lines = report.problems.map((p) => `  ${p.code}${p.stayNumber === undefined ? '' : ` #${p.stayNumber}`}: ${p.detail}`);
  const more = report.problemCount > report.problems.length ? [`  … and ${report.problemCount - report.problems.length} more`] : [];
  return [`${name}: NOT INTACT, ${report.problemCount} problem(s) (${counts})`, ...lines, ...more].join('\n');
}

/** Prints the verdicts; true when every register checked is intact. */
export async function verifyRegisters(db: Db, accommodationId: string | undefined, print: (line: string) => void = console.log): Promise<boolean> {
  if (accommodationId !== undefined) {
    if (!z.uuid().safeParse(accommodationId).success)
      throw new VerifyCommandError(`--accommodation needs the id of an accommodation, not "${accommodationId}"`);
    const report = await verifyRegister(db, accommodationId);
    if (!report) throw new VerifyCommandError(`no accommodation ${accommodationId}`);
    print(describe(report));
    return report.intact;
  }
  const { checked, notIntact } = await verifyAllRegisters(db, (report) => print(describe(report)));
  if (checked === 0) print('No registers to check.');
  else print(notIntact === 0 ? `All ${checked} registers are intact.` : `${notIntact} of ${checked} registers are NOT intact.`);
  return notIntact === 0;
}
