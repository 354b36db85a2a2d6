// "Meldingen aan de gemeente": the owner reports that the accommodation starts, is taken over,
// moves or closes. The report, its audit event and (when the municipality has a contact address)
// the mail to the municipality are written in one transaction.
import type { AccommodationReportInput } from '../../../../shared/schemas/inspection.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { notFound } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { accommodationReportMail } from '../../../platform/mail/templates.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { insertReport, reportingAccommodation } from './repository.ts';
import { reportView } from './report-view.ts';

export async function reportAccommodationChange(deps: Deps, actor: RegisterActor & { email: string }, input: AccommodationReportInput, meta: RequestMeta) {
  const accommodation = await reportingAccommodation(deps.db, actor.accommodationId);
  if (!accommodation) throw notFound();
  const now = deps.clock.now();
  const report = await deps.db.transaction(async (tx) => {
    const row = await insertReport(tx, {
      accommodationId: accommodation.id,
      municipalityId: accommodation.municipalityId,
      kind: input.kind,
      effectiveDate: input.effectiveDate,
      details: input.details,
      reportedBy: actor.userId,
      reportedAt: now,
    });
    await recordAudit(tx, {
      action: 'accommodation.reported',
      occurredAt: now,
      actorUserId: actor.userId,
      accommodationId: accommodation.id,
      municipalityId: accommodation.municipalityId,
      ip: meta.ip,
      details: { kind: input.kind, effectiveDate: input.effectiveDate, report: row.id },
    });
    if (accommodation.contactEmail) {
      await sendMail(
        tx,
        deps.cipher,
        accommodationReportMail(accommodation.contactEmail, {
          ...input,
          companyName: accommodation.companyName,
          address: accommodation.address,
          city: accommodation.city,
          reportedBy: actor.email,
          url: new URL('/app/meldingen', deps.config.publicUrl).toString(),
        }),
      );
    }
    return row;
  });
  return reportView({ ...report, reportedBy: actor.email, accommodation });
}
