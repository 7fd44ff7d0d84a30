-- The SQL behind case U of bench/run.sh (issue 4): what the service runs for one uncached
-- GET /api/v1/statistics/facilitated-workers?year=2021. Case P replays this file with
--   pgbench -n -M prepared -c 64 -j 2 -T 15 -f bench/facilitated-workers-2021.sql
-- and U/P compares the service with its own database doing nothing but these queries, so this
-- file must stay the SQL behind U: change it whenever that read path changes.
--
-- Provisional: the two statements the service sends today (StatisticsService.facilitatedWorkers
-- -> ReportedCountRepository.listForYear, then TargetService.targetOf ->
-- YearlyTargetRepository.findFor), as the server logged them with log_statement = 'all': no
-- BEGIN/COMMIT around them (autocommit), nothing else per request, server-side prepared after the
-- JDBC driver's fifth use. The indicator and the row limit are bound parameters there, literals
-- here (pgbench variables are numbers only). One pgbench transaction = one request.
\set year 2021

SELECT rc1_0.id, rc1_0.amount, rc1_0.category, rc1_0.month, rc1_0.version, rc1_0.week, rc1_0.year
  FROM reported_count rc1_0
 WHERE rc1_0.year = :year
 ORDER BY rc1_0.year, rc1_0.month, rc1_0.category, rc1_0.week ASC NULLS FIRST;

SELECT yt1_0.id, yt1_0.indicator, yt1_0.target, yt1_0.version, yt1_0.year
  FROM yearly_target yt1_0
 WHERE yt1_0.indicator = 'FACILITATED_WORKERS' AND yt1_0.year = :year
 FETCH FIRST 1 ROWS ONLY;
