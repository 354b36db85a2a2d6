// The columns of the register's CSV file (import, export and template), in the template's order,
// named as the file's header row names them. The server reads and writes them; the web app's
// import page explains them.
export const CSV_COLUMNS = [
  'aankomst',
  'vertrek',
  'kamer',
  'personen',
  'reisdoel',
  'werkgever',
  'boekingsnummer',
  'prijs',
  'voorletters',
  'achternaam',
  'woonplaats',
  'postcode',
  'huisnummer',
  'land',
  'geboortedatum',
  'nationaliteit',
  'documentsoort',
  'documentnummer',
  'medereizigers',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Without these a row cannot be a stay, so a file without them is not a register file. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['aankomst', 'vertrek', 'voorletters', 'achternaam', 'woonplaats'];
