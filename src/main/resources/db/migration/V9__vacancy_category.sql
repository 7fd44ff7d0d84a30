-- Job vacancies (Lowongan Kerja), the demand side, become a fifth category of counts. They are
-- stored like the others (weeks or a month total, the same trigger and unique keys); they are no
-- service users, which is the code's business (IKK 6 lists its four categories itself).
ALTER TABLE reported_count DROP CONSTRAINT reported_count_category_check;
ALTER TABLE reported_count ADD CONSTRAINT reported_count_category_check
    CHECK (category IN ('JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING', 'VACANCY'));
