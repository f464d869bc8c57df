"""PSA of the crisis-service appraisal with numpy: draw each of the twenty inputs as a vector,
evaluate the ten-year, three-option model as array arithmetic, summarise NPV and ROI and the
acceptability curve. Model (as the library's benchmark builds it), for funded option p and year t:
cost staff_p * overrun; benefits (1 - deadweight_p) (1 - dropOff)^t (sum_s volume_p,s unit_s +
wellbeing volume_p,GP); the status quo costs its cost a year. NPV: Green Book discounting
(3.5%, D(t) = 1.035^-t) of incremental benefits minus incremental costs; ROI ratio: undiscounted
incremental benefits / incremental costs, where the incremental cost is positive.
Usage: python3 psa.py <input folder>"""
import csv
import sys
import time

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 2)[0])
import peerio

SERVICES = ["A&E", "ambulance", "AMHT", "GP"]
OPTIONS = [("crisis cafe", "cafe "), ("phone line", "line ")]
COUNTERFACTUAL = "status quo"


def draw(rng, spec, n):
    kind, p1, p2, p3 = spec["distribution"], float(spec["p1"]), float(spec["p2"]), spec["p3"]
    if kind == "lognormal":
        return rng.lognormal(p1, p2, n)
    if kind == "gamma":
        return rng.gamma(p1, p2, n)
    if kind == "beta":
        return rng.beta(p1, p2, n)
    if kind == "pert":
        lo, mode, hi = p1, p2, float(p3)
        r = hi - lo
        return lo + r * rng.beta(1 + 4 * (mode - lo) / r, 1 + 4 * (hi - mode) / r, n)
    if kind == "triangular":
        return rng.triangular(p1, p2, float(p3), n)
    if kind == "uniform":
        return rng.uniform(p1, p2, n)
    if kind == "normal":
        return rng.normal(p1, p2, n)
    raise ValueError(f"unknown distribution {kind!r}")


def evaluate(v, years, rate):
    """Incremental PV costs, PV benefits, undiscounted benefits and investment of each option."""
    t = np.arange(years)
    discount = (1 + rate) ** -t
    fade = np.power.outer(1 - v["dropOff"], t)          # iterations x years
    pv_fade, sum_fade = fade @ discount, fade.sum(axis=1)
    out = {}
    for name, p in OPTIONS:
        gross = sum(v[p + "volume " + s] * v["unit " + s] for s in SERVICES) + v["wellbeing"] * v[p + "volume GP"]
        gross = gross * (1 - v[p + "deadweight"])
        extra = v[p + "staff"] * v["overrun"] - v["status quo cost"]
        out[name] = (extra * discount.sum(), gross * pv_fade, gross * sum_fade, extra * years)
    return out


start = time.perf_counter()
folder = sys.argv[1]
cfg = peerio.settings(folder)
with open(f"{folder}/inputs.csv", encoding="utf-8") as f:
    specs = list(csv.DictReader(f))
n = int(cfg["iterations"])
years = int(cfg["years"])
rate = float(cfg["discount_rate"])
thresholds = [float(x) for x in cfg["thresholds"].split(";")]
rng = np.random.default_rng(int(cfg["seed"]))
values = {s["name"]: draw(rng, s, n) for s in specs}
sim = evaluate(values, years, rate)
base = evaluate({s["name"]: np.array([float(s["base"])]) for s in specs}, years, rate)
summary = {}
for name, _ in OPTIONS:
    d_costs, d_benefits, returns, investment = sim[name]
    npv = d_benefits - d_costs
    defined = investment > 0
    roi = returns[defined] / investment[defined]
    summary[name] = (npv, roi, (roi > 1).sum() / n)
curve = []
for lam in thresholds:
    nb = np.column_stack([np.zeros(n)] + [lam * sim[name][1] - sim[name][0] for name, _ in OPTIONS])
    best = np.bincount(nb.argmax(axis=1), minlength=nb.shape[1]) / n
    means = nb.mean(axis=0)
    curve.append((lam, best, means, nb.std(axis=0, ddof=1), max(0.0, nb.max(axis=1).mean() - means.max())))
peerio.elapsed("work", start)

for name, _ in OPTIONS:
    d_costs, d_benefits, returns, investment = base[name]
    peerio.put(f"base.{name}.npv", d_benefits[0] - d_costs[0])
    peerio.put(f"base.{name}.roi", returns[0] / investment[0])
    npv, roi, above = summary[name]
    sd = npv.std(ddof=1)
    k = f"option.{name}."
    peerio.put_simulated(k + "mean_npv", npv.mean(), sd / np.sqrt(n))
    peerio.put_simulated(k + "sd_npv", sd, sd / np.sqrt(2.0 * (n - 1)))
    p = (npv > 0).mean()
    peerio.put_simulated(k + "p_npv_positive", p, np.sqrt(p * (1 - p) / n))
    peerio.put_simulated(k + "mean_roi", roi.mean(), roi.std(ddof=1) / np.sqrt(len(roi)))
    peerio.put_simulated(k + "p_roi_above_one", above, np.sqrt(above * (1 - above) / n))
names = [COUNTERFACTUAL] + [name for name, _ in OPTIONS]
for lam, best, means, sds, evpi in curve:
    for j, name in enumerate(names):
        peerio.put_simulated(f"ceac.{lam!r}.{name}.p_best", best[j], np.sqrt(best[j] * (1 - best[j]) / n))
        peerio.put_simulated(f"ceac.{lam!r}.{name}.expected_nb", means[j], sds[j] / np.sqrt(n))
    print(f"info.ceac.{lam!r}.evpi={evpi!r}")
