-- Cheaper bulk writes of counts and audit entries: an import of a regency year (~98,700 rows,
-- each with an audit entry) writes fewer index entries, checks regions once per statement, and
-- its correction updates rows in place; and one index the planner cannot pass over for the
-- granularity check. (The rows themselves go in with COPY: CountWriter, AuditTrail.)
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
--    the region of an entry is checked with the count it records, in the same transaction (5.).
DROP INDEX audit_entry_count_key;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_region_fk;

-- 4. New counts go in with COPY (CountWriter), which takes their ids from the column default: the
--    same sequence as every insert before, one value per row.
ALTER TABLE reported_count ALTER COLUMN id SET DEFAULT nextval('reported_count_seq');

-- 5. A count's region is checked once per statement rather than once per row. The foreign key
--    reported_count_region_fk ran a lookup and a row lock per inserted row: 0.5-0.65 s of an
--    import of a regency year. The statement trigger of the granularity rule now also checks
--    that every region the statement's rows name exists (one lookup per distinct code, taking
--    the same FOR KEY SHARE lock the foreign key took), an update that moves a row to another
--    region is checked by the row trigger, and a region cannot be deleted or renumbered while a
--    count names it. The SQLSTATE stays 23503 (foreign_key_violation) and the constraint name
--    reported_count_region_fk, as before.
ALTER TABLE reported_count DROP CONSTRAINT reported_count_region_fk;

CREATE FUNCTION reported_count_check_inserted() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    unknown text;
    conflict record;
    in_the_way text;
BEGIN
    -- the regions named exist (and stay, until this transaction ends)
    SELECT n.region_code INTO unknown
      FROM (SELECT DISTINCT region_code FROM new_rows WHERE region_code IS NOT NULL) AS n
     WHERE NOT EXISTS (SELECT 1 FROM region AS g WHERE g.code = n.region_code)
     ORDER BY 1
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'reported_count_region_fk',
            MESSAGE = format('region %s is not in table region', unknown);
    END IF;
    PERFORM 1 FROM region AS g
     WHERE g.code IN (SELECT DISTINCT region_code FROM new_rows WHERE region_code IS NOT NULL)
       FOR KEY SHARE;

    -- one granularity per month and region (V10)
    PERFORM pg_advisory_xact_lock(hashtext('reported_count:' || m.category), m.year * 100 + m.month)
       FROM (SELECT DISTINCT category, year, month FROM new_rows ORDER BY category, year, month) AS m;
    SELECT k.region, k.category, k.year, k.month, k.total INTO conflict
      FROM (SELECT DISTINCT coalesce(region_code, '') AS region, category, year, month, week IS NULL AS total
              FROM new_rows) AS k
     WHERE EXISTS (SELECT 1 FROM reported_count AS r
                    WHERE r.year = k.year AND r.category = k.category AND r.month = k.month
                      AND coalesce(r.region_code, '') = k.region AND (r.week IS NULL) = (NOT k.total))
     ORDER BY k.category, k.year, k.month, k.region, k.total
     LIMIT 1;
    IF FOUND THEN
        SELECT string_agg(DISTINCT CASE WHEN week IS NULL THEN 'month total' ELSE 'week ' || week END, ', ')
          INTO in_the_way
          FROM reported_count
         WHERE year = conflict.year AND category = conflict.category AND month = conflict.month
           AND coalesce(region_code, '') = conflict.region AND (week IS NULL) = (NOT conflict.total);
        RAISE EXCEPTION USING
            ERRCODE = 'exclusion_violation',
            CONSTRAINT = 'reported_count_one_granularity',
            MESSAGE = format('%s %s-%s%s already holds %s', conflict.category, conflict.year, lpad(conflict.month::text, 2, '0'),
                             CASE WHEN conflict.region = '' THEN '' ELSE ' in region ' || conflict.region END, in_the_way);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER reported_count_one_granularity_on_insert ON reported_count;
DROP FUNCTION reported_count_one_granularity_per_statement();
CREATE TRIGGER reported_count_check_inserted
    AFTER INSERT ON reported_count
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reported_count_check_inserted();

-- An update that moves a row to another region (none of the service's writes does).
CREATE FUNCTION reported_count_check_region() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.region_code IS NOT NULL THEN
        PERFORM 1 FROM region WHERE code = NEW.region_code FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING
                ERRCODE = 'foreign_key_violation',
                CONSTRAINT = 'reported_count_region_fk',
                MESSAGE = format('region %s is not in table region', NEW.region_code);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER reported_count_check_region
    BEFORE UPDATE OF region_code ON reported_count
    FOR EACH ROW EXECUTE FUNCTION reported_count_check_region();

-- A region that a count names is neither deleted nor given another code.
CREATE FUNCTION region_keep_counted() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (TG_OP = 'DELETE' OR NEW.code IS DISTINCT FROM OLD.code)
       AND EXISTS (SELECT 1 FROM reported_count WHERE region_code = OLD.code) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'reported_count_region_fk',
            MESSAGE = format('region %s is still named by counts', OLD.code);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER region_keep_counted
    BEFORE DELETE OR UPDATE OF code ON region
    FOR EACH ROW EXECUTE FUNCTION region_keep_counted();

-- 6. A correction (an import of a year again with other counts) updates every row of it: with
--    room left in each page the new version stays on the same page and, since no indexed column
--    changes, no index gets a new entry (a HOT update).
ALTER TABLE reported_count SET (fillfactor = 70);
