// Texts of the tax base and the rates' sources (decision 0010), under `taxBase`: the base of a
// percentage without VAT on the owner's return, persons without a known age, the source of a
// rate on both tax pages and in the municipality's rate form, and the stay form's price field.
// Dutch first; the English mirrors the Dutch shape.
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const nl = {
  source: {
    column: 'Bron',
    label: 'Bron:',
    none: 'Geen bron opgegeven',
    opensInNewWindow: '(opent in een nieuw venster)',
  },
  ruleForm: {
    sourceCitation: 'Bron: verordening en artikel',
    sourceCitationDescription:
      'Waar het tarief vandaan komt, bijvoorbeeld: Verordening toeristenbelasting 2026, artikel 5. Ondernemers zien de bron bij hun aangifte.',
    sourceUrl: 'Adres van de verordening',
    sourceUrlDescription: 'Het adres van de tekst op lokaleregelgeving.overheid.nl (CVDR), bijvoorbeeld https://lokaleregelgeving.overheid.nl/CVDR703815.',
  },
  summary: {
    base: 'Grondslag: logiesomzet zonder btw',
    baseNote:
      'Het percentage wordt berekend over de logiesprijs zonder btw: 9 % btw tot en met 31 december 2025, 21 % vanaf 1 januari 2026; een kampeerplaats houdt 9 %.',
  },
  lines: {
    base: 'Grondslag zonder btw',
    vat: 'btw {{rates}}',
  },
  unknownAges: {
    line_one: '{{count}} persoon zonder leeftijd: geen vrijstelling toegepast',
    line_other: '{{count}} personen zonder leeftijd: geen vrijstelling toegepast',
    total_one:
      '{{count}} persoon in deze periode heeft geen bekende leeftijd. De vrijstelling voor kinderen is voor deze persoon niet toegepast. Vul bij de registratie de geboortedatum aan, of vink "Jonger dan … jaar" aan als uw gemeente geen geboortedatum vraagt, als het om een kind gaat.',
    total_other:
      '{{count}} personen in deze periode hebben geen bekende leeftijd. De vrijstelling voor kinderen is voor hen niet toegepast. Vul bij de registratie de geboortedatum aan, of vink "Jonger dan … jaar" aan als uw gemeente geen geboortedatum vraagt, als het om kinderen gaat.',
  },
  stayForm: {
    lodgingPrice: 'Logiesprijs incl. btw',
    lodgingPriceDescription:
      'In euro, voor het hele verblijf, zoals de gast betaalt: met btw, zonder toeristenbelasting en zonder ontbijt of andere diensten, bijvoorbeeld 89,50. Nodig als uw gemeente toeristenbelasting als percentage van de prijs heft.',
    unknownAges_one:
      '{{count}} persoon zonder leeftijd: geen vrijstelling toegepast. Voegt u de reisgenoten toe met hun geboortedatum (of "Jonger dan … jaar"), dan telt de vrijstelling voor kinderen van uw gemeente mee.',
    unknownAges_other:
      '{{count}} personen zonder leeftijd: geen vrijstelling toegepast. Voegt u de reisgenoten toe met hun geboortedatum (of "Jonger dan … jaar"), dan telt de vrijstelling voor kinderen van uw gemeente mee.',
  },
};

export const en: Shape<typeof nl> = {
  source: {
    column: 'Source',
    label: 'Source:',
    none: 'No source given',
    opensInNewWindow: '(opens in a new window)',
  },
  ruleForm: {
    sourceCitation: 'Source: by-law and article',
    sourceCitationDescription:
      'Where the rate comes from, for example: Verordening toeristenbelasting 2026, article 5. Owners see the source with their return.',
    sourceUrl: 'Address of the by-law',
    sourceUrlDescription: 'The address of the text on lokaleregelgeving.overheid.nl (CVDR), for example https://lokaleregelgeving.overheid.nl/CVDR703815.',
  },
  summary: {
    base: 'Base: lodging revenue without VAT',
    baseNote:
      'The percentage is computed on the lodging price without VAT: 9 % VAT up to 31 December 2025, 21 % from 1 January 2026; a camping pitch keeps 9 %.',
  },
  lines: {
    base: 'Base without VAT',
    vat: 'VAT {{rates}}',
  },
  unknownAges: {
    line_one: '{{count}} person without an age: no exemption applied',
    line_other: '{{count}} persons without an age: no exemption applied',
    total_one:
      '{{count}} person in this period has no known age. The exemption for children was not applied to them. Add the date of birth to the registration, or tick "Younger than …" where your municipality does not ask it, if it is a child.',
    total_other:
      '{{count}} persons in this period have no known age. The exemption for children was not applied to them. Add the dates of birth to the registration, or tick "Younger than …" where your municipality does not ask them, if they are children.',
  },
  stayForm: {
    lodgingPrice: 'Lodging price incl. VAT',
    lodgingPriceDescription:
      'In euros, for the whole stay, as the guest pays it: with VAT, without tourist tax and without breakfast or other services, for example 89.50. Needed if your municipality levies tourist tax as a percentage of the price.',
    unknownAges_one:
      '{{count}} person without an age: no exemption applied. Add the co-travellers with their dates of birth (or "Younger than …") and your municipality’s exemption for children counts.',
    unknownAges_other:
      '{{count}} persons without an age: no exemption applied. Add the co-travellers with their dates of birth (or "Younger than …") and your municipality’s exemption for children counts.',
  },
};
