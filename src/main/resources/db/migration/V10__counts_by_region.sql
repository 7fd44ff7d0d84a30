-- Counts by region: a count may carry a province or regency code (Kemendagri, table region), or
-- none, which is the national count as before. Stored national counts stay authoritative for the
-- national figures; regional counts are a breakdown of them.
--
-- The rules the database keeps itself:
-- * one row per (region or nation, category, year, month, week) and one month total per month;
-- * each region (and the nation) reports a (category, year, month) at one granularity: week
--   counts or a month total (the trigger below, now per region). Levels may differ: the 2021
--   national employers are month totals, a province may report them by week.
-- What the writer keeps (CountWriter, under the single write lock every writer takes): a region
-- exists in the period it reports for, and a breakdown never exceeds its parent.

-- A count of people never reaches a trillion; with that bound every sum over regions, weeks and
-- years stays inside bigint (the API and the import refuse larger counts with a 400).
ALTER TABLE reported_count ADD CONSTRAINT reported_count_amount_max_check CHECK (amount <= 1000000000000);

ALTER TABLE reported_count ADD COLUMN region_code varchar(5) CONSTRAINT reported_count_region_fk REFERENCES region (code);

DROP INDEX reported_count_week_key;
DROP INDEX reported_count_month_key;
CREATE UNIQUE INDEX reported_count_week_key
    ON reported_count (category, year, month, week) WHERE week IS NOT NULL AND region_code IS NULL;
CREATE UNIQUE INDEX reported_count_month_key
    ON reported_count (category, year, month) WHERE week IS NULL AND region_code IS NULL;
-- Regional keys lead with the region and the year: reads ask for a region's (or a province's
-- regencies') figures of some years.
CREATE UNIQUE INDEX reported_count_region_week_key
    ON reported_count (region_code, year, category, month, week) WHERE week IS NOT NULL AND region_code IS NOT NULL;
CREATE UNIQUE INDEX reported_count_region_month_key
    ON reported_count (region_code, year, category, month) WHERE week IS NULL AND region_code IS NOT NULL;
-- The counts of some regions in some years (the unique keys above are partial, by week or month
-- total, so a read of both kinds cannot use them).
CREATE INDEX reported_count_region_year_idx ON reported_count (region_code, year) WHERE region_code IS NOT NULL;
-- The national figures of some years, without touching a regional row.
CREATE INDEX reported_count_national_year_idx ON reported_count (year) WHERE region_code IS NULL;
-- The granularity check: are there rows of the other kind in this month, in this region?
CREATE INDEX reported_count_granularity_idx
    ON reported_count (coalesce(region_code, ''), category, year, month, (week IS NULL));
-- All regions' rows of some months: what the writer adds up after a write.
CREATE INDEX reported_count_month_idx ON reported_count (year, category, month);

-- The same rule as before, per region. Rows are checked once per INSERT statement (an import of a
-- regional year inserts ~98,700 rows in one statement; a per-row check cost a lock and a lookup per
-- row): after the statement's rows are in, one index probe per month, region and kind inserted
-- looks for a row of the other kind (reported_count_granularity_idx), and the rows in the way are
-- described only when there are some. The advisory locks serialise writers of the same month
-- (whatever the region), taken in one order so that two statements cannot deadlock; each statement
-- inside a plpgsql function sees rows committed before it ran. The error is the one of V1:
-- SQLSTATE 23P01 (exclusion_violation), constraint reported_count_one_granularity.
CREATE FUNCTION reported_count_one_granularity_per_statement() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    conflict record;
    in_the_way text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('reported_count:' || m.category), m.year * 100 + m.month)
       FROM (SELECT DISTINCT category, year, month FROM new_rows ORDER BY category, year, month) AS m;
    SELECT k.region, k.category, k.year, k.month, k.total INTO conflict
      FROM (SELECT DISTINCT coalesce(region_code, '') AS region, category, year, month, week IS NULL AS total
              FROM new_rows) AS k
     WHERE EXISTS (SELECT 1 FROM reported_count AS r
                    WHERE coalesce(r.region_code, '') = k.region AND r.category = k.category AND r.year = k.year
                      AND r.month = k.month AND (r.week IS NULL) = (NOT k.total))
     ORDER BY k.category, k.year, k.month, k.region, k.total
     LIMIT 1;
    IF FOUND THEN
        SELECT string_agg(DISTINCT CASE WHEN week IS NULL THEN 'month total' ELSE 'week ' || week END, ', ')
          INTO in_the_way
          FROM reported_count
         WHERE coalesce(region_code, '') = conflict.region AND category = conflict.category AND year = conflict.year
           AND month = conflict.month AND (week IS NULL) = (NOT conflict.total);
        RAISE EXCEPTION USING
            ERRCODE = 'exclusion_violation',
            CONSTRAINT = 'reported_count_one_granularity',
            MESSAGE = format('%s %s-%s%s already holds %s', conflict.category, conflict.year, lpad(conflict.month::text, 2, '0'),
                             CASE WHEN conflict.region = '' THEN '' ELSE ' in region ' || conflict.region END, in_the_way);
    END IF;
    RETURN NULL;
END
$$;

-- An update that moves a row to another period or region (none of the service's writes does; they
-- change amounts) is checked row by row.
CREATE OR REPLACE FUNCTION reported_count_one_granularity() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    in_the_way text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('reported_count:' || NEW.category), NEW.year * 100 + NEW.month);
    SELECT string_agg(CASE WHEN week IS NULL THEN 'month total' ELSE 'week ' || week END, ', ' ORDER BY week)
      INTO in_the_way
      FROM reported_count
     WHERE coalesce(region_code, '') = coalesce(NEW.region_code, '')
       AND category = NEW.category AND year = NEW.year AND month = NEW.month
       AND (week IS NULL) = (NEW.week IS NOT NULL) AND id <> NEW.id;
    IF in_the_way IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'exclusion_violation',
            CONSTRAINT = 'reported_count_one_granularity',
            MESSAGE = format('%s %s-%s%s already holds %s', NEW.category, NEW.year, lpad(NEW.month::text, 2, '0'),
                             CASE WHEN NEW.region_code IS NULL THEN '' ELSE ' in region ' || NEW.region_code END, in_the_way);
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER reported_count_one_granularity ON reported_count;
CREATE TRIGGER reported_count_one_granularity
    BEFORE UPDATE OF category, year, month, week, region_code ON reported_count
    FOR EACH ROW EXECUTE FUNCTION reported_count_one_granularity();
CREATE TRIGGER reported_count_one_granularity_on_insert
    AFTER INSERT ON reported_count
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reported_count_one_granularity_per_statement();

-- What the regions below a parent add up to, per reporting week and per month: maintained by the
-- writer in the same transaction as the counts (CountWriter), for the months a write touched.
-- parent_code NULL is the nation (its children are the provinces); a province code has its
-- regencies as children. A child's value is its stored count, or for a province that stored
-- nothing in the month, the sum of its regencies. A week row adds up the children that have that
-- week; the month row (week NULL) adds up every child's month: its month total, or its weeks.
-- The national figures read the national rows of this table where no national count is stored,
-- so they never add up regional rows at read time (RegionalSums says how the rows are computed).
-- Rows are versioned by the audit trail: a write that changes the sums of a month closes their
-- rows (to_entry) and adds new ones (from_entry), both at the id of its first audit entry, so the
-- figures as of a moment read the sums valid at that data version instead of replaying every
-- regional entry.
CREATE TABLE regional_sum (
    parent_code varchar(5) CONSTRAINT regional_sum_parent_fk REFERENCES region (code),
    category    varchar(32) NOT NULL,
    year        integer     NOT NULL,
    month       integer     NOT NULL,
    week        integer,
    -- the sum of the children's values
    amount      bigint      NOT NULL CHECK (amount >= 0),
    -- children with a value, children that exist in the period, and children whose own value is
    -- itself an incomplete sum: the sum is complete when reporting = expected and partial = 0
    reporting   integer     NOT NULL CHECK (reporting > 0),
    expected    integer     NOT NULL CHECK (expected >= 0),
    partial     integer     NOT NULL CHECK (partial >= 0),
    -- month rows: how many of the children reported the month as a total (their weeks unknown)
    month_totals integer    NOT NULL DEFAULT 0 CHECK (month_totals >= 0),
    -- valid from the data version from_entry (the first audit entry of the write that computed it)
    -- until to_entry (the first of the write that replaced it; NULL: still current)
    from_entry  bigint      NOT NULL,
    to_entry    bigint,
    CONSTRAINT regional_sum_versions_check CHECK (to_entry IS NULL OR to_entry > from_entry)
);

CREATE UNIQUE INDEX regional_sum_key
    ON regional_sum (coalesce(parent_code, ''), year, category, month, coalesce(week, 0)) WHERE to_entry IS NULL;
-- The current national sums of some years, and a region's; and every version, for asOf.
CREATE INDEX regional_sum_national_idx ON regional_sum (year) WHERE parent_code IS NULL AND to_entry IS NULL;
CREATE INDEX regional_sum_parent_idx ON regional_sum (parent_code, year) WHERE parent_code IS NOT NULL AND to_entry IS NULL;
CREATE INDEX regional_sum_national_versions_idx ON regional_sum (year, from_entry) WHERE parent_code IS NULL;
CREATE INDEX regional_sum_parent_versions_idx ON regional_sum (parent_code, year, from_entry) WHERE parent_code IS NOT NULL;

-- The audit trail names the region of a count; NULL for a national count (and for targets).
ALTER TABLE audit_entry ADD COLUMN region_code varchar(5) CONSTRAINT audit_entry_region_fk REFERENCES region (code);
DROP INDEX audit_entry_count_key;
CREATE INDEX audit_entry_count_key ON audit_entry (category, year, month, week, region_code) WHERE subject = 'COUNT';
-- Replaying figures as of a moment reads the national entries (counts, targets, realisations) of
-- the years asked, or the entries of some regions; the sums below come from regional_sum.
CREATE INDEX audit_entry_national_year_idx ON audit_entry (year, id) WHERE region_code IS NULL;
CREATE INDEX audit_entry_region_year_idx ON audit_entry (region_code, year, id) WHERE region_code IS NOT NULL;
