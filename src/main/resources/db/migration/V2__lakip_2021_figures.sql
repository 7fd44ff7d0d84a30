-- The official 2021 KarirHub figures from the LAKIP 2021 of Pusat Pasar Kerja (Kemnaker).
-- Table 3.3: active job seekers per reporting week (Minggu I-IV).
-- Table 3.4: monthly employers, PBK and Pra Kerja training participants; '-' (not reported) has no row.
-- Table 2.1: the 2021 targets of IKK 5 (2.000.000 orang) and IKK 6 (2.200.000 pengguna).

INSERT INTO reported_count (id, category, year, month, week, amount) VALUES
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  1, 1,    3770),  -- Januari Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  1, 2,    3142),  -- Januari Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  1, 3,    1985),  -- Januari Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  1, 4,    2237),  -- Januari Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  2, 1,    1354),  -- Februari Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  2, 2,    1558),  -- Februari Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  2, 3,    1993),  -- Februari Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  2, 4,    2327),  -- Februari Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  3, 1,    4200),  -- Maret Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  3, 2,    2731),  -- Maret Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  3, 3,    3636),  -- Maret Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  3, 4,    5279),  -- Maret Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  4, 1,    2272),  -- April Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  4, 2,    2697),  -- April Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  4, 3,    3973),  -- April Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  4, 4,    9006),  -- April Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  5, 1,    6702),  -- Mei Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  5, 2,    3072),  -- Mei Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  5, 3,   14723),  -- Mei Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  5, 4,   24559),  -- Mei Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  6, 1,   19547),  -- Juni Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  6, 2,   22906),  -- Juni Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  6, 3,   17865),  -- Juni Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  6, 4,   19554),  -- Juni Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  7, 1,   10878),  -- Juli Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  7, 2,    7451),  -- Juli Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  7, 3,    6096),  -- Juli Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  7, 4,   12891),  -- Juli Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  8, 1,    9877),  -- Agustus Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  8, 2,    8523),  -- Agustus Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  8, 3,   21909),  -- Agustus Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  8, 4,   39691),  -- Agustus Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  9, 1,   33276),  -- September Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  9, 2,   45908),  -- September Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  9, 3,   30414),  -- September Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021,  9, 4,   49482),  -- September Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 10, 1,   53033),  -- Oktober Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 10, 2,  127941),  -- Oktober Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 10, 3,  215280),  -- Oktober Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 10, 4,   30005),  -- Oktober Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 11, 1,   40779),  -- November Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 11, 2,   11992),  -- November Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 11, 3,   24125),  -- November Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 11, 4,   30837),  -- November Minggu IV
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 12, 1,   10572),  -- Desember Minggu I
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 12, 2,   15845),  -- Desember Minggu II
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 12, 3,    9508),  -- Desember Minggu III
    (nextval('reported_count_seq'), 'JOB_SEEKER', 2021, 12, 4,   13345),  -- Desember Minggu IV
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  1, NULL,    1182),  -- Januari
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  2, NULL,    1361),  -- Februari
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  3, NULL,    1473),  -- Maret
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  4, NULL,    1462),  -- April
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  5, NULL,     736),  -- Mei
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  6, NULL,    1364),  -- Juni
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  7, NULL,     889),  -- Juli
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  8, NULL,    1215),  -- Agustus
    (nextval('reported_count_seq'), 'EMPLOYER', 2021,  9, NULL,    1790),  -- September
    (nextval('reported_count_seq'), 'EMPLOYER', 2021, 10, NULL,    1471),  -- Oktober
    (nextval('reported_count_seq'), 'EMPLOYER', 2021, 11, NULL,    1454),  -- November
    (nextval('reported_count_seq'), 'EMPLOYER', 2021, 12, NULL,    1070),  -- Desember
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  1, NULL,    6644),  -- Januari
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  2, NULL,    9169),  -- Februari
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  3, NULL,  120644),  -- Maret
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  4, NULL,   28954),  -- April
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  5, NULL,   15601),  -- Mei
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  6, NULL,   32449),  -- Juni
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  7, NULL,   14337),  -- Juli
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  8, NULL,   21705),  -- Agustus
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021,  9, NULL,   56112),  -- September
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021, 10, NULL,    9754),  -- Oktober
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021, 11, NULL,   11780),  -- November
    (nextval('reported_count_seq'), 'PBK_TRAINING', 2021, 12, NULL,     546),  -- Desember
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  3, NULL,  106978),  -- Maret
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  4, NULL,   19285),  -- April
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  5, NULL,    2953),  -- Mei
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  6, NULL,   17035),  -- Juni
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  7, NULL,    4053),  -- Juli
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  8, NULL,   13211),  -- Agustus
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021,  9, NULL,   48699),  -- September
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021, 10, NULL,    3465),  -- Oktober
    (nextval('reported_count_seq'), 'PRAKERJA_TRAINING', 2021, 11, NULL,    3370);  -- November

INSERT INTO yearly_target (id, indicator, year, target) VALUES
    (nextval('yearly_target_seq'), 'FACILITATED_WORKERS', 2021, 2000000),
    (nextval('yearly_target_seq'), 'SERVICE_USERS',       2021, 2200000);
