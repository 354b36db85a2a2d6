// Dutch texts for the API's `message` fields. The web app has its own catalog keyed by the same
// codes; these make the API readable for integrators and curl users.
import type { ErrorCode } from '../../shared/error-codes.ts';

export const errorMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Niet alle velden zijn goed ingevuld.',
  NOT_AUTHENTICATED: 'U bent niet ingelogd.',
  FORBIDDEN: 'U heeft geen toegang tot deze gegevens.',
  NOT_FOUND: 'Niet gevonden.',
  CSRF_INVALID: 'De pagina is verlopen. Probeer het opnieuw.',
  RATE_LIMITED: 'Te veel pogingen. Probeer het later opnieuw.',
  LOGIN_THROTTLED: 'Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.',
  INVALID_CREDENTIALS: 'Het emailadres of wachtwoord is onjuist.',
  EMAIL_NOT_CONFIRMED:
    'Uw emailadres is nog niet bevestigd. Klik op de link in de email die wij u hebben gestuurd.',
  ACCOUNT_INACTIVE: 'Dit account is gedeactiveerd. Neem contact op met uw beheerder.',
  TWO_FACTOR_REQUIRED: 'Vul eerst de tweefactorcode in.',
  TWO_FACTOR_SETUP_REQUIRED:
    'Tweefactorauthenticatie is verplicht voor uw account. Stel die eerst in voordat u verdergaat.',
  TWO_FACTOR_CODE_INVALID:
    'Code is ongeldig. Controleer of de tijd op uw telefoon automatisch wordt ingesteld en vul de code in die de app nu toont. Blijft het misgaan? Verwijder het account uit de app, scan de QR-code opnieuw, of gebruik uw backupcode.',
  TWO_FACTOR_MANDATORY: 'Tweefactorauthenticatie is verplicht voor uw account en kan niet worden uitgeschakeld.',
  TWO_FACTOR_NOT_ENABLED: 'Tweefactorauthenticatie is niet ingeschakeld.',
  STEP_UP_REQUIRED: 'Bevestig eerst met uw tweede factor dat u het bent.',
  SMS_NOT_AVAILABLE: 'Er is geen bevestigd telefoonnummer voor sms.',
  PASSKEY_FAILED: 'De passkey kon niet worden gecontroleerd. Probeer het opnieuw of kies een andere manier.',
  CODE_INVALID: 'Deze code is onbekend. Controleer of u de hele code heeft overgenomen.',
  CODE_EXPIRED: 'Deze code is verlopen. Vraag een nieuwe code aan.',
  CODE_USED: 'Deze code is al gebruikt. Vraag zo nodig een nieuwe code aan.',
  PAYLOAD_TOO_LARGE: 'Het verzoek is te groot.',
  SERVICE_UNAVAILABLE: 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele ogenblikken opnieuw.',
  INTERNAL_ERROR: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  REQUIRED: 'Dit veld is verplicht.',
  TOO_LONG: 'Deze invoer is te lang.',
  INVALID_TYPE: 'Deze invoer heeft een ongeldig formaat.',
  CHARACTERS_INVALID: 'Deze invoer bevat tekens die niet zijn toegestaan.',
  POSTCODE_INVALID: 'Vul een geldige postcode in, bijvoorbeeld 1234 AB.',
  KVK_INVALID: 'Een KVK nummer bestaat uit precies 8 cijfers.',
  PHONE_INVALID: 'Vul een geldig telefoonnummer in, bijvoorbeeld 0612345678 of +31612345678.',
  BEDS_INVALID: 'Vul een heel getal in van 1 tot en met 100.000.',
  EMAIL_INVALID: 'Vul een geldig emailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  PASSWORD_TOO_SHORT: 'Kies een wachtwoord van minimaal 12 tekens.',
  PASSWORD_TOO_LONG: 'Kies een wachtwoord van maximaal 256 tekens.',
  PASSWORD_TOO_WEAK:
    'Dit wachtwoord is te makkelijk te raden. Kies een langer of minder voorspelbaar wachtwoord, bijvoorbeeld een zin van een paar woorden.',
  ACCOMMODATION_TYPE_INVALID: 'Kies het soort accommodatie.',
  MUNICIPALITY_INVALID: 'Kies de gemeente waarin de accommodatie ligt.',
  CODE_FORMAT_INVALID: 'Een code bestaat uit 48 tekens (cijfers 0-9 en letters a-f).',
  TOTP_FORMAT_INVALID: 'Vul de 6 cijfers in die de app toont.',
  BACKUP_CODE_FORMAT_INVALID: 'Een backupcode bestaat uit 4 groepen van 5 tekens, bijvoorbeeld abcde-fghjk-mnpqr-stuvw.',
  NAME_INVALID: 'Geef een naam van 1 tot 60 tekens.',
};
