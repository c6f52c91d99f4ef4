-- Issue 25: the advocate a packet is assigned to (a console user name, not the family's data). IF NOT EXISTS: databases
-- from before the migration runner have the column already.
ALTER TABLE {schema}.packets ADD COLUMN IF NOT EXISTS assigned_to TEXT NULL;
