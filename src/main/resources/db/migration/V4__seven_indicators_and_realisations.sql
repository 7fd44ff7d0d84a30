-- The seven performance indicators (IKK) of the Renstra 2020-2024: targets of all of them, the
-- realisations of the five the planning team reports, and an audit trail that holds decimals.
-- Values are exact decimals: at most 4 decimals, below 10^15 (so whole ones fit a bigint),
-- whole numbers for persons, users and reports, at most 100 for a percentage.

-- Targets: all seven codes, decimal values.
ALTER TABLE yearly_target DROP CONSTRAINT yearly_target_indicator_check;
ALTER TABLE yearly_target DROP CONSTRAINT yearly_target_target_check;
ALTER TABLE yearly_target ALTER COLUMN target TYPE numeric USING target::numeric;
ALTER TABLE yearly_target
    ADD CONSTRAINT yearly_target_indicator_check CHECK (indicator IN ('DATA_UTILITY_INDEX', 'OPERATIONAL_POC_PERCENT',
        'USER_SATISFACTION_INDEX', 'SERVICE_QUALITY_INDEX', 'FACILITATED_WORKERS', 'SERVICE_USERS', 'DATA_BREACH_PERCENT')),
    ADD CONSTRAINT yearly_target_target_check CHECK (target >= 0 AND target < 1e15 AND target = round(target, 4)),
    ADD CONSTRAINT yearly_target_whole_check
        CHECK (indicator NOT IN ('FACILITATED_WORKERS', 'SERVICE_USERS', 'DATA_BREACH_PERCENT') OR target = trunc(target)),
    ADD CONSTRAINT yearly_target_percent_check CHECK (indicator <> 'OPERATIONAL_POC_PERCENT' OR target <= 100);

-- Realisations of the reported indicators, one per indicator and year, each with the evidence
-- it rests on. The two computed indicators have none: their realisation is the sum of the counts.
CREATE TABLE yearly_realisation (
    id          bigint        NOT NULL PRIMARY KEY,
    indicator   varchar(32)   NOT NULL
        CONSTRAINT yearly_realisation_indicator_check CHECK (indicator IN ('DATA_UTILITY_INDEX', 'OPERATIONAL_POC_PERCENT',
            'USER_SATISFACTION_INDEX', 'SERVICE_QUALITY_INDEX', 'DATA_BREACH_PERCENT')),
    year        integer       NOT NULL CONSTRAINT yearly_realisation_year_check CHECK (year BETWEEN 2000 AND 2099),
    realisation numeric       NOT NULL
        CONSTRAINT yearly_realisation_value_check
            CHECK (realisation >= 0 AND realisation < 1e15 AND realisation = round(realisation, 4)),
    -- e.g. "survey of 400 respondents, Krejcie-Morgan, 5% error"
    evidence    varchar(2000) NOT NULL CONSTRAINT yearly_realisation_evidence_check CHECK (btrim(evidence) <> ''),
    version     integer       NOT NULL DEFAULT 0,
    CONSTRAINT yearly_realisation_key UNIQUE (indicator, year),
    CONSTRAINT yearly_realisation_whole_check CHECK (indicator <> 'DATA_BREACH_PERCENT' OR realisation = trunc(realisation)),
    CONSTRAINT yearly_realisation_percent_check CHECK (indicator <> 'OPERATIONAL_POC_PERCENT' OR realisation <= 100)
);

-- Hibernate allocates ids from this sequence 50 at a time (pooled optimizer).
CREATE SEQUENCE yearly_realisation_seq INCREMENT BY 50;

-- The audit trail: decimal values, a third subject, and the evidence of a realisation. A change of
-- the evidence alone is recorded too, with the same old and new value.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_subject_check;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_key_check;
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_change_check;
ALTER TABLE audit_entry
    ALTER COLUMN subject TYPE varchar(16),
    ALTER COLUMN old_value TYPE numeric USING old_value::numeric,
    ALTER COLUMN new_value TYPE numeric USING new_value::numeric,
    ADD COLUMN evidence varchar(2000);
ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_subject_check CHECK (subject IN ('COUNT', 'TARGET', 'REALISATION')),
    ADD CONSTRAINT audit_entry_key_check CHECK (
        (subject = 'COUNT' AND category IS NOT NULL AND month IS NOT NULL AND indicator IS NULL AND evidence IS NULL)
        OR (subject = 'TARGET' AND indicator IS NOT NULL AND category IS NULL AND month IS NULL AND week IS NULL
            AND evidence IS NULL)
        OR (subject = 'REALISATION' AND indicator IS NOT NULL AND category IS NULL AND month IS NULL AND week IS NULL
            AND (new_value IS NULL OR evidence IS NOT NULL))),
    ADD CONSTRAINT audit_entry_change_check CHECK (
        old_value IS DISTINCT FROM new_value OR (subject = 'REALISATION' AND new_value IS NOT NULL));

CREATE INDEX audit_entry_indicator_key ON audit_entry (indicator, year) WHERE indicator IS NOT NULL;
