-- What the regions below a parent add up to, part by part (issue 22): regional_sum (V10) for the
-- parts of table count_breakdown. A national or provincial breakdown took its parts from every
-- region's parts, added up as it was read; with a year of regencies by sex and education loaded
-- (about 11,000 parts a month and category), the nation's breakdown of a month answered in 352 ms
-- at p99. The writer now keeps the sums of the months it writes, in the same transaction, as it
-- keeps regional_sum, and a current read picks up its members' sums from here.
--
-- The rows are those of regional_sum, per part: parent_code NULL is the nation (its children the
-- provinces), a province code has its regencies; a child's part is its stored part, or for a
-- province that stored no such part in the period, its regencies' sum. One row per reporting week
-- and one per month (week NULL); reporting, expected, partial and month_totals as in regional_sum.
--
-- Only the current sums are kept (no versions): a breakdown as of a moment adds its regions' parts
-- up from the audit trail, as it did before (PartRepository).
CREATE TABLE part_sum (
    parent_code  varchar(5) CONSTRAINT part_sum_parent_fk REFERENCES region (code),
    category     varchar(32) NOT NULL,
    year         integer     NOT NULL,
    month        integer     NOT NULL,
    week         integer,
    sex          varchar(12),
    age_group    varchar(12),
    education    varchar(12),
    occupation   varchar(12),
    amount       bigint      NOT NULL CHECK (amount >= 0),
    reporting    integer     NOT NULL CHECK (reporting > 0),
    expected     integer     NOT NULL CHECK (expected >= 0),
    partial      integer     NOT NULL CHECK (partial >= 0),
    month_totals integer     NOT NULL DEFAULT 0 CHECK (month_totals >= 0),
    CONSTRAINT part_sum_dimensions_check CHECK (num_nonnulls(sex, age_group, education, occupation) BETWEEN 1 AND 2)
);

-- One row per parent and cell. It leads with the months, as both users ask: the writer replaces the
-- sums of some months (every parent), a read takes some parents' sums of some months.
CREATE UNIQUE INDEX part_sum_key ON part_sum (year, category, month, coalesce(parent_code, ''), coalesce(week, 0),
    coalesce(sex, ''), coalesce(age_group, ''), coalesce(education, ''), coalesce(occupation, ''));
