"""Summarises the timing rounds written by run-peers.sh.

Usage: python3 summarise.py <measurements.tsv> <markdown out>

Input lines: workload, implementation, round, wall seconds, in-process work ms, peak RSS KiB, and
optionally in-process load ms and CPU seconds (user + system), tab-separated. Prints, per workload
and implementation, the median wall time, the median in-process time (and loading time, where
printed), the median CPU time, the median peak memory, and the speed against the best peer (the
fastest implementation that is not the library; every implementation whose name starts with
"java" is the library, e.g. "java-appcds" for the same runner started from a class-data archive): best peer's median wall time / this median, and
the same for CPU time (above 1: faster than the best peer). On a busy machine wall time stretches
with the wait for a core; CPU time much less so. Writes the same table as Markdown.
"""
import statistics
import sys
from collections import OrderedDict

LIBRARY = "java"


def is_library(impl):
    return impl == LIBRARY or impl.startswith(LIBRARY + "-")


def main(path, markdown):
    rows = OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            workload, impl, _, wall, work, rss, *more = line.rstrip("\n").split("\t") + ["", ""]
            rows.setdefault(workload, OrderedDict()).setdefault(impl, []).append(
                (float(wall), float(work) if work else float("nan"), int(rss),
                 float(more[0]) if more[0] else float("nan"), float(more[1]) if more[1] else float("nan")))
    header = ["workload", "implementation", "rounds", "median wall (s)", "wall range (s)", "median in-process (s)",
              "of which loading (s)", "median CPU (s)", "median peak RSS (MiB)", "best peer / this (wall)", "best peer / this (CPU)"]
    table = []
    for workload, impls in rows.items():
        medians = {i: statistics.median(x[0] for x in r) for i, r in impls.items()}
        peers = [m for i, m in medians.items() if not is_library(i)]
        best = min(peers) if peers else float("nan")
        cpus = {i: statistics.median(x[4] for x in r) for i, r in impls.items()}
        peer_cpus = [m for i, m in cpus.items() if not is_library(i)]
        best_cpu = min(peer_cpus) if peer_cpus else float("nan")
        for impl, r in impls.items():
            walls = [x[0] for x in r]
            load = statistics.median(x[3] for x in r)
            table.append([workload, impl, str(len(r)), f"{medians[impl]:.2f}",
                          f"{min(walls):.2f}-{max(walls):.2f}",
                          f"{statistics.median(x[1] for x in r) / 1000:.3f}",
                          "-" if load != load else f"{load / 1000:.3f}",
                          f"{statistics.median(x[4] for x in r):.2f}",
                          f"{statistics.median(x[2] for x in r) / 1024:.0f}",
                          f"{best / medians[impl]:.2f}x", f"{best_cpu / cpus[impl]:.2f}x"])
    widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    for t in table:
        print("  ".join(c.ljust(w) for c, w in zip(t, widths)))
    with open(markdown, "w", encoding="utf-8") as out:
        out.write("| " + " | ".join(header) + " |\n")
        out.write("|" + "---|" * len(header) + "\n")
        for t in table:
            out.write("| " + " | ".join(t) + " |\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
