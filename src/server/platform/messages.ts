// Dutch texts for the API's `message` fields, and the English ones a client gets with
// Accept-Language: en. The web app has its own catalog keyed by the same codes; these make the API
// readable for integrators and curl users.
import Negotiator from 'negotiator';
import type { ErrorCode } from '../../shared/error-codes.ts';
import { errorMessagesEn } from '../../shared/error-messages/en.ts';

export const errorMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Niet alle velden zijn goed ingevuld.',
  NOT_AUTHENTICATED: 'U bent niet ingelogd.',
  FORBIDDEN: 'U heeft geen toegang tot deze gegevens.',
  NOT_FOUND: 'Niet gevonden.',
  CSRF_INVALID: 'De pagina is verlopen. Probeer het opnieuw.',
  RATE_LIMITED: 'Te veel pogingen. Probeer het later opnieuw.',
  LOGIN_THROTTLED: 'Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.',
  INVALID_CREDENTIALS: 'Het emailadres of wachtwoord is onjuist.',
  EMAIL_NOT_CONFIRMED: 'Uw emailadres is nog niet bevestigd. Klik op de link in de email die wij u hebben gestuurd.',
  ACCOUNT_INACTIVE: 'Dit account is gedeactiveerd. Neem contact op met uw beheerder.',
  TWO_FACTOR_REQUIRED: 'Vul eerst de tweefactorcode in.',
  TWO_FACTOR_SETUP_REQUIRED: 'Tweefactorauthenticatie is verplicht voor uw account. Stel die eerst in voordat u verdergaat.',
  TWO_FACTOR_CODE_INVALID:
    'Code is ongeldig. Controleer of de tijd op uw telefoon automatisch wordt ingesteld en vul de code in die de app nu toont. Blijft het misgaan? Verwijder het account uit de app, scan de QR-code opnieuw, of gebruik uw backupcode.',
  TWO_FACTOR_MANDATORY: 'Tweefactorauthenticatie is verplicht voor uw account en kan niet worden uitgeschakeld.',
  TWO_FACTOR_NOT_ENABLED: 'Tweefactorauthenticatie is niet ingeschakeld.',
  STEP_UP_REQUIRED: 'Bevestig eerst met uw tweede factor dat u het bent.',
  TOTP_CODE_USED: 'Deze code is net gebruikt. Wacht op de volgende code in uw app.',
  TWO_FACTOR_ATTEMPTS_EXCEEDED: 'Te vaak een onjuiste code ingevuld. Log opnieuw in om het nog eens te proberen.',
  EMAIL_CODE_REQUIRED: 'Vul eerst de code in die wij naar uw emailadres hebben gestuurd.',
  SMS_NOT_AVAILABLE: 'Er is geen bevestigd telefoonnummer voor sms.',
  PASSKEY_FAILED: 'De passkey kon niet worden gecontroleerd. Probeer het opnieuw of kies een andere manier.',
  CODE_INVALID: 'Deze code is onbekend. Controleer of u de hele code heeft overgenomen.',
  CODE_EXPIRED: 'Deze code is verlopen. Vraag een nieuwe code aan.',
  CODE_USED: 'Deze code is al gebruikt. Vraag zo nodig een nieuwe code aan.',
  EMAIL_TAKEN: 'Er bestaat al een account met dit emailadres.',
  PASSWORD_WRONG: 'Het huidige wachtwoord is onjuist.',
  INVITATION_INVALID: 'Deze uitnodiging is onbekend of ingetrokken. Vraag degene die u uitnodigde om een nieuwe uitnodiging.',
  INVITATION_EXPIRED: 'Deze uitnodiging is verlopen (een uitnodiging is 7 dagen geldig). Vraag om een nieuwe uitnodiging.',
  INVITATION_USED: 'Deze uitnodiging is al gebruikt. U kunt inloggen met uw emailadres en wachtwoord.',
  LAST_OWNER: 'Er moet ten minste één actieve eigenaar overblijven.',
  NOT_YOURSELF: 'Dit kunt u niet bij uw eigen account doen.',
  ALREADY_MEMBER: 'Dit emailadres heeft al toegang tot deze accommodatie.',
  MEMBER_ELSEWHERE: 'Deze gebruiker werkt ook voor een andere accommodatie. De rol, de toegang en de 2FA van dit account kunt u daarom niet wijzigen.',
  ALREADY_DECIDED: 'Over deze aanmelding is al besloten.',
  MUNICIPALITY_EXISTS: 'Er bestaat al een gemeente met deze CBS-code.',
  PAYLOAD_TOO_LARGE: 'Het verzoek is te groot.',
  SERVICE_UNAVAILABLE: 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele ogenblikken opnieuw.',
  INTERNAL_ERROR: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  REQUIRED: 'Dit veld is verplicht.',
  TOO_LONG: 'Deze invoer is te lang.',
  INVALID_TYPE: 'Deze invoer heeft een ongeldig formaat.',
  CHARACTERS_INVALID: 'Deze invoer bevat tekens die niet zijn toegestaan.',
  CONTROL_CHARACTERS: 'Dit veld mag geen regeleinden of stuurtekens bevatten.',
  POSTCODE_INVALID: 'Vul een geldige postcode in, bijvoorbeeld 1234 AB.',
  POSTCODE_ONLY_NL: 'Een postcode vult u alleen in bij een adres in Nederland.',
  HOUSE_NUMBER_INVALID: 'Vul het huisnummer in, alleen het getal, bijvoorbeeld 12.',
  KVK_INVALID: 'Een KVK nummer bestaat uit precies 8 cijfers.',
  PHONE_INVALID: 'Vul een geldig telefoonnummer in, bijvoorbeeld 0612345678 of +31612345678.',
  BEDS_INVALID: 'Vul een heel getal in van 1 tot en met 100.000.',
  EMAIL_INVALID: 'Vul een geldig emailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  PASSWORD_TOO_SHORT: 'Kies een wachtwoord van minimaal 12 tekens.',
  PASSWORD_TOO_LONG: 'Kies een wachtwoord van maximaal 256 tekens.',
  PASSWORD_TOO_WEAK: 'Dit wachtwoord is te makkelijk te raden. Kies een langer of minder voorspelbaar wachtwoord, bijvoorbeeld een zin van een paar woorden.',
  ACCOMMODATION_TYPE_INVALID: 'Kies het soort accommodatie.',
  MUNICIPALITY_INVALID: 'Kies de gemeente waarin de accommodatie ligt.',
  CODE_FORMAT_INVALID: 'Een code bestaat uit 48 tekens (cijfers 0-9 en letters a-f).',
  TOTP_FORMAT_INVALID: 'Vul de 6 cijfers in die de app toont.',
  BACKUP_CODE_FORMAT_INVALID: 'Een backupcode bestaat uit 4 groepen van 5 tekens, bijvoorbeeld abcde-fghjk-mnpqr-stuvw.',
  NAME_INVALID: 'Geef een naam van 1 tot 60 tekens.',
  SAME_EMAIL: 'Dit is al uw emailadres.',
  ROLE_INVALID: 'Kies een rol.',
  REASON_REQUIRED: 'Geef een reden op.',
  COLOR_INVALID: 'Geef een kleur op als #rrggbb, bijvoorbeeld #01689b.',
  LOGO_INVALID: 'Het logo moet een PNG- of JPEG-afbeelding van maximaal 200 kB zijn.',
  CBS_CODE_INVALID: 'Een CBS-gemeentecode is GM gevolgd door 4 cijfers, bijvoorbeeld GM0222.',
  DATE_INVALID: 'Vul een geldige datum in.',
  UNIT_NAME_TAKEN: 'Er is al een kamer of plaats met deze naam.',
  UNIT_OVER_CAPACITY: 'Er passen niet zoveel personen in deze kamer of plaats.',
  UNIT_OCCUPIED: 'Deze kamer of plaats is in deze periode al bezet.',
  STAY_CANCELLED: 'Deze registratie is geannuleerd en kan niet meer worden gewijzigd.',
  ACCOMMODATION_NOT_APPROVED: 'Uw accommodatie is nog niet goedgekeurd door de gemeente. Registreren kan zodra de gemeente heeft besloten.',
  CHECK_IN_UNAVAILABLE: 'Deze link om in te checken werkt niet (meer). Vraag de accommodatie om een nieuwe.',
  API_TOKEN_INVALID: 'De API-sleutel ontbreekt, is onbekend of ingetrokken.',
  BATCH_TOO_LARGE: 'Stuur hooguit 1000 registraties tegelijk.',
  IDEMPOTENCY_KEY_INVALID: 'Een Idempotency-Key bestaat uit 1 tot 255 zichtbare tekens (ASCII, zonder spaties).',
  IDEMPOTENCY_KEY_REUSED: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel.',
  IDEMPOTENCY_KEY_IN_USE: 'Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw.',
  CURSOR_INVALID: 'Geef de cursor door zoals de vorige pagina hem gaf (nextCursor).',
  CHECK_IN_TOO_EARLY: 'Inchecken kan vanaf de dag voor de aankomstdatum. Pas zo nodig eerst de aankomstdatum aan.',
  CSV_INVALID: 'Dit bestand is geen CSV-bestand met de kolommen van het sjabloon.',
  CSV_TOO_MANY_COLUMNS: 'Een regel van het bestand heeft meer dan 100 kolommen. Gebruik de kolommen van het sjabloon.',
  CSV_FIELD_TOO_LONG: 'Een cel van het bestand bevat meer dan 10.000 tekens.',
  CSV_LINE_TOO_LONG: 'Een regel van het bestand is langer dan 50.000 tekens.',
  COUNTRY_INVALID: 'Kies een land uit de lijst.',
  INITIALS_INVALID: 'Vul de voorletters in, bijvoorbeeld J.P.',
  DATE_OF_BIRTH_INVALID: 'Vul een geldige geboortedatum in, vóór de aankomstdatum.',
  DOCUMENT_TYPE_INVALID: 'Kies het soort identiteitsbewijs.',
  DOCUMENT_NUMBER_INVALID: 'Een documentnummer bestaat uit 5 tot 20 letters en cijfers.',
  PERSONS_INVALID: 'Vul een heel aantal personen in, minimaal 1.',
  PERSONS_TOO_FEW: 'Het aantal personen is kleiner dan de hoofdgast en de medereizigers samen.',
  PRICE_INVALID: 'Vul een bedrag in euro in, bijvoorbeeld 89,50.',
  PURPOSE_INVALID: 'Kies een reisdoel uit de lijst.',
  EMPLOYER_REQUIRED: 'Vul de naam van de werkgever in.',
  DEPARTURE_BEFORE_ARRIVAL: 'De vertrekdatum moet na de aankomstdatum liggen.',
  STAY_TOO_LONG: 'Een registratie duurt hooguit 3 jaar. Registreer een langer verblijf opnieuw.',
  TOO_MANY: 'Dit zijn er te veel.',
  UNIT_INVALID: 'Kies een kamer of plaats uit de lijst.',
  UNIT_KIND_INVALID: 'Kies het soort kamer of plaats.',
  CAPACITY_INVALID: 'Vul een heel aantal personen in, van 1 tot 1000.',
  SIGNATURE_REQUIRED: 'Zet uw handtekening in het vak.',
  SIGNATURE_INVALID: 'De handtekening kon niet worden gelezen. Zet hem opnieuw.',
  SIGNATURE_PERSON_INVALID: 'Deze persoon hoeft niet te tekenen of heeft al getekend.',
  REPORT_KIND_INVALID: 'Kies wat u meldt.',
  RETENTION_INVALID: 'Kies een bewaartermijn van 12 tot 84 maanden.',
  PERIOD_INVALID: 'Kies een geldige periode.',
  DEADLINE_INVALID: 'Vul een termijn in van 31 tot en met 366 dagen: ten minste een maand na de periode.',
  STARS_INVALID: 'Kies 1 tot 5 sterren.',
  TIME_INVALID: 'Vul een tijd in als uu:mm, bijvoorbeeld 15:00.',
  AMOUNT_INVALID: 'Vul een geldig bedrag in euro in, bijvoorbeeld 3,95.',
  PERCENTAGE_INVALID: 'Vul een percentage in van 0 tot 100, bijvoorbeeld 12,5.',
  NIGHT_CAP_INVALID: 'Vul een geheel aantal nachten in van 1 tot 1098.',
  AGE_INVALID: 'Vul een leeftijd in van 1 tot 100 jaar.',
  TAX_RULE_EMPTY: 'Vul een bedrag per persoon per nacht, een percentage of een forfait in.',
  TAX_RULE_SOURCE_REQUIRED: 'Vul de verordening en het artikel in waar dit tarief uit komt.',
  SOURCE_URL_INVALID: 'Vul een adres in dat begint met https://, bijvoorbeeld https://lokaleregelgeving.overheid.nl/CVDR703815.',
  PLATFORM_REFERENCE_REQUIRED: 'Vul het kenmerk van het boekingsplatform in.',
  PITCHES_INVALID: 'Vul een geheel aantal seizoensplaatsen in.',
  FORFAIT_KIND_INVALID: 'Kies geen forfait, jaarplaats of seizoensplaats.',
  SEASON_INVALID: 'Vul een dag in als dd-mm, bijvoorbeeld 01-04; het seizoen eindigt niet vóór het begint.',
  EXEMPTION_INVALID: 'Kies vrijstellingen uit de lijst.',
  AGE_REQUIRED: 'Vul de leeftijd in waaronder kinderen zijn vrijgesteld.',
  PURPOSE_RATE_EXEMPT: 'Een reisdoel is vrijgesteld of heeft een eigen tarief, niet allebei.',
  PLATFORM_DEDUCTION_TOO_HIGH: 'De aftrek is hoger dan de verschuldigde belasting.',
  TAX_RULE_IN_EFFECT: 'Dit tarief is al ingegaan. Voeg een nieuwe versie toe met een latere ingangsdatum.',
  TAX_NOT_CONFIGURED: 'Uw gemeente heeft nog geen tarieven voor toeristenbelasting ingesteld.',
  TAX_PERIOD_NOT_ENDED: 'U kunt de aangifte indienen zodra de periode voorbij is.',
  TAX_RETURN_UNCHANGED: 'Er is niets veranderd sinds de vorige aangifte; een correctie-aangifte is niet nodig.',
  TAX_RULE_DUPLICATE: 'Er is al een versie van dit tarief die op deze dag ingaat.',
  ACCOMMODATION_INVALID: 'Deze accommodatie hoort niet bij uw gemeente.',
  ASSESSMENT_KIND_INVALID: 'Kies voorlopige of definitieve aanslag.',
  ASSESSMENT_NUMBER_TAKEN: 'Er is al een aanslag met dit nummer.',
  TAX_ASSESSMENT_DEFINITIVE: 'Er is al een definitieve aanslag opgelegd. Een lager bedrag vraagt u aan met een verzoek om ambtshalve vermindering.',
  TAX_NO_DEFINITIVE_ASSESSMENT: 'Er is nog geen definitieve aanslag. Tot die er is, corrigeert u met een correctie-aangifte.',
  REDUCTION_TOO_HIGH: 'De vermindering kan niet hoger zijn dan het bedrag van de aanslag.',
  MONTHLY_COPY_OFF: 'Uw gemeente maakt geen maandkopie van het register. Zet de maandkopie aan onder Instellingen als u die wilt.',
};

export type MessageLanguage = 'nl' | 'en';
const MESSAGE_LANGUAGES: MessageLanguage[] = ['nl', 'en'];

/** The language of the API's messages by the request's Accept-Language: English when preferred, Dutch otherwise. */
export function messageLanguageOf(acceptLanguage: string | string[] | undefined): MessageLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  const [best] = new Negotiator({ headers: { 'accept-language': header ?? '' } }).languages(MESSAGE_LANGUAGES);
  return best === 'en' ? 'en' : 'nl';
}

interface Problem {
  code: string;
  message: string;
  maximum?: number;
  fields?: Record<string, Problem>;
}

/** An error body (and its fields' problems) with its messages in `language`; Dutch as it is. */
export function inLanguage<T extends Problem>(problem: T, language: MessageLanguage): T {
  if (language === 'nl') return problem;
  const code = problem.code as ErrorCode;
  const message =
    code === 'TOO_LONG' && problem.maximum !== undefined
      ? `At most ${problem.maximum.toLocaleString('en-GB')} characters.`
      : (errorMessagesEn[code] ?? problem.message);
  const fields = problem.fields && Object.fromEntries(Object.entries(problem.fields).map(([field, p]) => [field, inLanguage(p, language)]));
  return { ...problem, message, ...(fields ? { fields } : {}) };
}
