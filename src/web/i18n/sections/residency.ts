// Texts of residency for the tourist tax (decision 0016), under `residency`: the staff's stay form
// (the postcode table's answer and the owner's word), the stay's page, and the co-traveller's
// "same address". Dutch first; the English mirrors the Dutch shape.
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const nl = {
  /** What the municipality's APV asks (decision 0017), in the staff's stay form. */
  asked: {
    askedBy: 'Gevraagd op grond van {{citation}}.',
    youngerThan: 'Jonger dan {{age}} jaar',
    nationalityDutch: 'Nederlandse nationaliteit',
    nationalityOther: 'Andere nationaliteit',
    nationalityMinimalDescription:
      'Uw gemeente vraagt alleen of de gast de Nederlandse nationaliteit heeft: gasten met een andere nationaliteit tekenen zelf (Schengen, art. 45).',
    otherNationality: 'Andere nationaliteit',
  },
  form: {
    postcode: 'Postcode',
    postcodeDescription: 'Van een adres in Nederland, bijvoorbeeld 1234 AB. Met het huisnummer bepaalt de postcode of de gast inwoner van de gemeente is.',
    houseNumber: 'Huisnummer',
    sameAddress: 'Woont op hetzelfde adres als de hoofdgast',
    lookup: {
      resident: 'Volgens de postcodetabel ligt dit adres in de gemeente {{name}}: de gast is inwoner en betaalt geen toeristenbelasting.',
      elsewhere: 'Volgens de postcodetabel ligt dit adres in de gemeente {{name}}, niet in {{own}}: de gast betaalt toeristenbelasting.',
      elsewhereUnknown: 'Volgens de postcodetabel ligt dit adres niet in de gemeente {{own}}: de gast betaalt toeristenbelasting.',
      unknown: 'Dit adres staat niet in de postcodetabel. Staat de gast ingeschreven in {{own}}? Kies dan hieronder "Ja".',
      example: 'Let op: de postcodetabel is een voorbeeldtabel, nog niet het bestand van het CBS.',
    },
    resident: {
      legend: 'Ingeschreven in de gemeente {{name}}?',
      asPostcode: 'Zoals de postcode zegt',
      yes: 'Ja, ingeschreven op een adres in {{name}}',
      no: 'Nee',
    },
  },
  /** What a guest's own check-in claims that lowers the tax, for the owner to check before confirming. */
  claims: {
    heading: 'Controleer wat de gast verklaart',
    intro:
      'Deze gegevens van de gast verlagen de toeristenbelasting. Controleer ze met het identiteitsbewijs voordat u bevestigt, en corrigeer ze als ze niet kloppen.',
    residents_one: '{{count}} persoon inwoner van de gemeente, volgens de postcode die de gast opgaf',
    residents_other: '{{count}} personen inwoner van de gemeente, volgens de postcode die de gast opgaf',
    worker: 'Internationale werknemer, werkgever: {{employer}}',
    younger_one: '{{count}} persoon jonger dan {{age}} jaar',
    younger_other: '{{count}} personen jonger dan {{age}} jaar',
  },
  view: {
    heading: 'Inwoner van de gemeente',
    mainGuest: 'Hoofdgast',
    yes: 'Ja',
    no: 'Nee',
    decidedBy: {
      owner: 'door de ondernemer opgegeven',
      postcode: 'volgens postcode {{postcode}} {{houseNumber}}',
      earlier: 'vastgesteld op woonplaats, vóór de postcodetabel',
      none: 'geen Nederlandse postcode opgegeven',
    },
    address: 'Postcode en huisnummer',
    residents: 'Personen die in de gemeente wonen',
    residentsValue_zero: 'Geen van de {{persons}}: iedereen betaalt toeristenbelasting',
    residentsValue_one: '{{count}} van {{persons}}: vrijgesteld van toeristenbelasting',
    residentsValue_other: '{{count}} van {{persons}}: vrijgesteld van toeristenbelasting',
  },
};

export const en: Shape<typeof nl> = {
  asked: {
    askedBy: 'Asked under {{citation}}.',
    youngerThan: 'Younger than {{age}}',
    nationalityDutch: 'Dutch nationality',
    nationalityOther: 'Another nationality',
    nationalityMinimalDescription:
      'Your municipality asks only whether the guest has Dutch nationality: guests of another nationality sign themselves (Schengen, art. 45).',
    otherNationality: 'Another nationality',
  },
  form: {
    postcode: 'Postcode',
    postcodeDescription:
      'Of an address in the Netherlands, for example 1234 AB. With the house number the postcode decides whether the guest lives in the municipality.',
    houseNumber: 'House number',
    sameAddress: 'Lives at the same address as the main guest',
    lookup: {
      resident: 'By the postcode table this address is in the municipality of {{name}}: the guest is a resident and pays no tourist tax.',
      elsewhere: 'By the postcode table this address is in the municipality of {{name}}, not in {{own}}: the guest pays tourist tax.',
      elsewhereUnknown: 'By the postcode table this address is not in the municipality of {{own}}: the guest pays tourist tax.',
      unknown: 'This address is not in the postcode table. Is the guest registered in {{own}}? Then choose "Yes" below.',
      example: 'Note: the postcode table is an example, not yet the CBS file.',
    },
    resident: {
      legend: 'Registered in the municipality of {{name}}?',
      asPostcode: 'As the postcode says',
      yes: 'Yes, registered at an address in {{name}}',
      no: 'No',
    },
  },
  claims: {
    heading: 'Check what the guest states',
    intro:
      'These details from the guest lower the tourist tax. Check them against the identity document before you confirm, and correct them if they are wrong.',
    residents_one: '{{count}} person resident of the municipality, by the postcode the guest gave',
    residents_other: '{{count}} persons resident of the municipality, by the postcode the guest gave',
    worker: 'International worker, employer: {{employer}}',
    younger_one: '{{count}} person younger than {{age}}',
    younger_other: '{{count}} persons younger than {{age}}',
  },
  view: {
    heading: 'Resident of the municipality',
    mainGuest: 'Main guest',
    yes: 'Yes',
    no: 'No',
    decidedBy: {
      owner: 'as stated by the owner',
      postcode: 'by postcode {{postcode}} {{houseNumber}}',
      earlier: 'decided by place of residence, before the postcode table',
      none: 'no Dutch postcode given',
    },
    address: 'Postcode and house number',
    residents: 'Persons who live in the municipality',
    residentsValue_zero: 'None of the {{persons}}: everyone pays tourist tax',
    residentsValue_one: '{{count}} of {{persons}}: exempt from tourist tax',
    residentsValue_other: '{{count}} of {{persons}}: exempt from tourist tax',
  },
};
