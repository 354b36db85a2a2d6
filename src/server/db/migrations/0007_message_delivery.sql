-- Message delivery in order per channel: the head of a channel (its oldest pending job of a kind)
-- is looked up by kind and id on every claim; and the admin's list of dead letters shows when a
-- message was last tried.
ALTER TABLE jobs ADD COLUMN tried_at timestamptz;
CREATE INDEX jobs_channel_head_idx ON jobs (kind, id) WHERE status = 'pending';
CREATE INDEX jobs_dead_idx ON jobs (id) WHERE status = 'dead';
