"""Bootstrap of the cost-weighted VfM with numpy: percentile and BCa intervals, the BCa
acceleration from the grouped jackknife the library uses above 5,000 participants (participant i
in group i mod G). Usage: python3 bootstrap.py <input folder>"""
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

sys.path.insert(0, __file__.rsplit("/", 2)[0])
import peerio

start = time.perf_counter()
folder = sys.argv[1]
cfg = peerio.settings(folder)
d = pd.read_csv(f"{folder}/participants.csv", usecols=["sdq_initial", "sdq_final", "sessions_attended"])
y = (d["sdq_initial"] - d["sdq_final"]).to_numpy(dtype=float)
s = d["sessions_attended"].to_numpy(dtype=float)
x = float(cfg["programme_cost"]) / s.sum() * s
n = len(y)
B = int(cfg["resamples"])
level = float(cfg["level"])
estimate = y.sum() / x.sum()

rng = np.random.default_rng(int(cfg["seed"]))
reps = np.empty(B)
chunk = 50
for first in range(0, B, chunk):
    idx = rng.integers(0, n, size=(min(chunk, B - first), n))
    reps[first:first + len(idx)] = y[idx].sum(axis=1) / x[idx].sum(axis=1)

alpha = 1 - level
percentile = np.quantile(reps, [alpha / 2, 1 - alpha / 2])
se = reps.std(ddof=1)
z0 = stats.norm.ppf((reps < estimate).mean())
G = int(cfg["jackknife_groups"])
group = np.arange(n) % G
jack = (y.sum() - np.bincount(group, y, G)) / (x.sum() - np.bincount(group, x, G))
dev = jack.mean() - jack
a = (dev ** 3).sum() / (6 * (dev ** 2).sum() ** 1.5)
z = stats.norm.ppf([alpha / 2, 1 - alpha / 2])
bca = np.quantile(reps, stats.norm.cdf(z0 + (z0 + z) / (1 - a * (z0 + z))))
peerio.elapsed("work", start)

peerio.put("n", n)
peerio.put("estimate", estimate)
peerio.put_simulated("se", se, se / np.sqrt(2.0 * (B - 1)))
# Monte Carlo error of a sample quantile of B replicates, normal approximation
mcse = se * np.sqrt(alpha / 2 * (1 - alpha / 2) / B) / stats.norm.pdf(z[1])
peerio.put_simulated("percentile.lower", percentile[0], mcse)
peerio.put_simulated("percentile.upper", percentile[1], mcse)
peerio.put_simulated("bca.lower", bca[0], mcse)
peerio.put_simulated("bca.upper", bca[1], mcse)
print(f"info.acceleration={a!r}")
print(f"info.z0={z0!r}")
