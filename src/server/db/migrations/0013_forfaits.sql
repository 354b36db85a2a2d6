-- Forfaits as the by-laws write them (docs/decisions/0013-forfaits.md): a unit of "Kamers en
-- plaatsen" is marked as a jaarplaats (1 January to 31 December) or a seizoensplaats (the season
-- of the rule), and a rule carries an amount per jaarplaats per year and per seizoensplaats per
-- season, per unit or per bed, and whether an owner may choose the actual nights instead.

ALTER TABLE units ADD COLUMN forfait_kind text NOT NULL DEFAULT 'none'
  CHECK (forfait_kind IN ('none', 'jaarplaats', 'seizoensplaats'));
-- The owner's choice of "werkelijke nachten" for this unit; it counts only where the rule allows it.
ALTER TABLE units ADD COLUMN actual_nights boolean NOT NULL DEFAULT false;

ALTER TABLE tax_rules ADD COLUMN forfait_year_cents integer CHECK (forfait_year_cents >= 0);
ALTER TABLE tax_rules ADD COLUMN forfait_season_cents integer CHECK (forfait_season_cents >= 0);
-- The season as month-day, both days included (Epe, Oldebroek: 1 April to 31 October).
ALTER TABLE tax_rules ADD COLUMN season_start text NOT NULL DEFAULT '04-01' CHECK (season_start ~ '^\d\d-\d\d$');
ALTER TABLE tax_rules ADD COLUMN season_end text NOT NULL DEFAULT '10-31' CHECK (season_end ~ '^\d\d-\d\d$' AND season_end >= season_start);
ALTER TABLE tax_rules ADD COLUMN forfait_per_bed boolean NOT NULL DEFAULT false;
ALTER TABLE tax_rules ADD COLUMN forfait_actual_nights_allowed boolean NOT NULL DEFAULT false;

-- The old forfait was a yearly amount per pitch, one twelfth a month: a jaarplaats's forfait now.
-- The pitches were typed on each return; returns keep their seasonal_pitches, readable as before.
UPDATE tax_rules SET forfait_year_cents = forfait_per_pitch_cents WHERE forfait_per_pitch_cents IS NOT NULL;
ALTER TABLE tax_rules DROP COLUMN forfait_per_pitch_cents;
