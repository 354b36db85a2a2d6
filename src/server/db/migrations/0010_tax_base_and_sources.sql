-- Every rate cites its source (docs/decisions/0010-tax-base-and-sources.md): the by-law and
-- article it comes from, and the address of its text in the CVDR (lokaleregelgeving.overheid.nl).
-- Versions entered before this migration have neither and show "Geen bron opgegeven".
ALTER TABLE tax_rules
  ADD COLUMN source_citation text CHECK (char_length(source_citation) <= 300),
  ADD COLUMN source_url text CHECK (char_length(source_url) <= 500);
