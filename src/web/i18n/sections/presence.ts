// Texts of the emergency list ("Aanwezigen nu", the owner's "Aanwezig") and of the house times
// that decide it ("Inchecken en uitchecken"). Dutch first, English as the alternative.

export const presenceNl = {
  heading: 'Aanwezigen nu',
  asOf: 'Stand van {{moment}}. Inchecken vanaf {{checkIn}}, uitchecken tot {{checkOut}}.',
  totalPresent_one: 'Totaal aanwezig: {{count}} persoon.',
  totalPresent_other: 'Totaal aanwezig: {{count}} personen.',
  explanation:
    'Aanwezig is wie is ingecheckt en nog niet uitgecheckt, of — zonder in- of uitchecken — wie volgens de registratie tussen de inchecktijd op de aankomstdag en de uitchecktijd op de vertrekdag is.',
  groups: {
    in_house: 'In huis',
    departing: 'Vertrekt vandaag (nog niet uitgecheckt)',
    expected: 'Verwacht (nog niet ingecheckt)',
  },
  groupHeading_one: '{{group}}: {{count}} persoon',
  groupHeading_other: '{{group}}: {{count}} personen',
  groupEmpty: 'Niemand.',
  basisColumn: 'Aanwezig',
  basis: {
    check_in: 'Ingecheckt',
    registration: 'Volgens registratie',
    gone: 'Vertrokken volgens registratie',
    expectedToday: 'Nog niet aangekomen, verwacht vanaf {{time}}',
    expectedOn: 'Nog niet aangekomen, verwacht {{date}} vanaf {{time}}',
  },
  departedOn: 'Vertrek was {{date}}',
  capped: 'Er zijn meer dan {{max}} verblijven; alleen de eerste {{max}} staan in de lijst.',
  print: 'Afdrukken',
  loading: 'De lijst wordt geladen…',
};

export const presenceEn: typeof presenceNl = {
  heading: 'Present now',
  asOf: 'As of {{moment}}. Check-in from {{checkIn}}, check-out by {{checkOut}}.',
  totalPresent_one: 'Present in total: {{count}} person.',
  totalPresent_other: 'Present in total: {{count}} persons.',
  explanation:
    'Present is whoever is checked in and not yet checked out, or — without check-in or check-out — whoever by the registration is between the check-in time on the arrival day and the check-out time on the departure day.',
  groups: {
    in_house: 'In the house',
    departing: 'Leaving today (not yet checked out)',
    expected: 'Expected (not yet checked in)',
  },
  groupHeading_one: '{{group}}: {{count}} person',
  groupHeading_other: '{{group}}: {{count}} persons',
  groupEmpty: 'Nobody.',
  basisColumn: 'Present',
  basis: {
    check_in: 'Checked in',
    registration: 'By the registration',
    gone: 'Left according to the registration',
    expectedToday: 'Not arrived yet, expected from {{time}}',
    expectedOn: 'Not arrived yet, expected {{date}} from {{time}}',
  },
  departedOn: 'Departure was {{date}}',
  capped: 'There are more than {{max}} stays; only the first {{max}} are listed.',
  print: 'Print',
  loading: 'Loading the list…',
};

export const houseTimesNl = {
  heading: 'Inchecken en uitchecken',
  intro:
    'Gasten die niemand in- of uitcheckt, tellen in de lijst "Aanwezigen nu" (voor de brandweer) als aanwezig vanaf de inchecktijd op hun aankomstdag tot de uitchecktijd op hun vertrekdag.',
  checkInTime: 'Inchecken vanaf',
  checkOutTime: 'Uitchecken tot',
  checkInHint: 'Tijd als uu:mm, bijvoorbeeld 15:00.',
  checkOutHint: 'Tijd als uu:mm, bijvoorbeeld 11:00.',
  save: 'Tijden opslaan',
  saved: 'De tijden zijn opgeslagen.',
};

export const houseTimesEn: typeof houseTimesNl = {
  heading: 'Check-in and check-out',
  intro:
    'Guests nobody checks in or out count as present in the "Present now" list (for the fire brigade) from the check-in time on their arrival day until the check-out time on their departure day.',
  checkInTime: 'Check-in from',
  checkOutTime: 'Check-out by',
  checkInHint: 'Time as hh:mm, for example 15:00.',
  checkOutHint: 'Time as hh:mm, for example 11:00.',
  save: 'Save times',
  saved: 'The times have been saved.',
};
