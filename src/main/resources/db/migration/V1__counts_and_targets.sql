-- Counts reported by KarirHub, and yearly targets per indicator.
-- The database protects these rules itself, whatever client writes to it.

CREATE TABLE reported_count (
    id       bigint      NOT NULL PRIMARY KEY,
    category varchar(32) NOT NULL
        CONSTRAINT reported_count_category_check
            CHECK (category IN ('JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING')),
    year     integer     NOT NULL CONSTRAINT reported_count_year_check CHECK (year BETWEEN 2000 AND 2099),
    month    integer     NOT NULL CONSTRAINT reported_count_month_check CHECK (month BETWEEN 1 AND 12),
    -- reporting week of the month (Minggu I-IV); NULL when the source gives only a month total
    week     integer              CONSTRAINT reported_count_week_check CHECK (week BETWEEN 1 AND 4),
    amount   bigint      NOT NULL CONSTRAINT reported_count_amount_check CHECK (amount >= 0)
);

-- Hibernate allocates ids from this sequence 50 at a time (pooled optimizer).
CREATE SEQUENCE reported_count_seq INCREMENT BY 50;

-- One row per reporting week, and one month-total row per month.
CREATE UNIQUE INDEX reported_count_week_key
    ON reported_count (category, year, month, week) WHERE week IS NOT NULL;
CREATE UNIQUE INDEX reported_count_month_key
    ON reported_count (category, year, month) WHERE week IS NULL;

-- A (category, year, month) holds week counts or one month total, never both. The advisory lock
-- serialises writers of the same month, so two concurrent transactions cannot each add the
-- other kind; each statement inside a plpgsql function sees rows committed before it ran.
CREATE FUNCTION reported_count_one_granularity() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    in_the_way text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('reported_count:' || NEW.category), NEW.year * 100 + NEW.month);
    SELECT string_agg(CASE WHEN week IS NULL THEN 'month total' ELSE 'week ' || week END, ', ' ORDER BY week)
      INTO in_the_way
      FROM reported_count
     WHERE category = NEW.category AND year = NEW.year AND month = NEW.month
       AND id <> NEW.id
       AND (week IS NULL) <> (NEW.week IS NULL);
    IF in_the_way IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'exclusion_violation',
            CONSTRAINT = 'reported_count_one_granularity',
            MESSAGE = format('%s %s-%s already holds %s', NEW.category, NEW.year, lpad(NEW.month::text, 2, '0'), in_the_way);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER reported_count_one_granularity
    BEFORE INSERT OR UPDATE OF category, year, month, week ON reported_count
    FOR EACH ROW EXECUTE FUNCTION reported_count_one_granularity();

CREATE TABLE yearly_target (
    id        bigint      NOT NULL PRIMARY KEY,
    indicator varchar(32) NOT NULL
        CONSTRAINT yearly_target_indicator_check CHECK (indicator IN ('FACILITATED_WORKERS', 'SERVICE_USERS')),
    year      integer     NOT NULL CONSTRAINT yearly_target_year_check CHECK (year BETWEEN 2000 AND 2099),
    target    bigint      NOT NULL CONSTRAINT yearly_target_target_check CHECK (target >= 0),
    CONSTRAINT yearly_target_key UNIQUE (indicator, year)
);

CREATE SEQUENCE yearly_target_seq INCREMENT BY 50;
