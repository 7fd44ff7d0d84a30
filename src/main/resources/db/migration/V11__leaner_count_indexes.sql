-- Fewer indexes under the regional counts and the audit trail, so that an import of a regency
-- year (~98,700 rows, each with an audit entry) writes fewer index entries, and one index the
-- planner cannot pass over for the granularity check.
--
-- 1. The granularity check of V10 probes, per month, region and kind inserted, for a row of the
--    other kind. It runs inside the INSERT, on the statistics of the table before the insert; with
--    reported_count_month_idx (year, category, month) available, the planner could take that index
--    and filter every region's row of the month at each probe (seen: 24,672 probes x 2,056 rows,
--    11 s for one import). One index now leads with the month and goes on with the region and the
--    kind: the check's probe uses all of it, and what the writer adds up per month (every region's
--    rows of some months) uses its first three columns.
DROP INDEX reported_count_granularity_idx;
DROP INDEX reported_count_month_idx;
CREATE INDEX reported_count_month_kind_idx
    ON reported_count (year, category, month, coalesce(region_code, ''), (week IS NULL));

-- 2. One unique key for a region's counts instead of two partial keys (week counts, month totals)
--    and a third index for reading both kinds: a month total is week 0 in the key, and the key
--    leads with the region and the year as reads of a region's years need.
DROP INDEX reported_count_region_week_key;
DROP INDEX reported_count_region_month_key;
DROP INDEX reported_count_region_year_idx;
CREATE UNIQUE INDEX reported_count_region_key
    ON reported_count (region_code, year, category, month, coalesce(week, 0)) WHERE region_code IS NOT NULL;

-- 3. The audit trail: a count's history (category, year, month, week, region) is found through
--    the year indexes of V10 (a region's year holds a few hundred entries per import of it), and
--    the region of an entry was checked by the count it records (reported_count_region_fk) in the
--    same transaction; region rows are reference data that Flyway adds to and never deletes.
DROP INDEX audit_entry_count_key;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_region_fk;

-- 4. New counts go in with COPY (CountWriter), which takes their ids from the column default: the
--    same sequence as every insert before, one value per row.
ALTER TABLE reported_count ALTER COLUMN id SET DEFAULT nextval('reported_count_seq');
