"""Summarises a JFR recording's execution samples by top frame and by library frame.

Usage: jfr print --events jdk.ExecutionSample rec.jfr | python3 jfr-top.py [N]

Prints the N (default 15) most frequent top frames (where the CPU was), and the N most frequent
frames of the library (io.github.commissioningvfm) anywhere in a sampled stack (where the time
was spent, callees included), each with its share of the samples.
"""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w.$<>/]+)\(.*\)\s+line:")


def main(top):
    samples = 0
    leaf = collections.Counter()
    inclusive = collections.Counter()
    stack = []

    def flush():
        nonlocal samples
        if stack:
            samples += 1
            leaf[stack[0]] += 1
            for f in set(stack):
                if f.startswith("io.github.commissioningvfm"):
                    inclusive[f] += 1
        stack.clear()

    for line in sys.stdin:
        if line.startswith("jdk.ExecutionSample"):
            flush()
            continue
        m = FRAME.match(line)
        if m:
            stack.append(m.group(1))
    flush()
    print(f"{samples} execution samples")
    print(f"top frames (self):")
    for f, n in leaf.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {f}")
    print(f"library frames (inclusive):")
    for f, n in inclusive.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
