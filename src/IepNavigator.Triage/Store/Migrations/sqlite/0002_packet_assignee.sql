-- skip-when: SELECT count(*) FROM pragma_table_info('triage_packets') WHERE name = 'assigned_to'
-- Issue 25: the advocate a packet is assigned to (a console user name, not the family's data). Skipped where a database
-- from before the migration runner has the column already (SQLite has no ADD COLUMN IF NOT EXISTS).
ALTER TABLE triage_packets ADD COLUMN assigned_to TEXT NULL;
