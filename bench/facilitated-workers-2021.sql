-- The SQL behind case U of bench/run.sh (issue 4): what the service runs for one uncached
-- GET /api/v1/statistics/facilitated-workers?year=2021. Case P replays this file with
--   pgbench -n -M prepared -c 64 -j 2 -T 15 -f bench/facilitated-workers-2021.sql
-- and U/P compares the service with its own database doing nothing but this statement, so it
-- must stay the SQL behind U: the statement of FigureRepository for the nation, current, by
-- weeks (shape NATION, grain WEEK), whose named parameters pgbench fills from the variables set
-- here, as the service binds them for 2021. The service sends it alone, in autocommit (no BEGIN/COMMIT), as a
-- prepared statement after the JDBC driver's fifth use. One pgbench transaction = one request.
-- BenchmarkSqlTest keeps this file equal to the statement.
\set first 2021
\set last 2021

WITH own AS (
    SELECT region_code AS code, category, year, month, week, amount FROM reported_count
     WHERE year BETWEEN :first AND :last AND region_code IS NULL
), below AS (
    SELECT parent_code AS code, category, year, month, week, amount, reporting, expected, partial, month_totals
      FROM regional_sum WHERE year BETWEEN :first AND :last AND parent_code IS NULL AND to_entry IS NULL
), member_value AS (
SELECT o.code, o.category, o.year, o.month, o.week, o.amount, false AS partial, true AS stored FROM own AS o
UNION ALL
SELECT b.code, b.category, b.year, b.month, b.week, b.amount,
       NOT (b.reporting = b.expected AND b.partial = 0) AS partial, false AS stored
  FROM below AS b
 WHERE (b.week IS NULL) = ((coalesce(b.code, ''), b.category, b.year, b.month) IN (
        SELECT coalesce(t.code, ''), t.category, t.year, t.month FROM below AS t WHERE t.week IS NULL AND t.month_totals > 0))
   AND NOT EXISTS (SELECT 1 FROM reported_count AS r WHERE r.year = b.year AND r.category = b.category AND r.month = b.month
                                      AND coalesce(r.region_code, '') = coalesce(b.code, ''))
)
SELECT 'V' AS kind, NULL AS code, NULL AS category, NULL::integer AS year, NULL::integer AS month,
       NULL::integer AS week, id AS value, NULL::boolean AS complete, changed_at, NULL::numeric AS decimal_value
  FROM (SELECT id, changed_at FROM audit_entry ORDER BY id DESC LIMIT 1) AS v
UNION ALL
SELECT CASE WHEN stored THEN 'C' ELSE 'S' END, code, category, year, month, week, amount, NOT partial, NULL, NULL
  FROM member_value
UNION ALL
SELECT 'T', NULL, indicator, year, NULL, NULL, NULL, NULL, NULL, target FROM yearly_target
 WHERE year BETWEEN :first AND :last
UNION ALL
SELECT 'R', NULL, indicator, year, NULL, NULL, NULL, NULL, NULL, realisation FROM yearly_realisation
 WHERE year BETWEEN :first AND :last
