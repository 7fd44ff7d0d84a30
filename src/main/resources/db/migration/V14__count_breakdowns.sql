-- Counts broken down by dimensions (issue 22): the part of a category's count in a period and
-- region that has a code of one or two dimensions (sex, age group, education, occupation; the
-- code lists of V13), a dimension not named being the total over it.
--
-- Why a table beside reported_count rather than four more columns on it: a count of the whole
-- category stays where every national and regional read, its indexes and the regional sums find
-- it, with the same plans (a year of regencies by sex and education is about a million parts),
-- and none of those statements has to learn to leave the parts out. A part's whole is the
-- reported_count row of the same cell; CountWriter keeps every breakdown at most its whole.
--
-- The rules the database keeps itself: one row per cell (a month total is week 0 in the key), one
-- or two dimensions per row, codes of the dimension's code list, regions of table region. What the
-- writer keeps (under the audit trail's write lock): one granularity per month for each region and
-- breakdown, a region that existed in the period, and parts adding up to at most their whole.
CREATE TABLE count_breakdown (
    id          bigint      NOT NULL PRIMARY KEY DEFAULT nextval('reported_count_seq'),
    category    varchar(32) NOT NULL
        CONSTRAINT count_breakdown_category_check
            CHECK (category IN ('JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING', 'VACANCY')),
    year        integer     NOT NULL CONSTRAINT count_breakdown_year_check CHECK (year BETWEEN 2000 AND 2099),
    month       integer     NOT NULL CONSTRAINT count_breakdown_month_check CHECK (month BETWEEN 1 AND 12),
    week        integer              CONSTRAINT count_breakdown_week_check CHECK (week BETWEEN 1 AND 4),
    region_code varchar(5),
    sex         varchar(12),
    age_group   varchar(12),
    education   varchar(12),
    occupation  varchar(12),
    amount      bigint      NOT NULL CONSTRAINT count_breakdown_amount_check CHECK (amount BETWEEN 0 AND 1000000000000),
    version     integer     NOT NULL DEFAULT 0,
    CONSTRAINT count_breakdown_dimensions_check CHECK (num_nonnulls(sex, age_group, education, occupation) BETWEEN 1 AND 2)
) WITH (fillfactor = 70);

-- One row per cell. It leads with the year and the category: what the writer reads (every part of
-- some months) and what a breakdown reads (the parts of one region's year) both start there.
CREATE UNIQUE INDEX count_breakdown_key ON count_breakdown (year, category, coalesce(region_code, ''), month,
    coalesce(week, 0), coalesce(sex, ''), coalesce(age_group, ''), coalesce(education, ''), coalesce(occupation, ''));

-- Codes and regions are checked once per INSERT statement, as V11 checks regions of counts (a
-- foreign key would look up every row of a million-row load): every distinct code must be in its
-- list and every region in table region. SQLSTATE 23503, like a foreign key's.
CREATE FUNCTION count_breakdown_check_inserted() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    unknown record;
BEGIN
    SELECT k.list_id, k.code INTO unknown
      FROM (SELECT DISTINCT 'SEX' AS list_id, sex AS code FROM new_rows WHERE sex IS NOT NULL
            UNION SELECT DISTINCT 'AGE_GROUP', age_group FROM new_rows WHERE age_group IS NOT NULL
            UNION SELECT DISTINCT 'EDUCATION', education FROM new_rows WHERE education IS NOT NULL
            UNION SELECT DISTINCT 'OCCUPATION', occupation FROM new_rows WHERE occupation IS NOT NULL) AS k
     WHERE NOT EXISTS (SELECT 1 FROM code_list_code AS c WHERE c.list_id = k.list_id AND c.code = k.code)
     ORDER BY 1, 2
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'count_breakdown_code_fk',
            MESSAGE = format('%s is not a code of the code list %s', unknown.code, unknown.list_id);
    END IF;
    SELECT n.region_code AS code INTO unknown
      FROM (SELECT DISTINCT region_code FROM new_rows WHERE region_code IS NOT NULL) AS n
     WHERE NOT EXISTS (SELECT 1 FROM region AS g WHERE g.code = n.region_code)
     ORDER BY 1
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = 'foreign_key_violation',
            CONSTRAINT = 'count_breakdown_region_fk',
            MESSAGE = format('region %s is not in table region', unknown.code);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER count_breakdown_check_inserted
    AFTER INSERT ON count_breakdown
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_breakdown_check_inserted();

-- The service only changes amounts; a row moved to another cell is refused rather than checked.
CREATE FUNCTION count_breakdown_keep_cell() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = 'integrity_constraint_violation',
        CONSTRAINT = 'count_breakdown_cell_fixed',
        MESSAGE = 'a count''s cell does not change; delete the row and insert the other cell';
END
$$;

CREATE TRIGGER count_breakdown_keep_cell
    BEFORE UPDATE OF category, year, month, week, region_code, sex, age_group, education, occupation ON count_breakdown
    FOR EACH ROW EXECUTE FUNCTION count_breakdown_keep_cell();

-- The audit trail records a part like a count, as subject BREAKDOWN with its codes: every
-- statement that replays counts (subject COUNT) leaves the parts out as before, and a part's
-- history is found by its codes.
ALTER TABLE audit_entry
    ADD COLUMN sex        varchar(12),
    ADD COLUMN age_group  varchar(12),
    ADD COLUMN education  varchar(12),
    ADD COLUMN occupation varchar(12);
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_subject_check;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_key_check;
ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_subject_check CHECK (subject IN ('COUNT', 'BREAKDOWN', 'TARGET', 'REALISATION')),
    ADD CONSTRAINT audit_entry_key_check CHECK (
        (subject = 'COUNT' AND category IS NOT NULL AND month IS NOT NULL AND indicator IS NULL AND evidence IS NULL
            AND num_nonnulls(sex, age_group, education, occupation) = 0)
        OR (subject = 'BREAKDOWN' AND category IS NOT NULL AND month IS NOT NULL AND indicator IS NULL AND evidence IS NULL
            AND num_nonnulls(sex, age_group, education, occupation) BETWEEN 1 AND 2)
        OR (subject = 'TARGET' AND indicator IS NOT NULL AND category IS NULL AND month IS NULL AND week IS NULL
            AND evidence IS NULL AND num_nonnulls(sex, age_group, education, occupation) = 0)
        OR (subject = 'REALISATION' AND indicator IS NOT NULL AND category IS NULL AND month IS NULL AND week IS NULL
            AND (new_value IS NULL OR evidence IS NOT NULL) AND num_nonnulls(sex, age_group, education, occupation) = 0));
