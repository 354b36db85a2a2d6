// The Dutch texts of every email, each as plain text and HTML from one description, so the two
// parts never disagree. Links carry the code in the query string; the page fills it in. Values
// people typed (names, places, references) are validated as one line, and rendering keeps them so
// whatever got stored: the subject and every paragraph are one line each, so no value can add a
// header or paragraphs of its own to an official mail. Text of several lines that someone wrote (a
// reason, an explanation) is shown as a quote under its label.
import type { MailMessage } from './mailer.ts';

interface MailContent {
  subject: string;
  greeting?: string;
  /** One line each. */
  paragraphs: string[];
  /** Several lines written by a user, quoted after the paragraphs. */
  quote?: { label: string; text: string };
  /** The main link, rendered as "<before> <label>" as in the DNR manual's "Ga naar deze pagina". */
  action?: { before: string; label: string; url: string };
  code?: { intro: string; value: string };
  after?: string[];
}

const SIGNATURE = 'Met vriendelijke groet,\nNachtregister';
const SPAM_HINT = 'Komen onze emails in uw map met ongewenste email (spam) terecht? Voeg dan de afzender toe aan uw lijst met veilige afzenders.';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Line breaks (LF, CR, NEL, U+2028, U+2029) and every other control character (C0, DEL, C1). */
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** One line: line breaks and control characters become a space. */
function oneLine(value: string): string {
  return value.replace(LINE_BREAKS_AND_CONTROLS, ' ');
}

/** The lines of a text, each one line, without the empty ones at either end. */
function linesOf(value: string): string[] {
  const lines = value.split(/\r\n|[\n\r\u0085\u2028\u2029]/).map((l) => oneLine(l).trimEnd());
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

function render(to: string, mail: MailContent): MailMessage {
  const c: MailContent = {
    ...mail,
    subject: oneLine(mail.subject).trim(),
    ...(mail.greeting === undefined ? {} : { greeting: oneLine(mail.greeting) }),
    paragraphs: mail.paragraphs.map(oneLine),
    ...(mail.after === undefined ? {} : { after: mail.after.map(oneLine) }),
  };
  const quoted = c.quote ? linesOf(c.quote.text) : [];
  const text = [
    c.greeting ?? 'Beste gebruiker,',
    ...c.paragraphs,
    ...(c.quote ? [`${oneLine(c.quote.label)}\n${quoted.map((l) => `> ${l}`).join('\n')}`] : []),
    ...(c.action ? [`${c.action.before} ${c.action.label}: ${c.action.url}`] : []),
    ...(c.code ? [`${c.code.intro}\n${c.code.value}`] : []),
    ...(c.after ?? []),
    SPAM_HINT,
    SIGNATURE,
  ].join('\n\n');
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>',
    escapeHtml(c.subject),
    '</title></head><body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a">',
    p(c.greeting ?? 'Beste gebruiker,'),
    ...c.paragraphs.map(p),
    c.quote
      ? `${p(oneLine(c.quote.label))}<blockquote style="margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #999">${quoted.map(escapeHtml).join('<br>')}</blockquote>`
      : '',
    c.action ? `<p>${escapeHtml(c.action.before)} <a href="${escapeHtml(c.action.url)}">${escapeHtml(c.action.label)}</a>.</p>` : '',
    c.code ? `${p(c.code.intro)}<p style="font-family: monospace; font-size: 1.1em">${escapeHtml(c.code.value)}</p>` : '',
    ...(c.after ?? []).map(p),
    `<p style="color: #555">${escapeHtml(SPAM_HINT)}</p>`,
    p(SIGNATURE),
    '</body></html>',
  ].join('');
  return { to, subject: c.subject, text, html };
}

export function confirmEmailMail(to: string, url: string, code: string): MailMessage {
  return render(to, {
    subject: 'Bevestig uw emailadres voor het Nachtregister',
    paragraphs: ['U heeft een account aangemaakt voor het Nachtregister. Bevestig uw emailadres om te kunnen inloggen.'],
    action: { before: 'Ga naar', label: 'deze pagina', url },
    code: {
      intro: 'Werkt de link niet? Kopieer dan deze code en plak die op de pagina "Code invullen":',
      value: code,
    },
    after: ['De code is 24 uur geldig en kan één keer worden gebruikt.', 'Heeft u geen account aangemaakt? Dan kunt u deze email negeren.'],
  });
}

export function alreadyRegisteredMail(to: string, loginUrl: string, resetUrl: string): MailMessage {
  return render(to, {
    subject: 'Poging om opnieuw te registreren met uw emailadres',
    paragraphs: [
      'Iemand heeft geprobeerd een nieuw account voor het Nachtregister te registreren met dit emailadres. Er bestaat al een account met dit emailadres, dus er is geen nieuw account aangemaakt.',
      `Was u dit zelf? Log dan in met uw bestaande account: ${loginUrl}`,
      `Bent u uw wachtwoord vergeten? Vraag dan een nieuw wachtwoord aan: ${resetUrl}`,
      'Was u dit niet? Dan hoeft u niets te doen; uw account is niet gewijzigd.',
    ],
  });
}

export function passwordResetMail(to: string, url: string, code: string): MailMessage {
  return render(to, {
    subject: 'Nieuw wachtwoord aanmaken voor het Nachtregister',
    paragraphs: ['Wij hebben een verzoek ontvangen om het wachtwoord van uw account te resetten.'],
    action: { before: 'Kies een nieuw wachtwoord op', label: 'deze pagina', url },
    code: {
      intro: 'Werkt de link niet? Kopieer dan deze code en plak die op de pagina "Code ontvangen":',
      value: code,
    },
    after: [
      'De code is 1 uur geldig en kan één keer worden gebruikt.',
      'Heeft u dit niet zelf aangevraagd? Dan kunt u deze email negeren; uw wachtwoord blijft ongewijzigd.',
    ],
  });
}

export function twoFactorRecoveryMail(to: string, url: string, code: string): MailMessage {
  return render(to, {
    subject: 'Code om tweefactorauthenticatie opnieuw in te stellen',
    paragraphs: [
      'Uw tweefactorauthenticatie (2FA) voor het Nachtregister is gereset. Zojuist is met uw wachtwoord ingelogd om 2FA opnieuw in te stellen. Met deze code bevestigt u dat u het zelf bent.',
    ],
    action: { before: 'Ga naar', label: 'deze pagina', url },
    code: {
      intro: 'Werkt de link niet? Kopieer dan deze code en plak die op de pagina "Tweefactorauthenticatie instellen":',
      value: code,
    },
    after: [
      'De code is 30 minuten geldig en kan één keer worden gebruikt.',
      'Heeft u dit niet zelf gedaan? Dan kent iemand anders uw wachtwoord. Wijzig het meteen via "Wachtwoord vergeten?" op de inlogpagina en neem contact op met uw beheerder.',
    ],
  });
}

export function passwordChangedMail(to: string, resetUrl: string): MailMessage {
  return render(to, {
    subject: 'Uw wachtwoord voor het Nachtregister is gewijzigd',
    paragraphs: [
      'Het wachtwoord van uw account is zojuist gewijzigd. Op andere apparaten bent u uitgelogd.',
      `Heeft u dit niet zelf gedaan? Maak dan direct een nieuw wachtwoord aan via ${resetUrl} en neem contact op met uw gemeente.`,
    ],
  });
}

export function emailChangeMail(to: string, url: string, code: string): MailMessage {
  return render(to, {
    subject: 'Bevestig uw nieuwe emailadres voor het Nachtregister',
    paragraphs: [
      'U heeft gevraagd om het emailadres van uw account in het Nachtregister te wijzigen in dit adres. Bevestig het nieuwe emailadres; pas daarna wordt het gewijzigd.',
    ],
    action: { before: 'Ga naar', label: 'deze pagina', url },
    code: {
      intro: 'Werkt de link niet? Kopieer dan deze code en plak die op de pagina "Emailadres bevestigen":',
      value: code,
    },
    after: [
      'De code is 24 uur geldig en kan één keer worden gebruikt.',
      'Heeft u dit niet zelf aangevraagd? Dan kunt u deze email negeren; er verandert niets.',
    ],
  });
}

export function emailChangeTakenMail(to: string, loginUrl: string, resetUrl: string): MailMessage {
  return render(to, {
    subject: 'Poging om een account van het Nachtregister naar uw emailadres over te zetten',
    paragraphs: [
      'Iemand heeft geprobeerd het emailadres van een account in het Nachtregister te wijzigen in dit adres. Er bestaat al een account met dit emailadres, dus er is niets gewijzigd.',
      `Was u dit zelf? Log dan in met uw bestaande account: ${loginUrl}`,
      `Bent u uw wachtwoord vergeten? Vraag dan een nieuw wachtwoord aan: ${resetUrl}`,
      'Was u dit niet? Dan hoeft u niets te doen.',
    ],
  });
}

export function emailChangedMail(to: string, newEmail: string): MailMessage {
  return render(to, {
    subject: 'Uw emailadres is gewijzigd',
    paragraphs: [
      `Het emailadres van uw account in het Nachtregister is zojuist gewijzigd in ${newEmail}. U logt voortaan in met dat adres en ontvangt onze emails daar.`,
      'Heeft u dit niet zelf gedaan? Neem dan direct contact op met uw gemeente, zodat uw account kan worden geblokkeerd en hersteld.',
    ],
  });
}

const ROLE_NAMES: Record<string, string> = {
  owner: 'eigenaar',
  staff: 'medewerker',
  municipality: 'gemeentemedewerker',
  inspector: 'inspecteur',
};

export function invitationMail(to: string, url: string, invite: { organisation: string; role: string; invitedBy: string | null }): MailMessage {
  const by = invite.invitedBy ? ` door ${invite.invitedBy}` : '';
  return render(to, {
    subject: `Uitnodiging voor het Nachtregister van ${invite.organisation}`,
    paragraphs: [
      `U bent${by} uitgenodigd om als ${ROLE_NAMES[invite.role] ?? invite.role} het Nachtregister van ${invite.organisation} te gebruiken.`,
      'Maak uw account aan door uw naam en een wachtwoord te kiezen. Daarna logt u in met dit emailadres.',
    ],
    action: { before: 'Maak uw account aan op', label: 'deze pagina', url },
    after: ['De uitnodiging is 7 dagen geldig en kan één keer worden gebruikt.', 'Verwachtte u deze uitnodiging niet? Dan kunt u deze email negeren.'],
  });
}

/**
 * An invitation to an address that has an account already, which it can take up: signed in as
 * itself, the account joins the accommodation (no new account, no new password).
 */
export function joinInvitationMail(to: string, url: string, invite: { organisation: string; role: string; invitedBy: string | null }): MailMessage {
  const by = invite.invitedBy ? ` door ${invite.invitedBy}` : '';
  return render(to, {
    subject: `Uitnodiging voor het Nachtregister van ${invite.organisation}`,
    paragraphs: [
      `U bent${by} uitgenodigd om als ${ROLE_NAMES[invite.role] ?? invite.role} ook het Nachtregister van ${invite.organisation} te gebruiken.`,
      'U heeft al een account met dit emailadres; een nieuw account is niet nodig. Log in met uw account en neem de uitnodiging aan. Daarna kiest u de accommodatie bovenin het scherm.',
    ],
    action: { before: 'Neem de uitnodiging aan op', label: 'deze pagina', url },
    after: ['De uitnodiging is 7 dagen geldig en kan één keer worden gebruikt.', 'Verwachtte u deze uitnodiging niet? Dan kunt u deze email negeren.'],
  });
}

/**
 * An invitation to an address whose account cannot take it up (another role, a municipality
 * account, a deactivated one): the owner of the address hears of the attempt; the inviter is told
 * nothing, so inviting cannot be used to find out who has an account.
 */
export function invitationAttemptMail(to: string, invite: { organisation: string; role: string; invitedBy: string | null }): MailMessage {
  return render(to, {
    subject: `Poging om u uit te nodigen voor het Nachtregister van ${invite.organisation}`,
    paragraphs: [
      `${invite.invitedBy ?? 'Iemand'} heeft geprobeerd u als ${ROLE_NAMES[invite.role] ?? invite.role} uit te nodigen voor het Nachtregister van ${invite.organisation}.`,
      'Met dit emailadres heeft u al een account in het Nachtregister, en dat account kan deze uitnodiging niet aannemen, bijvoorbeeld omdat het een andere rol heeft. Aan uw account is niets veranderd.',
      'Wilt u toch toegang? Neem dan contact op met degene die u uitnodigde; die kan u bijvoorbeeld met een ander emailadres uitnodigen. Verwachtte u dit niet? Dan hoeft u niets te doen.',
    ],
  });
}

export function accommodationDecisionMail(
  to: string,
  decision: { approved: boolean; companyName: string; municipality: string; reason?: string | null; loginUrl: string },
): MailMessage {
  return decision.approved
    ? render(to, {
        subject: `Uw aanmelding van ${decision.companyName} is goedgekeurd`,
        paragraphs: [
          `De gemeente ${decision.municipality} heeft de aanmelding van ${decision.companyName} in het Nachtregister goedgekeurd. U kunt nu gasten registreren.`,
          `Inloggen: ${decision.loginUrl}`,
        ],
      })
    : render(to, {
        subject: `Uw aanmelding van ${decision.companyName} is afgewezen`,
        paragraphs: [`De gemeente ${decision.municipality} heeft de aanmelding van ${decision.companyName} in het Nachtregister afgewezen.`],
        quote: { label: 'Reden:', text: decision.reason ?? '' },
        after: ['Heeft u vragen? Neem dan contact op met de gemeente.'],
      });
}

const REPORT_KIND_NAMES: Record<string, string> = {
  start: 'de start',
  takeover: 'de overname',
  move: 'de verhuizing',
  closure: 'de beëindiging',
};

/** To the municipality's contact address: an accommodation reports a start, takeover, move or closure. */
export function accommodationReportMail(
  to: string,
  report: { kind: string; effectiveDate: string; details: string; companyName: string; address: string; city: string; reportedBy: string; url: string },
): MailMessage {
  const date = new Date(`${report.effectiveDate}T12:00:00Z`).toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const what = REPORT_KIND_NAMES[report.kind] ?? report.kind;
  return render(to, {
    subject: `Melding van ${report.companyName}: ${what} per ${date}`,
    greeting: 'Beste medewerker van de gemeente,',
    paragraphs: [`${report.reportedBy} meldt in het Nachtregister ${what} van ${report.companyName} (${report.address}, ${report.city}) per ${date}.`],
    ...(report.details ? { quote: { label: 'Toelichting:', text: report.details } } : {}),
    action: { before: 'U vindt alle meldingen op', label: 'de pagina Meldingen', url: report.url },
  });
}

export type SecurityNotice = 'two_factor_enabled' | 'two_factor_disabled' | 'backup_code_used' | 'passkey_added' | 'phone_added' | 'two_factor_reset';

const SECURITY_NOTICES: Record<SecurityNotice, { subject: string; text: string }> = {
  two_factor_enabled: {
    subject: 'Tweefactorauthenticatie is ingeschakeld',
    text: 'Voor uw account in het Nachtregister is tweefactorauthenticatie (2FA) ingeschakeld. Bij het inloggen vragen wij voortaan na uw wachtwoord ook een code uit uw authenticator-app.',
  },
  two_factor_disabled: {
    subject: 'Tweefactorauthenticatie is uitgeschakeld',
    text: 'Voor uw account in het Nachtregister is tweefactorauthenticatie (2FA) uitgeschakeld. Bij het inloggen is voortaan alleen uw wachtwoord nodig.',
  },
  backup_code_used: {
    subject: 'Uw backupcode is gebruikt',
    text: 'Met uw backupcode is zojuist ingelogd op uw account in het Nachtregister. De code is nu ongeldig; u heeft na het inloggen een nieuwe backupcode gekregen. Uw authenticator-app en andere methoden blijven werken. Was u dit niet zelf? Wijzig dan meteen uw wachtwoord.',
  },
  passkey_added: {
    subject: 'Er is een passkey toegevoegd aan uw account',
    text: 'Aan uw account in het Nachtregister is een passkey toegevoegd. Daarmee kunt u inloggen zonder code uit de app.',
  },
  phone_added: {
    subject: 'Er is een telefoonnummer voor sms toegevoegd',
    text: 'Aan uw account in het Nachtregister is een telefoonnummer toegevoegd als back-upmethode: wij kunnen u daar een sms met een inlogcode sturen.',
  },
  two_factor_reset: {
    subject: 'Uw tweefactorauthenticatie is gereset',
    text: 'De tweefactorauthenticatie (2FA) van uw account in het Nachtregister is gereset door de eigenaar van uw bedrijf, uw gemeente of de beheerder van het Nachtregister. U bent overal uitgelogd. Bij de volgende keer inloggen stelt u 2FA opnieuw in; u krijgt dan eerst een code per email.',
  },
};

export function securityNoticeMail(to: string, notice: SecurityNotice, loginUrl: string): MailMessage {
  const { subject, text } = SECURITY_NOTICES[notice];
  return render(to, {
    subject,
    paragraphs: [text, `Was u dit niet zelf, of verwachtte u dit niet? Log dan in via ${loginUrl}, wijzig uw wachtwoord en neem contact op met uw gemeente.`],
  });
}

/** The first of the month: the register of the month before is ready for the municipality. */
export function monthlyRegisterCopyMail(to: string, copy: { municipality: string; month: string; url: string }): MailMessage {
  const name = new Date(`${copy.month}-15T12:00:00Z`).toLocaleDateString('nl-NL', { month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  return render(to, {
    subject: `Kopie van het nachtregister over ${name}`,
    greeting: 'Beste medewerker van de gemeente,',
    paragraphs: [
      `De kopie van het nachtregister van de accommodaties in ${copy.municipality} over ${name} staat klaar.`,
      'Om de gegevens van gasten te beschermen, sturen wij de kopie niet mee met deze email. U downloadt hem na het inloggen; de download komt in het logboek.',
    ],
    action: { before: 'Download de kopie op', label: 'de pagina Maandkopie', url: copy.url },
  });
}

export type TokenMakerLoss = 'deactivated' | 'no_longer_owner';

const TOKEN_MAKER_LOSSES: Record<TokenMakerLoss, string> = {
  deactivated: 'het account is gedeactiveerd',
  no_longer_owner: 'het account is geen eigenaar meer',
};

/** To the remaining owners: the API tokens of someone who lost access have been revoked. */
export function apiTokensRevokedMail(to: string, n: { company: string; maker: string; loss: TokenMakerLoss; tokens: string[]; url: string }): MailMessage {
  return render(to, {
    subject: `API-sleutels van ${n.company} ingetrokken`,
    paragraphs: [
      `${n.maker} heeft geen toegang meer tot het Nachtregister van ${n.company}: ${TOKEN_MAKER_LOSSES[n.loss]}. Daarom zijn de API-sleutels ingetrokken die ${n.maker} had aangemaakt: ${n.tokens.join(', ')}.`,
      'Een boekingssysteem dat een van deze sleutels gebruikt, kan geen gasten meer doorgeven of opvragen. Gebruikt u dat systeem nog? Maak dan een nieuwe sleutel aan en zet die in het boekingssysteem.',
    ],
    action: { before: 'Ga naar', label: 'de pagina API-sleutels', url: n.url },
  });
}

const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export function taxReturnSubmittedMail(
  to: string,
  r: { number: string; kind: 'return' | 'correction'; company: string; period: string; totalCents: number; amountDueCents: number; url: string },
): MailMessage {
  const what = r.kind === 'correction' ? 'correctie-aangifte' : 'aangifte';
  return render(to, {
    subject: `Bevestiging ${what} toeristenbelasting ${r.period} (${r.number})`,
    paragraphs: [
      `Wij hebben de ${what} toeristenbelasting van ${r.company} over ${r.period} ontvangen onder nummer ${r.number}.`,
      r.kind === 'correction'
        ? `De periode komt nu uit op ${euro(r.totalCents)}; dat is ${euro(r.amountDueCents)} ten opzichte van de vorige aangifte.`
        : `Het aangegeven bedrag is ${euro(r.totalCents)}.`,
      'De aangifte is vastgelegd en kan niet meer worden gewijzigd. Verandert er later iets in de registraties van deze periode, dan stelt Nachtregister een correctie-aangifte voor.',
    ],
    action: { before: 'Bekijk de aangifte en download de PDF op', label: 'de pagina Aangifte toeristenbelasting', url: r.url },
  });
}

export function taxReturnNoticeMail(
  to: string,
  n: { kind: 'reminder' | 'overdue'; company: string; period: string; deadline: string; url: string },
): MailMessage {
  const deadline = new Date(`${n.deadline}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return render(to, {
    subject:
      n.kind === 'reminder' ? `Herinnering: aangifte toeristenbelasting ${n.period} vóór ${deadline}` : `Aangifte toeristenbelasting ${n.period} is te laat`,
    paragraphs: [
      n.kind === 'reminder'
        ? `De aangifte toeristenbelasting van ${n.company} over ${n.period} moet uiterlijk ${deadline} zijn ingediend. Nachtregister heeft de aangifte al berekend uit uw register; u hoeft alleen te controleren en in te dienen.`
        : `De aangifte toeristenbelasting van ${n.company} over ${n.period} had uiterlijk ${deadline} ingediend moeten zijn. Dien de aangifte zo snel mogelijk in; de gemeente ziet dat zij te laat is.`,
    ],
    action: { before: 'Doe de aangifte op', label: 'de pagina Aangifte toeristenbelasting', url: n.url },
  });
}
