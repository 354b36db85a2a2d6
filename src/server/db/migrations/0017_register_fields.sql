-- Date of birth and nationality only where the municipality's APV asks for them (decision 0017).
--
-- The Autoriteit Persoonsgegevens lists what Wetboek van Strafrecht art. 438 needs: name, place of
-- residence, type of identity document, dates of arrival and departure. Date of birth and
-- nationality are asked only where the APV asks them. The municipality says so here and cites the
-- article; the forms show the citation. Existing and new municipalities keep asking both until
-- they say otherwise: the app cannot know their APV, and an owner must not break it unannounced.
ALTER TABLE municipalities ADD COLUMN ask_date_of_birth boolean NOT NULL DEFAULT true;
ALTER TABLE municipalities ADD COLUMN ask_nationality boolean NOT NULL DEFAULT true;
ALTER TABLE municipalities ADD COLUMN register_apv_citation text;
