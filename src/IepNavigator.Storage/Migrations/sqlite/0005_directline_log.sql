-- Nothing to do in SQLite: with the embedded store the Direct Line log lives in memory (PostgreSQL shares it between
-- instances). Kept so both providers count their versions alike.
SELECT 1;
