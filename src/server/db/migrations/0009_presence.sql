-- "Present now" at any hour: each accommodation has the times from which guests may check in on
-- their arrival day and by which they leave on their departure day. A stay nobody marked as
-- checked in or out counts as present between those two moments (Europe/Amsterdam wall clock).
ALTER TABLE accommodations
  ADD COLUMN check_in_time time NOT NULL DEFAULT '15:00',
  ADD COLUMN check_out_time time NOT NULL DEFAULT '11:00';

-- Guests checked in and not yet out count as present whatever their dates (an overdue
-- departure), so the emergency list finds them without reading the accommodation's history.
CREATE INDEX stays_open_check_ins_idx ON stays (accommodation_id)
  WHERE checked_in_at IS NOT NULL AND checked_out_at IS NULL;
