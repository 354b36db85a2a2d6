-- Schengen art. 45 at the desk too: the signatures of everyone in a stay who signs personally,
-- taken on the screen or recorded as signed on paper (decision 0012). One entry per signing person:
--   { person, initials, surname, method: 'screen' | 'paper', image: encrypted PNG data URL or null,
--     witnessId, witnessName, signedAt }
-- NULL (not an empty array) while there is none, so a stay written before this column hashes as it
-- did (the chain's snapshot leaves out a missing value) and its last version still matches it.
-- stays.signature keeps the main guest's own signature from self check-in. Both are guest data:
-- the retention job empties them with the rest.
ALTER TABLE stays ADD COLUMN signatures jsonb;
