// Texts of the aanslagen: beside the owner's return ("Aanslagen", the last day for bezwaar and
// the "Verzoek om ambtshalve vermindering") and the municipality's tab "Aanslagen" (recording one,
// importing the tax system's CSV, the overview with the requests). Dutch first.
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const nl = {
  kinds: {
    voorlopig: 'Voorlopige aanslag',
    definitief: 'Definitieve aanslag',
  },
  columns: {
    accommodation: 'Accommodatie',
    number: 'Aanslagnummer',
    kind: 'Soort',
    period: 'Periode',
    datedOn: 'Dagtekening',
    amount: 'Bedrag',
    objectionDeadline: 'Bezwaar uiterlijk',
    requests: 'Verzoeken om vermindering',
  },
  owner: {
    heading: 'Aanslagen',
    follows: 'Aangifte — de aanslag volgt.',
    followsText:
      'Uw aangifte is geen aanslag. De gemeente legt na uw aangifte een aanslag op; tijdens het jaar kan de gemeente een voorlopige aanslag opleggen. Aanslagen voor deze periode ziet u hier.',
    none: 'Voor deze periode is nog geen aanslag opgelegd.',
    caption: 'Aanslagen voor deze periode',
    objectionText:
      'Bent u het niet eens met een aanslag? Maak dan bezwaar bij de gemeente, uiterlijk op de datum in de kolom "Bezwaar uiterlijk" (6 weken na de dagtekening).',
    definitiveText:
      'Er is een definitieve aanslag. Is het bedrag te hoog, bijvoorbeeld omdat een gast achteraf inwoner bleek? Dien dan geen lagere correctie-aangifte in, maar vraag om ambtshalve vermindering.',
  },
  reduction: {
    heading: 'Verzoek om ambtshalve vermindering',
    formLabel: 'Verzoek om ambtshalve vermindering',
    reductionCents: 'Verminderen met (€)',
    reductionCentsDescription: 'Het bedrag waarmee de aanslag lager moet worden, bijvoorbeeld 5,00.',
    reason: 'Reden',
    reasonDescription: 'Leg uit waarom het bedrag te hoog is. De gemeente beslist op uw verzoek.',
    submit: 'Verzoek indienen',
    submitted: 'Uw verzoek om ambtshalve vermindering van aanslag {{number}} is naar de gemeente gestuurd.',
    requested: '{{amount}} op {{date}}: {{reason}}',
    none: '—',
  },
  municipality: {
    heading: 'Aanslagen {{period}}',
    intro:
      'Na de aangifte legt de gemeente de aanslag op. Leg hier de voorlopige en definitieve aanslagen vast zoals uw belastingsysteem ze oplegde, één voor één of als bestand. De ondernemer ziet ze naast de aangifte, met de uiterste datum voor bezwaar.',
    loading: 'De aanslagen worden geladen…',
    empty: 'Voor deze periode zijn nog geen aanslagen vastgelegd.',
    caption: 'Aanslagen {{period}}',
    recordHeading: 'Aanslag vastleggen',
    formLabel: 'Aanslag vastleggen',
    accommodation: 'Accommodatie',
    accommodationPlaceholder: 'Kies een accommodatie',
    kind: 'Soort aanslag',
    kindPlaceholder: 'Kies de soort',
    number: 'Aanslagnummer',
    amountCents: 'Bedrag (€)',
    datedOn: 'Dagtekening',
    datedOnDescription: 'De datum op de aanslag, bijvoorbeeld 2027-02-15. Vanaf de dag erna loopt de bezwaartermijn van 6 weken.',
    submit: 'Aanslag vastleggen',
    recorded: 'Aanslag {{number}} is vastgelegd.',
    importHeading: 'Aanslagen inlezen',
    importIntro:
      'Een CSV-bestand uit uw belastingsysteem met de kolommen aanslagnummer, accommodatie_id, periode, soort, bedrag en dagtekening. Het bestand wordt helemaal of niet ingelezen.',
    file: 'Bestand met aanslagen (CSV)',
    importSubmit: 'Inlezen',
    imported_one: '{{count}} aanslag is ingelezen.',
    imported_other: '{{count}} aanslagen zijn ingelezen.',
    importProblems: 'Het bestand is niet ingelezen. Verbeter deze regels en lees het opnieuw in:',
    importProblem: 'Regel {{line}}, kolom {{column}}: {{message}}',
    importLineProblem: 'Regel {{line}}: {{message}} Staat er een komma in een bedrag terwijl de kolommen met komma’s gescheiden zijn? Gebruik dan puntkomma’s.',
    fileMissing: 'Kies een bestand.',
  },
};

export const en: Shape<typeof nl> = {
  kinds: {
    voorlopig: 'Provisional assessment',
    definitief: 'Final assessment',
  },
  columns: {
    accommodation: 'Accommodation',
    number: 'Assessment number',
    kind: 'Kind',
    period: 'Period',
    datedOn: 'Date of assessment',
    amount: 'Amount',
    objectionDeadline: 'Objection by',
    requests: 'Requests for reduction',
  },
  owner: {
    heading: 'Assessments',
    follows: 'Return — the assessment follows.',
    followsText:
      'Your return is not an assessment. The municipality issues an assessment after your return; during the year it may issue a provisional assessment. Assessments for this period are shown here.',
    none: 'No assessment has been issued for this period yet.',
    caption: 'Assessments for this period',
    objectionText:
      'Do you disagree with an assessment? Object to the municipality by the date in the column "Objection by" (6 weeks after the date of the assessment).',
    definitiveText:
      'A final assessment has been issued. Is the amount too high, for example because a guest turned out to be a resident? Do not submit a lower corrected return; ask for an ex officio reduction instead.',
  },
  reduction: {
    heading: 'Request for ex officio reduction',
    formLabel: 'Request for ex officio reduction',
    reductionCents: 'Reduce by (€)',
    reductionCentsDescription: 'The amount by which the assessment should be lowered, for example 5.00.',
    reason: 'Reason',
    reasonDescription: 'Explain why the amount is too high. The municipality decides on your request.',
    submit: 'Submit request',
    submitted: 'Your request for ex officio reduction of assessment {{number}} has been sent to the municipality.',
    requested: '{{amount}} on {{date}}: {{reason}}',
    none: '—',
  },
  municipality: {
    heading: 'Assessments {{period}}',
    intro:
      'After the return the municipality issues the assessment. Record the provisional and final assessments here as your tax system issued them, one by one or as a file. The entrepreneur sees them beside the return, with the last day to object.',
    loading: 'Loading the assessments…',
    empty: 'No assessments have been recorded for this period yet.',
    caption: 'Assessments {{period}}',
    recordHeading: 'Record an assessment',
    formLabel: 'Record an assessment',
    accommodation: 'Accommodation',
    accommodationPlaceholder: 'Choose an accommodation',
    kind: 'Kind of assessment',
    kindPlaceholder: 'Choose the kind',
    number: 'Assessment number',
    amountCents: 'Amount (€)',
    datedOn: 'Date of assessment',
    datedOnDescription: 'The date on the assessment, for example 2027-02-15. The 6-week term for objections starts the day after.',
    submit: 'Record assessment',
    recorded: 'Assessment {{number}} has been recorded.',
    importHeading: 'Import assessments',
    importIntro:
      'A CSV file from your tax system with the columns aanslagnummer, accommodatie_id, periode, soort, bedrag and dagtekening. The file is imported whole or not at all.',
    file: 'File with assessments (CSV)',
    importSubmit: 'Import',
    imported_one: '{{count}} assessment has been imported.',
    imported_other: '{{count}} assessments have been imported.',
    importProblems: 'The file has not been imported. Correct these lines and import it again:',
    importProblem: 'Line {{line}}, column {{column}}: {{message}}',
    importLineProblem: 'Line {{line}}: {{message}} Is there a comma in an amount while the columns are separated by commas? Then use semicolons.',
    fileMissing: 'Choose a file.',
  },
};
