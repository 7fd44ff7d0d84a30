#!/usr/bin/env python3
"""Writes a realistic regional year as an import CSV: every regency of REGIONS_JSON (the answer of
GET /api/v1/regions?level=regency) x the four service-user categories x 12 months x 4 weeks, each
count a deterministic number below 1,000 (so that every regency stays below its national week).
SHIFT changes every count, for a correction of a year already imported.

Usage: regional_year.py REGIONS_JSON YEAR OUT_CSV [SHIFT]"""
import json
import sys

if len(sys.argv) not in (4, 5):
    sys.exit(__doc__)
regions, year, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
shift = int(sys.argv[4]) if len(sys.argv) == 5 else 0
codes = [r["code"].replace(".", "") for r in json.load(open(regions))]
with open(target, "w") as out:
    out.write("kategori,tahun,bulan,minggu,Kode Wilayah,jumlah\n")
    for category in ("JOB_SEEKER", "EMPLOYER", "PBK_TRAINING", "PRAKERJA_TRAINING"):
        for month in range(1, 13):
            for week in range(1, 5):
                for i, code in enumerate(codes):
                    out.write("%s,%d,%d,%d,%s,%d\n" % (category, year, month, week, code,
                                                      (year * 7 + month * 13 + week * 17 + i * 31 + shift) % 1000))
