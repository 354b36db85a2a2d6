// One stay as a row of the register's CSV format, in the order of its columns: the inverse of
// the import's row-to-stay, so an exported file imports again as the same stays.
import type { StayRow } from '../../../db/schema.ts';
import type { Cipher } from '../../../platform/crypto.ts';
import { CSV_COLUMNS, type CsvColumn } from '../../../../shared/register/csv-columns.ts';
import { coTravellersText, DOCUMENT_WORDS, priceText, PURPOSE_WORDS } from '../import/csv-format.ts';

export function cellsOfStay(stay: StayRow, unitName: string | null, cipher: Cipher): string[] {
  const guest = stay.guest;
  const cells: Record<CsvColumn, string> = {
    aankomst: stay.arrival,
    vertrek: stay.departure,
    kamer: unitName ?? '',
    personen: String(stay.persons),
    reisdoel: PURPOSE_WORDS[stay.purpose],
    werkgever: stay.employerName ?? '',
    boekingsnummer: stay.bookingReference ?? '',
    prijs: priceText(stay.lodgingPriceCents),
    voorletters: guest?.initials ?? '',
    achternaam: guest?.surname ?? '',
    woonplaats: guest?.residence ?? '',
    postcode: guest?.postcode ?? '',
    huisnummer: guest?.houseNumber ? String(guest.houseNumber) : '',
    land: guest?.country ?? '',
    geboortedatum: guest?.dateOfBirth ?? '',
    nationaliteit: guest?.nationality ?? '',
    documentsoort: guest ? DOCUMENT_WORDS[guest.documentType] : '',
    documentnummer: guest?.documentNumber ? cipher.decrypt(guest.documentNumber) : '',
    medereizigers: coTravellersText(stay.coTravellers ?? []),
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}
