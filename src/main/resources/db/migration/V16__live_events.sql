-- Live figures from KarirHub's events (issue 23). An event says that something the statistics
-- count happened (a job seeker registered, a vacancy posted with its openings); it is counted in
-- the reporting week of its moment in Jakarta time and stays a live, provisional figure beside the
-- reported counts: nothing here changes reported_count, regional_sum or the audit trail.
--
-- live_event keeps every event counted, once: its id is the key, so an event delivered twice, by
-- the broker and by HTTP, or by two instances at once, is counted by the first transaction that
-- inserts it (INSERT ... ON CONFLICT DO NOTHING waits for a concurrent insert of the same id and
-- then skips). It holds no personal data: the event contract has no field for any (an event with
-- another field is refused before it gets here), and the columns are codes and numbers.
CREATE TABLE live_event (
    event_id    varchar(100) NOT NULL PRIMARY KEY,
    type        varchar(32)  NOT NULL
        CONSTRAINT live_event_type_check
            CHECK (type IN ('JOB_SEEKER_REGISTERED', 'JOB_SEEKER_PLACED', 'JOB_SEEKER_REMOVED', 'EMPLOYER_REGISTERED',
                            'VACANCY_POSTED', 'VACANCY_FILLED', 'VACANCY_REMOVED', 'TRAINING_ENROLLED')),
    occurred_at timestamptz  NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    channel     varchar(8)   NOT NULL CONSTRAINT live_event_channel_check CHECK (channel IN ('amqp', 'http')),
    -- what it counts in: the category, and the reporting week of occurred_at in Asia/Jakarta
    category    varchar(32)  NOT NULL
        CONSTRAINT live_event_category_check
            CHECK (category IN ('JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING', 'VACANCY',
                                'JOB_SEEKER_PLACED', 'JOB_SEEKER_REMOVED', 'VACANCY_FILLED', 'VACANCY_REMOVED')),
    year        integer      NOT NULL CONSTRAINT live_event_year_check CHECK (year BETWEEN 2000 AND 2099),
    month       integer      NOT NULL CONSTRAINT live_event_month_check CHECK (month BETWEEN 1 AND 12),
    week        integer      NOT NULL CONSTRAINT live_event_week_check CHECK (week BETWEEN 1 AND 4),
    region_code varchar(5),
    sex         varchar(12),
    age_group   varchar(12),
    education   varchar(12),
    occupation  varchar(12),
    amount      integer      NOT NULL CONSTRAINT live_event_amount_check CHECK (amount BETWEEN 1 AND 10000)
);

-- What a breakdown of live figures and the reconciliation read: the events of a category's year.
CREATE INDEX live_event_cell ON live_event (year, category, month, week);

-- The live count of each week, category and region an event named (region null: the events that
-- named none), kept in the transaction that inserts the events: what reads of live figures add up
-- (a province is its own row and those of its regencies). One row per cell; amount only grows.
CREATE TABLE live_count (
    category    varchar(32) NOT NULL,
    year        integer     NOT NULL,
    month       integer     NOT NULL,
    week        integer     NOT NULL,
    region_code varchar(5)  CONSTRAINT live_count_region_fk REFERENCES region (code),
    amount      bigint      NOT NULL CONSTRAINT live_count_amount_check CHECK (amount >= 0),
    CONSTRAINT live_count_week_check CHECK (week BETWEEN 1 AND 4 AND month BETWEEN 1 AND 12 AND year BETWEEN 2000 AND 2099)
);

CREATE UNIQUE INDEX live_count_key ON live_count (year, category, coalesce(region_code, ''), month, week);

-- How far the live counts of each year have moved: raised by every commit that counts events in the
-- year. Instances read it after each notification on karirhub_live (and with every check of the data
-- version) and cache answers that show live figures under it, so that an event makes them render
-- again, and years without events keep their cached answers.
CREATE TABLE live_year (
    year    integer NOT NULL PRIMARY KEY,
    version bigint  NOT NULL
);
