"""Counterfactual ROI by financial year and stated alternative with pandas: read the contacts
(the library's exclusion rules, in its order: unreadable financial year, not attended, blank
alternative, spreadsheet error), count contacts per year and alternative, value them at the unit
cost of the alternative in that year (case-insensitive; declared zero-cost alternatives at 0;
others unmapped), and divide by the year's programme cost. Usage: python3 roi.py <input folder>"""
import csv
import re
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, __file__.rsplit("/", 2)[0])
import peerio

YES = {"yes", "y", "true", "1", "attended"}
NA_TEXT = {"n/a", "na", "n.a.", "null"}
YEAR = re.compile(r"([0-9]{4})[/-]([0-9]{2}|[0-9]{4})")


def financial_year(text):
    """The year as 'yyyy/yy', or None when the library would refuse it."""
    m = YEAR.fullmatch(text.strip())
    if not m:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    follows = second == (first + 1) % 100 if len(m.group(2)) == 2 else second == first + 1
    return f"{first}/{(first + 1) % 100:02d}" if follows and 1900 <= first <= 2998 else None


start = time.perf_counter()
folder = sys.argv[1]
units, zeros, programme = {}, set(), {}
with open(f"{folder}/costs.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["kind"] == "unit":
            units[(row["alternative"].strip().lower(), row["financial_year"])] = float(row["amount"])
        elif row["kind"] == "zero":
            zeros.add(row["alternative"].strip().lower())
        else:
            programme[row["financial_year"]] = float(row["amount"])
c = pd.read_csv(f"{folder}/contacts.csv", usecols=["financial_year", "attended", "alternative"], dtype=str,
                keep_default_na=False, na_filter=False)
peerio.elapsed("load", start)

# few distinct cells per column: classify each distinct text once, then index by the codes
year_code, year_text = pd.factorize(c["financial_year"])
years = np.array([financial_year(t) for t in year_text], dtype=object)
att_code, att_text = pd.factorize(c["attended"])
attended = np.array([t.strip().lower() in YES for t in att_text])
alt_code, alt_text = pd.factorize(c["alternative"])
alt_clean = np.array([t.strip() for t in alt_text], dtype=object)
alt_blank = np.array([t == "" or t.lower() in NA_TEXT for t in alt_clean])
alt_error = np.array([t.startswith("#") for t in alt_clean]) & ~alt_blank
rules = [("malformed-row", np.zeros(len(c), dtype=bool)),
         ("invalid-date", (years == None)[year_code]),  # noqa: E711 (element-wise)
         # the workload gives financial years, not dates, so no readable date can fall outside the
         # supported years; the rule is listed so that every rule's count is compared
         ("date-out-of-range", np.zeros(len(c), dtype=bool)),
         ("not-attended", ~attended[att_code]),
         ("blank-alternative", alt_blank[alt_code]),
         ("invalid-alternative", alt_error[alt_code])]
excluded = np.zeros(len(c), dtype=bool)
counts = []
for rule, hit in rules:
    first = hit & ~excluded
    counts.append((rule, int(first.sum())))
    excluded |= first
keep = ~excluded
pairs = pd.DataFrame({"year": years[year_code[keep]], "alternative": alt_clean[alt_code[keep]]})
table = pairs.groupby(["year", "alternative"], sort=True).size()
by_year = {}
for (year, alt), n in table.items():
    key = alt.lower()
    if key in zeros:
        value = 0.0
    elif (key, year) in units:
        value = units[(key, year)] * n
    else:
        value = None
    row = by_year.setdefault(year, [0, 0, 0.0])
    row[0] += n
    if value is None:
        row[1] += n
    else:
        row[2] += value
peerio.elapsed("work", start)

peerio.put("rows_read", len(c))
peerio.put("included", int(keep.sum()))
for rule, n in counts:
    peerio.put("excluded." + rule, n)
for year, (contacts, unmapped, avoided) in by_year.items():
    k = f"year.{year}."
    peerio.put(k + "contacts", contacts)
    peerio.put(k + "unmapped_contacts", unmapped)
    peerio.put(k + "avoided_cost", avoided)
    peerio.put(k + "programme_cost", programme[year])
    peerio.put(k + "roi_ratio", avoided / programme[year])
    peerio.put(k + "net_roi", (avoided - programme[year]) / programme[year])
for (year, alt), n in table.items():
    peerio.put(f"alternative.{year}.{alt}.contacts", int(n))
