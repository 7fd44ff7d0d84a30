-- The registers of the labour exchange as the ministry's IPK standard keeps them (Kepdirjen
-- Binapenta No. KEP.268/PPTK/XII/2012): besides the job seekers and vacancies registered in a
-- period (JOB_SEEKER, VACANCY), what left each register (job seekers placed or removed, vacancies
-- filled or removed) and what remains of it at the end of a month (the stocks). Stored like every
-- count, in reported_count and, by dimension, in count_breakdown. A stock is counted at the end of
-- a month: it has a month total and never weeks, which both tables now refuse (the writer names the
-- line or item first; this is the last guard).
ALTER TABLE reported_count DROP CONSTRAINT reported_count_category_check;
ALTER TABLE reported_count ADD CONSTRAINT reported_count_category_check
    CHECK (category IN ('JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING', 'VACANCY',
                        'JOB_SEEKER_PLACED', 'JOB_SEEKER_REMOVED', 'JOB_SEEKERS_REMAINING',
                        'VACANCY_FILLED', 'VACANCY_REMOVED', 'VACANCIES_REMAINING'));
ALTER TABLE reported_count ADD CONSTRAINT reported_count_stock_month_check
    CHECK (week IS NULL OR category NOT IN ('JOB_SEEKERS_REMAINING', 'VACANCIES_REMAINING'));

ALTER TABLE count_breakdown DROP CONSTRAINT count_breakdown_category_check;
ALTER TABLE count_breakdown ADD CONSTRAINT count_breakdown_category_check
    CHECK (category IN ('JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING', 'VACANCY',
                        'JOB_SEEKER_PLACED', 'JOB_SEEKER_REMOVED', 'JOB_SEEKERS_REMAINING',
                        'VACANCY_FILLED', 'VACANCY_REMOVED', 'VACANCIES_REMAINING'));
ALTER TABLE count_breakdown ADD CONSTRAINT count_breakdown_stock_month_check
    CHECK (week IS NULL OR category NOT IN ('JOB_SEEKERS_REMAINING', 'VACANCIES_REMAINING'));
