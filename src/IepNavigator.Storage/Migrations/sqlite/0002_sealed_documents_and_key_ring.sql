-- Nothing to do in SQLite: sealed documents are BLOBs in the same column (older TEXT rows read as they are), and the
-- key ring is a folder of files. Kept so both providers count their versions alike.
SELECT 1;
