"""Checks that the figures printed by several implementations of one workload agree.

Usage: python3 compare.py <reference output> <other output> ...

Every implementation prints key=value lines. Keys are judged by their prefix:
  time.*   timings: not compared;
  info.*   printed for reading only: not compared;
  mcse.K   the Monte Carlo standard error of the simulated figure mc.K, as its own
           implementation estimates it: not compared itself;
  mc.K     a simulated figure: a and b agree when they are equal or |a - b| <= 4 * s, where s combines the
           standard errors given: sqrt(se_a^2 + se_b^2) when both are given, sqrt(2) * se when
           only one is (the implementations draw from the same distributions, so their errors
           are alike); a figure with no standard error on either side must be printed with one;
  other    a deterministic figure: |a - b| <= 1e-8 * max(|a|, |b|) + 1e-12, and counts and
           labels must be equal.
Every implementation must print every key of the reference. Exit status 1 on any disagreement.
"""
import math
import sys

Z = 4.0
RELATIVE = 1e-8


def read(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line:
                key, value = line.split("=", 1)
                out[key] = value
    return out


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def compare(ref_name, ref, name, other):
    problems = []
    worst_det, worst_mc = 0.0, 0.0
    for key, a_text in ref.items():
        if key.startswith(("time.", "info.", "mcse.")):
            continue
        if key not in other:
            problems.append(f"{name}: missing {key}")
            continue
        a, b = number(a_text), number(other[key])
        if a is None or b is None:
            if a_text != other[key]:
                problems.append(f"{name}: {key} = {other[key]!r}, {ref_name} has {a_text!r}")
            continue
        if key.startswith("mc.") and a == b:
            continue  # the same draws (e.g. the library under two start-up settings) agree exactly
        if key.startswith("mc."):
            base = key[3:]
            ses = [float(x["mcse." + base]) for x in (ref, other) if "mcse." + base in x]
            if not ses:
                problems.append(f"{key}: no Monte Carlo standard error on either side")
                continue
            s = math.sqrt(sum(e * e for e in ses)) * (1 if len(ses) == 2 else math.sqrt(2))
            if s == 0:
                ok = a == b
                z = 0.0 if ok else math.inf
            else:
                z = abs(a - b) / s
                ok = z <= Z
            worst_mc = max(worst_mc, z)
            if not ok:
                problems.append(f"{name}: {key} = {b!r}, {ref_name} has {a!r}: {z:.2f} standard errors apart")
        else:
            diff = abs(a - b)
            scale = max(abs(a), abs(b))
            rel = diff / scale if scale > 0 else diff
            worst_det = max(worst_det, rel)
            if diff > RELATIVE * scale + 1e-12:
                problems.append(f"{name}: {key} = {b!r}, {ref_name} has {a!r} (relative difference {rel:.3g})")
    extra = [k for k in other if k not in ref and not k.startswith(("time.", "info.", "mcse."))]
    problems += [f"{name}: {k} is not printed by {ref_name}" for k in extra]
    return problems, worst_det, worst_mc


def main(paths):
    ref_name = paths[0]
    ref = read(ref_name)
    all_problems = []
    for path in paths[1:]:
        problems, det, mc = compare(ref_name, ref, path, read(path))
        print(f"agreement {path} vs {ref_name}: largest relative difference {det:.3g} on deterministic figures,"
              f" largest distance {mc:.2f} standard errors on simulated figures,"
              f" {len(problems)} disagreement(s)")
        all_problems += problems
    for p in all_problems[:40]:
        print("  " + p)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
