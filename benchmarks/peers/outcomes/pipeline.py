"""Outcome pipeline with pandas, numpy and statsmodels: load, clean (the library's rules, in its
order), oriented change, value for money and OLS with classical, HC1 and HC3 standard errors.
Usage: python3 pipeline.py <input folder>"""
import itertools
import re
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.regression.linear_model import OLS

sys.path.insert(0, __file__.rsplit("/", 2)[0])
import peerio

start = time.perf_counter()
folder = sys.argv[1]
cfg = peerio.settings(folder)
NA_NUMBER = {"n/a", "na", "n.a.", "null", "none", "-", "nan"}
NA_TEXT = {"n/a", "na", "n.a.", "null"}
# every upper/lower-case spelling of the markers, so that a hash look-up replaces lower-casing a million ids
NA_TEXT_ANY_CASE = ["".join(p) for m in NA_TEXT for p in itertools.product(*({c.lower(), c.upper()} for c in m))]
SDQ_MIN, SDQ_MAX = 0, 40

d = pd.read_csv(f"{folder}/participants.csv", dtype=str, keep_default_na=False, na_filter=False,
                usecols=["participant_id", "gender", "pathway", "sdq_initial", "sdq_final", "sessions_attended"])
peerio.elapsed("load", start)
analysis = time.perf_counter()


PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d+)?|\.\d+)")


def classify_number(cell):
    """(value, missing, invalid) of one distinct cell, by the library's rules for a numeric cell."""
    t = cell.strip()
    if t == "" or t.lower() in NA_NUMBER:
        return np.nan, True, False
    if PLAIN_NUMBER.fullmatch(t):
        return float(t), False, False
    return np.nan, False, True


def number(column):
    # few distinct cells: classify each distinct text once, then index by the codes
    codes, distinct = pd.factorize(d[column])
    value, missing, invalid = (np.array(x) for x in zip(*(classify_number(c) for c in distinct)))
    return value[codes], missing[codes], invalid[codes]


def category(column):
    codes, distinct = pd.factorize(d[column])
    stripped = [c.strip() for c in distinct]
    level = np.array(["(missing)" if t == "" or t.lower() in NA_TEXT else t for t in stripped], dtype=object)
    error = np.array([t.startswith("#") for t in stripped])
    return pd.Series(level[codes]), error[codes]


ids = d["participant_id"].str.strip()
id_issue = ((ids == "") | ids.isin(NA_TEXT_ANY_CASE) | ids.str.startswith("#")).to_numpy()
id_error = ids.str.startswith("#").to_numpy()
base, base_missing, base_invalid = number("sdq_initial")
follow, follow_missing, follow_invalid = number("sdq_final")
sess, sess_missing, sess_invalid = number("sessions_attended")
sess_fraction = ~sess_missing & ~sess_invalid & ((sess != np.rint(sess)) | (sess < 0))
sess_issue = sess_missing | sess_invalid | sess_fraction
gender, gender_error = category("gender")
pathway, pathway_error = category("pathway")
invalid_cell = id_error | base_invalid | follow_invalid | sess_invalid | sess_fraction | gender_error | pathway_error
with np.errstate(invalid="ignore"):
    out_of_range = ~((base >= SDQ_MIN) & (base <= SDQ_MAX)) | ~((follow >= SDQ_MIN) & (follow <= SDQ_MAX))
duplicate = (ids.duplicated() & (ids != "")).to_numpy()
rules = [("malformed-row", np.zeros(len(d), dtype=bool)),
         ("never-attended", ~sess_issue & (sess == 0)),
         ("missing-baseline", base_missing),
         ("missing-follow-up", follow_missing),
         ("invalid-cell", invalid_cell | id_issue | sess_issue),
         ("out-of-range", out_of_range),
         ("duplicate-participant", duplicate)]
excluded = np.zeros(len(d), dtype=bool)
counts = []
for rule, hit in rules:
    first = hit & ~excluded
    counts.append((rule, int(first.sum())))
    excluded |= first
keep = ~excluded
n = int(keep.sum())
b, f, s = base[keep], follow[keep], sess[keep]
improvement = b - f
raw = f - b
level = 0.95
t975 = stats.t.ppf(1 - (1 - level) / 2, n - 1)
z975 = stats.norm.ppf(1 - (1 - level) / 2)


def mean_t(values):
    m = values.mean()
    se = np.sqrt(((values - m) ** 2).sum() / (n - 1) / n)
    return m, m - t975 * se, m + t975 * se


def wilson(k):
    p = k / n
    z2 = z975 * z975
    centre = (p + z2 / (2.0 * n)) / (1 + z2 / n)
    half = z975 * np.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n)
    return p, max(0, centre - half), min(1, centre + half)


programme = float(cfg["programme_cost"])
per_session = programme / int(s.sum())
cost = per_session * s
sum_imp, sum_cost = improvement.sum(), cost.sum()
unweighted = mean_t(improvement / cost)
r = sum_imp / sum_cost
se_r = np.sqrt(((improvement - r * cost) ** 2).sum() / (n * (n - 1.0))) / (sum_cost / n)
weighted = (r, r - t975 * se_r, r + t975 * se_r)

design = {"(Intercept)": np.ones(n), "baseline": b, "sessions": s}
for column, levels, ref in (("gender", gender[keep], cfg["reference_gender"]),
                            ("pathway", pathway[keep], cfg["reference_pathway"])):
    for lev in sorted(set(levels.unique()) - {ref}):
        design[f"{column}[{lev}]"] = (levels == lev).to_numpy().astype(float)
X = np.column_stack(list(design.values()))
fit = OLS(raw, X).fit()
hc1, hc3 = fit.HC1_se, fit.HC3_se
peerio.elapsed("analysis", analysis)
peerio.elapsed("work", start)

peerio.put("rows_read", len(d))
peerio.put("included", n)
for rule, c in counts:
    peerio.put("excluded." + rule, c)


def figure(key, v):
    peerio.put(key, v[0])
    peerio.put(key + ".lower", v[1])
    peerio.put(key + ".upper", v[2])


figure("change.mean_improvement", mean_t(improvement))
figure("change.mean_raw_change", mean_t(raw))
improved, deteriorated = int((improvement > 0).sum()), int((improvement < 0).sum())
peerio.put("change.improved", improved)
peerio.put("change.unchanged", n - improved - deteriorated)
peerio.put("change.deteriorated", deteriorated)
figure("change.proportion_improved", wilson(improved))
peerio.put("vfm.total_improvement", sum_imp)
peerio.put("vfm.allocated_cost", sum_cost)
peerio.put("vfm.cost_per_session", per_session)
figure("vfm.unweighted_mean_vfm", unweighted)
figure("vfm.weighted_vfm", weighted)
figure("vfm.cost_per_point", (sum_cost / sum_imp, 1 / weighted[2], 1 / weighted[1]))
peerio.put("ols.n", n)
peerio.put("ols.sigma", np.sqrt(fit.ssr / fit.df_resid))
peerio.put("ols.r_squared", fit.rsquared)
for j, term in enumerate(design):
    peerio.put(f"ols.{term}.estimate", fit.params[j])
    peerio.put(f"ols.{term}.se", fit.bse[j])
    peerio.put(f"ols.{term}.se_hc1", hc1[j])
    peerio.put(f"ols.{term}.se_hc3", hc3[j])
