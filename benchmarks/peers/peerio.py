"""Shared by the Python peers: settings.csv, key=value output with full precision, timers."""
import time


def settings(folder):
    """Reads folder/settings.csv (a key,value header, then key,value lines)."""
    out = {}
    with open(f"{folder}/settings.csv", encoding="utf-8") as f:
        next(f)
        for line in f:
            key, value = line.rstrip("\n").split(",", 1)
            out[key.strip()] = value.strip()
    return out


def put(key, value):
    """Prints key=value; floats with repr, which round-trips exactly."""
    print(f"{key}={float(value)!r}" if not isinstance(value, (int,)) else f"{key}={value}")


def put_simulated(key, value, se=None):
    """Prints a Monte Carlo figure as mc.key and, when known, its standard error as mcse.key."""
    put("mc." + key, float(value))
    if se is not None:
        put("mcse." + key, float(se))


def elapsed(what, start):
    """Prints time.<what>_ms since start (a time.perf_counter() value)."""
    print(f"time.{what}_ms={(time.perf_counter() - start) * 1000:.3f}")
