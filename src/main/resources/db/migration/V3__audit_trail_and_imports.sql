-- Corrections and their history: every change to a count or a target is recorded, in the
-- same transaction, with who made it, when and through what.

-- Bumped on every change of a count; with the id it makes the count's strong ETag.
ALTER TABLE reported_count ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE yearly_target ADD COLUMN version integer NOT NULL DEFAULT 0;

-- One CSV import; its id names the channel of the audit entries it caused.
CREATE TABLE count_import (
    id          uuid         NOT NULL PRIMARY KEY,
    imported_at timestamptz  NOT NULL,
    actor       varchar(200) NOT NULL,
    file_name   varchar(255),
    created     integer      NOT NULL CHECK (created >= 0),
    updated     integer      NOT NULL CHECK (updated >= 0),
    unchanged   integer      NOT NULL CHECK (unchanged >= 0),
    skipped     integer      NOT NULL CHECK (skipped >= 0)
);

CREATE TABLE audit_entry (
    -- Writers take one transaction-level advisory lock before they write (AuditTrail), so
    -- ids grow in commit order and "everything after id N" is a complete feed.
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at timestamptz  NOT NULL,
    actor      varchar(200) NOT NULL,
    -- api, batch, import:<uuid>, or initial-load for the figures the migrations loaded
    channel    varchar(64)  NOT NULL,
    subject    varchar(8)   NOT NULL CONSTRAINT audit_entry_subject_check CHECK (subject IN ('COUNT', 'TARGET')),
    category   varchar(32),
    indicator  varchar(32),
    year       integer      NOT NULL,
    month      integer,
    week       integer,
    old_value  bigint,
    new_value  bigint,
    CONSTRAINT audit_entry_key_check CHECK (
        (subject = 'COUNT' AND category IS NOT NULL AND month IS NOT NULL AND indicator IS NULL)
        OR (subject = 'TARGET' AND indicator IS NOT NULL AND category IS NULL AND month IS NULL AND week IS NULL)),
    CONSTRAINT audit_entry_change_check CHECK (old_value IS DISTINCT FROM new_value)
);

CREATE INDEX audit_entry_changed_at ON audit_entry (changed_at, id);
CREATE INDEX audit_entry_count_key ON audit_entry (category, year, month, week) WHERE subject = 'COUNT';

-- The rows the earlier migrations loaded are the initial load of the trail.
INSERT INTO audit_entry (changed_at, actor, channel, subject, category, year, month, week, old_value, new_value)
SELECT now(), 'LAKIP 2021 migration', 'initial-load', 'COUNT', category, year, month, week, NULL, amount
  FROM reported_count
 ORDER BY year, month, category, week NULLS FIRST;

INSERT INTO audit_entry (changed_at, actor, channel, subject, indicator, year, old_value, new_value)
SELECT now(), 'LAKIP 2021 migration', 'initial-load', 'TARGET', indicator, year, NULL, target
  FROM yearly_target
 ORDER BY year, indicator;
