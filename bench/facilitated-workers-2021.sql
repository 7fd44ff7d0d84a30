-- The SQL behind case U of bench/run.sh (issue 4): what the service runs for one uncached
-- GET /api/v1/statistics/facilitated-workers?year=2021. Case P replays this file with
--   pgbench -n -M prepared -c 64 -j 2 -T 15 -f bench/facilitated-workers-2021.sql
-- and U/P compares the service with its own database doing nothing but this statement, so it
-- must stay the SQL behind U: it is StoredFigures.currentNational(2021, 2021), the years
-- written into the text (no parameters: PostgreSQL plans it once per connection). The service
-- sends it alone, in autocommit (no BEGIN/COMMIT), as a prepared statement after the JDBC
-- driver's fifth use. One pgbench transaction = one request.

SELECT 'V' AS kind, NULL AS code, NULL::integer AS year, NULL::integer AS month, NULL::integer AS week,
       id AS value, changed_at, NULL AS region, NULL::integer AS reporting, NULL::integer AS expected,
       NULL::integer AS partial, NULL::integer AS month_totals
  FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS latest
UNION ALL
SELECT 'C', category, year, month, week, amount, NULL, NULL, NULL, NULL, NULL, NULL FROM reported_count
 WHERE year BETWEEN 2021 AND 2021 AND region_code IS NULL
UNION ALL
SELECT 'S', category, year, month, week, amount, NULL, NULL, reporting, expected, partial, month_totals
  FROM regional_sum AS s
 WHERE year BETWEEN 2021 AND 2021 AND parent_code IS NULL AND to_entry IS NULL
UNION ALL
SELECT 'T', indicator, year, NULL, NULL, target, NULL, NULL, NULL, NULL, NULL, NULL FROM yearly_target WHERE year BETWEEN 2021 AND 2021
UNION ALL
SELECT 'R', indicator, year, NULL, NULL, realisation, NULL, NULL, NULL, NULL, NULL, NULL FROM yearly_realisation
 WHERE year BETWEEN 2021 AND 2021;
