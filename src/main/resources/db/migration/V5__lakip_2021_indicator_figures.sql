-- The 2021 figures of the five reported indicators, from the LAKIP 2021 of Pusat Pasar Kerja:
-- targets from Table 2.1 (Perjanjian Kinerja 2021), realisations from Table 3.1 with the
-- evidence Chapter III gives for each. (The targets of FACILITATED_WORKERS and SERVICE_USERS
-- came with V2; their realisations are the sums of the counts.)

INSERT INTO yearly_target (id, indicator, year, target) VALUES
    (nextval('yearly_target_seq'), 'DATA_UTILITY_INDEX',      2021, 50),
    (nextval('yearly_target_seq'), 'OPERATIONAL_POC_PERCENT', 2021, 50),
    (nextval('yearly_target_seq'), 'USER_SATISFACTION_INDEX', 2021, 50),
    (nextval('yearly_target_seq'), 'SERVICE_QUALITY_INDEX',   2021, 50),
    (nextval('yearly_target_seq'), 'DATA_BREACH_PERCENT',     2021, 0);

INSERT INTO yearly_realisation (id, indicator, year, realisation, evidence) VALUES
    (nextval('yearly_realisation_seq'), 'DATA_UTILITY_INDEX', 2021, 50,
     'LAKIP 2021 IKK 1: index from KarirHub data, July-October 2021 (50); survey of 400 respondents, Krejcie-Morgan, '
     || '5% sampling error, gave 41, a difference not significant at 5%'),
    (nextval('yearly_realisation_seq'), 'OPERATIONAL_POC_PERCENT', 2021, 50,
     'LAKIP 2021 IKK 2, Table 3.2: 2 operational points of contact (Instagram, TikTok) of 4 '
     || '(Instagram, TikTok, YouTube, Facebook)'),
    (nextval('yearly_realisation_seq'), 'USER_SATISFACTION_INDEX', 2021, 50,
     'LAKIP 2021 IKK 3: user satisfaction survey, 210 respondents in 74 regencies/cities, online and on site'),
    (nextval('yearly_realisation_seq'), 'SERVICE_QUALITY_INDEX', 2021, 50,
     'LAKIP 2021 IKK 4: service quality survey, 210 respondents in 74 regencies/cities'),
    (nextval('yearly_realisation_seq'), 'DATA_BREACH_PERCENT', 2021, 0,
     'LAKIP 2021: no data-breach report up to 31 December 2021 (0 reports); risk-management SOP with Pusdatik');

-- Their initial load in the audit trail, as V3 did for the counts and the first two targets.
INSERT INTO audit_entry (changed_at, actor, channel, subject, indicator, year, old_value, new_value)
SELECT now(), 'LAKIP 2021 migration', 'initial-load', 'TARGET', indicator, year, NULL, target
  FROM yearly_target
 WHERE year = 2021 AND indicator NOT IN ('FACILITATED_WORKERS', 'SERVICE_USERS')
 ORDER BY id;

INSERT INTO audit_entry (changed_at, actor, channel, subject, indicator, year, old_value, new_value, evidence)
SELECT now(), 'LAKIP 2021 migration', 'initial-load', 'REALISATION', indicator, year, NULL, realisation, evidence
  FROM yearly_realisation
 WHERE year = 2021
 ORDER BY id;
