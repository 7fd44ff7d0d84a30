-- The one-granularity rule of V10 (a category's month holds week counts or a month total,
-- nationally and in every region alike), checked once per INSERT statement instead of once per
-- row. An import of a regional year inserts ~98,700 rows in one statement (CountWriter); the
-- per-row trigger cost a lock and a lookup per row, most of that import's time. The rule and its
-- error are unchanged: SQLSTATE 23P01 (exclusion_violation), constraint
-- reported_count_one_granularity, message "JOB_SEEKER 2021-03 already holds week 1, week 2".
--
-- The advisory locks still serialise writers of the same month, taken in one order (category,
-- year, month) so that two statements cannot deadlock; the check runs after the statement's rows
-- are in, and each statement inside a plpgsql function sees rows committed before it ran.
CREATE FUNCTION reported_count_one_granularity_per_statement() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    conflict record;
    in_the_way text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('reported_count:' || m.category), m.year * 100 + m.month)
       FROM (SELECT DISTINCT category, year, month FROM new_rows ORDER BY category, year, month) AS m;
    -- one row per month and kind inserted, then one index probe each (reported_count_granularity_idx)
    SELECT k.category, k.year, k.month, k.total INTO conflict
      FROM (SELECT DISTINCT category, year, month, week IS NULL AS total FROM new_rows) AS k
     WHERE EXISTS (SELECT 1 FROM reported_count AS r
                    WHERE r.category = k.category AND r.year = k.year AND r.month = k.month
                      AND (r.week IS NULL) = (NOT k.total))
     ORDER BY k.category, k.year, k.month, k.total
     LIMIT 1;
    IF FOUND THEN
        SELECT string_agg(DISTINCT CASE WHEN week IS NULL THEN 'month total' ELSE 'week ' || week END, ', ')
          INTO in_the_way
          FROM reported_count
         WHERE category = conflict.category AND year = conflict.year AND month = conflict.month
           AND (week IS NULL) = (NOT conflict.total);
        RAISE EXCEPTION USING
            ERRCODE = 'exclusion_violation',
            CONSTRAINT = 'reported_count_one_granularity',
            MESSAGE = format('%s %s-%s already holds %s', conflict.category, conflict.year,
                             lpad(conflict.month::text, 2, '0'), in_the_way);
    END IF;
    RETURN NULL;
END
$$;

-- Updates that move a row to another period or region (none of the service's writes do; they
-- change amounts) keep the per-row check of V10.
DROP TRIGGER reported_count_one_granularity ON reported_count;
CREATE TRIGGER reported_count_one_granularity
    BEFORE UPDATE OF category, year, month, week, region_code ON reported_count
    FOR EACH ROW EXECUTE FUNCTION reported_count_one_granularity();
CREATE TRIGGER reported_count_one_granularity_on_insert
    AFTER INSERT ON reported_count
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reported_count_one_granularity_per_statement();
