-- The code lists of the dimensions a count will be broken down by (issue 22): sex, age group,
-- education and occupation. Each list has its codes in the order tables print them, an
-- Indonesian and an English name, the international code where one exists, a validity for codes
-- that change, and the group it adds up into (rolls_up_to, in the same list): the codes with no
-- group partition the population, so a breakdown by them adds up to the total.
-- Besides a code, its Indonesian and its English name, the spellings below are accepted where a
-- file names a code. They are stored the way CodeList.normalise writes any text before it is
-- looked up: lower case, no whitespace or dots, one kind of dash, no trailing "tahun".
--
-- Sources, list by list:
--   SEX         Indonesian registers (AK/1 card, Dukcapil) write Laki-laki / Perempuan (L / P);
--               international codes of the SDMX cross-domain code list CL_SEX (M, F; _T the total).
--   AGE_GROUP   the five-year groups of BPS's Sakernas labour tables (15-19 ... 55-59, 60+), which
--               add up into the ILO's broad groups 15-24, 25-54 and 55+; international codes of
--               the SDMX code list CL_AGE (Y15T19 ..., Y_GE60).
--   EDUCATION   pendidikan tertinggi yang ditamatkan as Indonesian files write it, adding up into
--               the groups of BPS's labour-force tables (SD ke bawah, SMP, SMA umum, SMA kejuruan,
--               Diploma I/II/III, Universitas); international codes the ISCED 2011 levels
--               (UNESCO): Diploma I-III short-cycle tertiary (5), D4 and S1 bachelor's level (6).
--   OCCUPATION  the major groups (golongan pokok) of BPS's Klasifikasi Baku Jabatan Indonesia
--               (KBJI) 2014, which follows ISCO-08 (ILO): the same ten major groups, 0 to 9.
CREATE TABLE code_list (
    id                   varchar(20) PRIMARY KEY CHECK (id ~ '^[A-Z][A-Z_]*$'),
    position             smallint    NOT NULL UNIQUE,
    name_id              text        NOT NULL,
    name_en              text        NOT NULL,
    description          text        NOT NULL,
    source               text        NOT NULL,
    international_scheme text        NOT NULL
);

CREATE TABLE code_list_code (
    list_id            varchar(20) NOT NULL REFERENCES code_list (id),
    code               varchar(12) NOT NULL CHECK (code ~ '^[0-9A-Z][0-9A-Z_+-]*$'),
    position           smallint    NOT NULL,
    name_id            text        NOT NULL,
    name_en            text        NOT NULL,
    rolls_up_to        varchar(12),
    international_code varchar(12),
    valid_from         date,
    valid_to           date,
    PRIMARY KEY (list_id, code),
    UNIQUE (list_id, position),
    FOREIGN KEY (list_id, rolls_up_to) REFERENCES code_list_code (list_id, code),
    CHECK (rolls_up_to IS DISTINCT FROM code),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from)
);

CREATE TABLE code_list_spelling (
    list_id  varchar(20) NOT NULL,
    spelling text        NOT NULL CHECK (spelling <> '' AND spelling = lower(spelling) AND spelling !~ '[[:space:].]'),
    code     varchar(12) NOT NULL,
    PRIMARY KEY (list_id, spelling),
    FOREIGN KEY (list_id, code) REFERENCES code_list_code (list_id, code)
);

INSERT INTO code_list (id, position, name_id, name_en, description, source, international_scheme) VALUES
('SEX', 1, 'Jenis Kelamin', 'Sex',
 'Sex as registered: L (laki-laki) or P (perempuan).',
 'Kartu AK/1 and Dukcapil records (L/P); SDMX cross-domain code list CL_SEX', 'SDMX CL_SEX'),
('AGE_GROUP', 2, 'Kelompok Umur', 'Age group',
 'Age in completed years: five-year groups from 15-19 to 55-59 and 60+, adding up into 15-24, 25-54 and 55+.',
 'BPS Sakernas five-year age groups; ILO broad age bands; SDMX code list CL_AGE', 'SDMX CL_AGE'),
('EDUCATION', 3, 'Pendidikan Tertinggi yang Ditamatkan', 'Highest level of education completed',
 'The highest level completed, as Indonesian files write it, adding up into the groups of BPS''s labour-force tables.',
 'BPS labour-force tables (pendidikan tertinggi yang ditamatkan); UNESCO ISCED 2011', 'ISCED 2011 level'),
('OCCUPATION', 4, 'Jabatan', 'Occupation',
 'The major group (golongan pokok) of the occupation, for vacancies and placements.',
 'BPS Klasifikasi Baku Jabatan Indonesia (KBJI) 2014, aligned with ILO ISCO-08', 'ISCO-08 major group');

INSERT INTO code_list_code (list_id, code, position, name_id, name_en, rolls_up_to, international_code) VALUES
('SEX', 'L', 1, 'Laki-laki', 'Male', NULL, 'M'),
('SEX', 'P', 2, 'Perempuan', 'Female', NULL, 'F'),

('AGE_GROUP', '15-24', 1, '15-24 tahun', '15-24 years', NULL, 'Y15T24'),
('AGE_GROUP', '25-54', 4, '25-54 tahun', '25-54 years', NULL, 'Y25T54'),
('AGE_GROUP', '55+', 11, '55 tahun ke atas', '55 years and over', NULL, 'Y_GE55'),
('AGE_GROUP', '15-19', 2, '15-19 tahun', '15-19 years', '15-24', 'Y15T19'),
('AGE_GROUP', '20-24', 3, '20-24 tahun', '20-24 years', '15-24', 'Y20T24'),
('AGE_GROUP', '25-29', 5, '25-29 tahun', '25-29 years', '25-54', 'Y25T29'),
('AGE_GROUP', '30-34', 6, '30-34 tahun', '30-34 years', '25-54', 'Y30T34'),
('AGE_GROUP', '35-39', 7, '35-39 tahun', '35-39 years', '25-54', 'Y35T39'),
('AGE_GROUP', '40-44', 8, '40-44 tahun', '40-44 years', '25-54', 'Y40T44'),
('AGE_GROUP', '45-49', 9, '45-49 tahun', '45-49 years', '25-54', 'Y45T49'),
('AGE_GROUP', '50-54', 10, '50-54 tahun', '50-54 years', '25-54', 'Y50T54'),
('AGE_GROUP', '55-59', 12, '55-59 tahun', '55-59 years', '55+', 'Y55T59'),
('AGE_GROUP', '60+', 13, '60 tahun ke atas', '60 years and over', '55+', 'Y_GE60'),

('EDUCATION', 'SD_KEBAWAH', 1, 'SD ke bawah', 'Primary or less', NULL, NULL),
('EDUCATION', 'SMP', 4, 'SMP/sederajat', 'Junior secondary', NULL, '2'),
('EDUCATION', 'SMA', 5, 'SMA/sederajat', 'General senior secondary', NULL, '3'),
('EDUCATION', 'SMK', 6, 'SMK/sederajat', 'Vocational senior secondary', NULL, '3'),
('EDUCATION', 'DIPLOMA', 7, 'Diploma I/II/III', 'Diploma I, II or III', NULL, '5'),
('EDUCATION', 'UNIVERSITAS', 11, 'Universitas', 'University', NULL, NULL),
('EDUCATION', 'TIDAK_SD', 2, 'Tidak/belum tamat SD', 'Primary school not completed', 'SD_KEBAWAH', '0'),
('EDUCATION', 'SD', 3, 'SD/sederajat', 'Primary school', 'SD_KEBAWAH', '1'),
('EDUCATION', 'D1', 8, 'Diploma I', 'Diploma I', 'DIPLOMA', '5'),
('EDUCATION', 'D2', 9, 'Diploma II', 'Diploma II', 'DIPLOMA', '5'),
('EDUCATION', 'D3', 10, 'Diploma III/Akademi', 'Diploma III (academy)', 'DIPLOMA', '5'),
('EDUCATION', 'S1', 12, 'Diploma IV/Sarjana (S1)', 'Diploma IV or bachelor''s degree', 'UNIVERSITAS', '6'),
('EDUCATION', 'S2', 13, 'Magister (S2)', 'Master''s degree', 'UNIVERSITAS', '7'),
('EDUCATION', 'S3', 14, 'Doktor (S3)', 'Doctoral degree', 'UNIVERSITAS', '8'),

('OCCUPATION', '0', 1, 'TNI dan Polri', 'Armed forces occupations', NULL, '0'),
('OCCUPATION', '1', 2, 'Manajer', 'Managers', NULL, '1'),
('OCCUPATION', '2', 3, 'Profesional', 'Professionals', NULL, '2'),
('OCCUPATION', '3', 4, 'Teknisi dan Asisten Profesional', 'Technicians and associate professionals', NULL, '3'),
('OCCUPATION', '4', 5, 'Tenaga Tata Usaha', 'Clerical support workers', NULL, '4'),
('OCCUPATION', '5', 6, 'Tenaga Usaha Jasa dan Tenaga Penjualan', 'Service and sales workers', NULL, '5'),
('OCCUPATION', '6', 7, 'Pekerja Terampil Pertanian, Kehutanan dan Perikanan', 'Skilled agricultural, forestry and fishery workers', NULL, '6'),
('OCCUPATION', '7', 8, 'Pekerja Pengolahan, Kerajinan dan YBDI', 'Craft and related trades workers', NULL, '7'),
('OCCUPATION', '8', 9, 'Operator dan Perakit Mesin', 'Plant and machine operators and assemblers', NULL, '8'),
('OCCUPATION', '9', 10, 'Pekerja Kasar', 'Elementary occupations', NULL, '9');

INSERT INTO code_list_spelling (list_id, spelling, code) VALUES
('SEX', 'laki', 'L'), ('SEX', 'lakilaki', 'L'), ('SEX', 'lk', 'L'), ('SEX', 'pria', 'L'), ('SEX', 'm', 'L'),
('SEX', 'pr', 'P'), ('SEX', 'wanita', 'P'), ('SEX', 'f', 'P'),

('AGE_GROUP', '60keatas', '60+'), ('AGE_GROUP', '>=60', '60+'), ('AGE_GROUP', '≥60', '60+'),
('AGE_GROUP', '55keatas', '55+'), ('AGE_GROUP', '>=55', '55+'), ('AGE_GROUP', '≥55', '55+'),

('EDUCATION', 'tidaktamatsd', 'TIDAK_SD'), ('EDUCATION', 'belumtamatsd', 'TIDAK_SD'),
('EDUCATION', 'tidak/belumtamatsd', 'TIDAK_SD'), ('EDUCATION', 'belum/tidaktamatsd', 'TIDAK_SD'),
('EDUCATION', 'tidaksekolah', 'TIDAK_SD'), ('EDUCATION', 'tidak/belumpernahsekolah', 'TIDAK_SD'),
('EDUCATION', 'sd/mi', 'SD'), ('EDUCATION', 'mi', 'SD'), ('EDUCATION', 'sekolahdasar', 'SD'), ('EDUCATION', 'paketa', 'SD'),
('EDUCATION', 'sltp', 'SMP'), ('EDUCATION', 'smp/sltp', 'SMP'), ('EDUCATION', 'smp/mts', 'SMP'), ('EDUCATION', 'mts', 'SMP'),
('EDUCATION', 'paketb', 'SMP'),
('EDUCATION', 'smu', 'SMA'), ('EDUCATION', 'slta', 'SMA'), ('EDUCATION', 'sma/smu', 'SMA'), ('EDUCATION', 'sma/ma', 'SMA'),
('EDUCATION', 'ma', 'SMA'), ('EDUCATION', 'paketc', 'SMA'), ('EDUCATION', 'smaumum', 'SMA'),
('EDUCATION', 'smk/mak', 'SMK'), ('EDUCATION', 'mak', 'SMK'), ('EDUCATION', 'stm', 'SMK'), ('EDUCATION', 'smea', 'SMK'),
('EDUCATION', 'smakejuruan', 'SMK'), ('EDUCATION', 'sltakejuruan', 'SMK'),
('EDUCATION', 'di', 'D1'), ('EDUCATION', 'diploma1', 'D1'),
('EDUCATION', 'dii', 'D2'), ('EDUCATION', 'diploma2', 'D2'),
('EDUCATION', 'diii', 'D3'), ('EDUCATION', 'diploma3', 'D3'), ('EDUCATION', 'diplomaiii', 'D3'), ('EDUCATION', 'akademi', 'D3'),
('EDUCATION', 'd3/akademi', 'D3'),
('EDUCATION', 'd4', 'S1'), ('EDUCATION', 'div', 'S1'), ('EDUCATION', 'diploma4', 'S1'), ('EDUCATION', 'diplomaiv', 'S1'),
('EDUCATION', 'd4/s1', 'S1'), ('EDUCATION', 's1/d4', 'S1'), ('EDUCATION', 'sarjana', 'S1'), ('EDUCATION', 'sarjanaterapan', 'S1'),
('EDUCATION', 'magister', 'S2'), ('EDUCATION', 'doktor', 'S3'),
('EDUCATION', 'sdkebawah', 'SD_KEBAWAH'), ('EDUCATION', 'diploma', 'DIPLOMA'),

('OCCUPATION', 'tni/polri', '0'), ('OCCUPATION', 'manager', '1'), ('OCCUPATION', 'teknisi', '3'),
('OCCUPATION', 'tatausaha', '4'), ('OCCUPATION', 'operator', '8');
