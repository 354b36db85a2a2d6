// The PDF copy of a submitted return or correction: what was declared, as it was locked, for the
// owner's records and the municipality's file. Drawn from the stored return, so a copy made
// later is the same document.
import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { TaxForfaitLine, TaxRateLine } from '../../../../shared/schemas/tourist-tax.ts';
import { accommodations, municipalities, users, type TaxReturnRow } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { printable } from '../../../platform/pdf/printable.ts';
import { periodLabel } from '../period-label.ts';
import { findReturn } from '../repository.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.08, 0.08, 0.08);
const SUBTLE = rgb(0.35, 0.35, 0.35);

const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const dateTime = (d: Date) => d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
/** "2026-12-07" → "7 december 2026". */
const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The per-person amount as rate lines. A return stored before the lines were kept has only the
 * sum: it is split back only when a single per-person rate applied in its period.
 */
function perPersonRates(r: TaxReturnRow): TaxRateLine[] {
  const { perPersonRates: kept, perPersonCents } = r.totals;
  if (kept) return kept;
  const rates = [...new Set(r.rules.flatMap((rule) => (rule.perPersonNightCents ? [rule.perPersonNightCents] : [])))];
  const [rate] = rates;
  if (rates.length !== 1 || rate === undefined || perPersonCents % rate !== 0) return [];
  return perPersonCents === 0 ? [] : [{ rateCents: rate, personNights: perPersonCents / rate, amountCents: perPersonCents }];
}

/** "3 persoonsnachten × € 2,10 =": the left side of a rate line, its amount beside it. */
function rateLabel(line: TaxRateLine): string {
  return `${count(line.personNights)} ${line.personNights === 1 ? 'persoonsnacht' : 'persoonsnachten'} × ${euro(line.rateCents)} =`;
}

/** Who may see a return: the owner's accommodation or the municipality it lies in. */
export type ReturnReader = { accommodationId: string } | { municipalityId: string };

export async function returnPdf(deps: Deps, reader: ReturnReader, id: string): Promise<{ number: string; pdf: Uint8Array }> {
  const r = await findReturn(deps.db, id);
  const allowed = r && ('accommodationId' in reader ? r.accommodationId === reader.accommodationId : r.municipalityId === reader.municipalityId);
  if (!r || !allowed) throw notFound();
  const [place] = await deps.db
    .select({
      name: accommodations.companyName,
      address: accommodations.address,
      postcode: accommodations.postcode,
      city: accommodations.city,
      municipality: municipalities.name,
    })
    .from(accommodations)
    .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
    .where(eq(accommodations.id, r.accommodationId));
  const [submitter] = r.submittedBy ? await deps.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, r.submittedBy)) : [];
  if (!place) throw notFound();

  const doc = await PDFDocument.create();
  doc.setTitle(`Aangifte toeristenbelasting ${r.number}`);
  doc.setProducer('Nachtregister');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const text = (value: string, x: number, font: PDFFont, size: number, color = INK) => page.drawText(printable(value, font), { x, y, size, font, color });
  const row = (label: string, value: string, strong = false) => {
    text(label, MARGIN, strong ? bold : regular, 11);
    const font = strong ? bold : regular;
    const shown = printable(value, font);
    page.drawText(shown, { x: A4[0] - MARGIN - font.widthOfTextAtSize(shown, 11), y, size: 11, font, color: INK });
    y -= 18;
  };

  text(r.kind === 'correction' ? 'Correctie-aangifte toeristenbelasting' : 'Aangifte toeristenbelasting', MARGIN, bold, 18);
  y -= 26;
  text(`Gemeente ${place.municipality}  ·  ${periodLabel(r.period)}  ·  nummer ${r.number}`, MARGIN, regular, 11, SUBTLE);
  y -= 30;
  for (const line of [place.name, place.address, `${place.postcode} ${place.city}`]) {
    text(line, MARGIN, regular, 11);
    y -= 16;
  }
  y -= 14;
  const t = r.totals;
  row('Periode', `${day(r.periodStart)} t/m ${day(r.periodEnd)}`);
  row('Registraties', count(t.stays));
  row('Overnachtingen', count(t.nights));
  row('Persoonsnachten', count(t.personNights));
  row('Vrijgesteld: inwoners van de gemeente', count(t.exempt.resident));
  row('Vrijgesteld: onder de leeftijdsgrens', count(t.exempt.under_age));
  row('Vrijgesteld: arbeidsmigranten', count(t.exempt.international_worker ?? 0));
  // The by-laws' own reasons only where they count (decision 0014); older returns lack their keys.
  if ((t.exempt.care_stay ?? 0) > 0) row('Vrijgesteld: zorgverblijf in een toegelaten zorginstelling', count(t.exempt.care_stay));
  if ((t.exempt.coa ?? 0) > 0) row('Vrijgesteld: opvang door het COA', count(t.exempt.coa));
  if ((t.exempt.youth_group ?? 0) > 0) row('Vrijgesteld: georganiseerde jeugdgroepen onder 18 jaar', count(t.exempt.youth_group));
  if ((t.exempt.forensen ?? 0) > 0) row('Vrijgesteld: forensen (forensenbelasting)', count(t.exempt.forensen));
  row('Belaste persoonsnachten', count(t.taxablePersonNights));
  if ((t.forfaitPersonNights ?? 0) > 0) row('Persoonsnachten onder een forfait', count(t.forfaitPersonNights ?? 0));
  row('Logiesomzet', euro(t.revenueCents));
  // Returns before decision 0010 have no base: the percentage was then taken of the price as typed.
  if (t.baseCents !== undefined) row('Grondslag: logiesomzet zonder btw', euro(t.baseCents));
  y -= 8;
  const rates = perPersonRates(r);
  for (const line of rates) row(rateLabel(line), euro(line.amountCents));
  if (rates.length === 0 && t.perPersonCents !== 0) row('Totaal per persoon per nacht', euro(t.perPersonCents));
  row('Percentage van de logiesprijs', euro(t.percentageCents));
  // Returns before forfait units carry the pitches the owner typed; later ones a line per unit.
  if (r.seasonalPitches > 0) row(`Forfait (${count(r.seasonalPitches)} seizoensplaatsen)`, euro(t.forfaitCents));
  for (const f of t.forfaits ?? []) row(forfaitLabel(f), euro(f.amountCents));
  row('Berekend uit het register', euro(t.computedCents), true);
  if (r.correctionCents !== 0) row(`Correctie: ${r.correctionReason ?? ''}`, euro(r.correctionCents));
  if (r.platformDeductionCents !== 0) row(`Afgedragen via platform (${r.platformReference ?? ''})`, euro(-r.platformDeductionCents));
  y -= 6;
  page.drawLine({ start: { x: MARGIN, y: y + 12 }, end: { x: A4[0] - MARGIN, y: y + 12 }, thickness: 0.8, color: INK });
  row('Aangegeven bedrag', euro(r.totalCents), true);
  if (r.kind === 'correction') row('Verschil met de vorige aangifte', euro(r.amountDueCents), true);
  y -= 24;
  if ((t.personsWithoutAge ?? 0) > 0) {
    const n = t.personsWithoutAge ?? 0;
    y = drawFooter(page, regular, y, `${count(n)} ${n === 1 ? 'persoon' : 'personen'} zonder leeftijd: geen vrijstelling toegepast.`) - 8;
  }
  y = drawRuleSources(page, regular, bold, y, r.rules);
  drawFooter(
    page,
    regular,
    y,
    `Ingediend op ${dateTime(r.submittedAt)}${submitter ? ` door ${submitter.name ?? submitter.email}` : ''}. Deze aangifte is vastgelegd en kan niet worden gewijzigd; een wijziging gaat met een correctie-aangifte.`,
  );
  return { number: r.number, pdf: await doc.save() };
}

/** "Forfait jaarplaats A12 (6 slaapplaatsen, 3 maanden)". */
function forfaitLabel(f: TaxForfaitLine): string {
  const details = [...(f.beds === null ? [] : [`${count(f.beds)} slaapplaatsen`]), f.months === 1 ? '1 maand' : `${count(f.months)} maanden`];
  return `Forfait ${f.kind} ${f.unitName} (${details.join(', ')})`;
}

/** The rates applied, each with its source (decision 0010): no figure without where it comes from. */
function drawRuleSources(page: PDFPage, regular: PDFFont, bold: PDFFont, top: number, rules: TaxReturnRow['rules']): number {
  if (rules.length === 0) return top;
  page.drawText('Tarieven en bron', { x: MARGIN, y: top, size: 11, font: bold, color: INK });
  let y = top - 16;
  for (const rule of rules) {
    const amounts = [
      ...(rule.perPersonNightCents === null ? [] : [`${euro(rule.perPersonNightCents)} per persoon per nacht`]),
      ...(rule.percentageBasisPoints === null ? [] : [`${percent(rule.percentageBasisPoints)} van de logiesprijs zonder btw`]),
    ];
    const source = [rule.sourceCitation, rule.sourceUrl].filter((s): s is string => typeof s === 'string' && s !== '').join(', ') || 'geen bron opgegeven';
    y = drawFooter(page, regular, y, `Vanaf ${day(rule.validFrom)}${amounts.length > 0 ? `: ${amounts.join(' en ')}` : ''}. Bron: ${source}.`) - 4;
  }
  return y - 10;
}

const percent = (basisPoints: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(basisPoints / 100)} %`;

/** A paragraph wrapped to the page width; returns where the next line goes. */
function drawFooter(page: PDFPage, font: PDFFont, top: number, value: string): number {
  const width = A4[0] - 2 * MARGIN;
  let line = '';
  let y = top;
  for (const word of printable(value, font).split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, 10) > width && line) {
      page.drawText(line, { x: MARGIN, y, size: 10, font, color: SUBTLE });
      y -= 14;
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) page.drawText(line, { x: MARGIN, y, size: 10, font, color: SUBTLE });
  return y - 14;
}
