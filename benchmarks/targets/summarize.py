#!/usr/bin/env python3
"""Issue 21's targets from one batch of benchmark outputs, as a Markdown table.

    summarize.py DIR

DIR holds what benchmarks/targets/run.sh wrote: bench-N.json (./connect-sim bench), fixed-cost.log
(benchmarks/fixed-cost/run.sh), http-N.json (./connect-sim bench --mode http), side-by-side.log
(benchmarks/side-by-side/run.sh; absent when it was left out) and batch.txt (the commit and the times). Prints every
run's figure, the median and whether the target is met; exits 0 when every target measured is met, 1 when one is
not, 2 when DIR lacks an output or holds one it cannot read (one line naming the file).
"""
import glob
import json
import os
import re
import statistics
import sys

FLOWS = ("sampleLambda", "sampleRecording", "sampleQueue")


class Unreadable(Exception):
    pass


def numbered(folder, prefix):
    """(file, JSON object) of each prefix-N.json, by N."""
    files = sorted(glob.glob(os.path.join(folder, prefix + "-*.json")),
                   key=lambda f: int(re.search(r"-(\d+)\.json$", f).group(1)))
    if not files:
        raise Unreadable(f"{folder}: no {prefix}-N.json (expected the output of ./connect-sim bench"
                         f"{' --mode http' if prefix == 'http' else ''}, one file a run)")
    runs = []
    for file in files:
        try:
            with open(file, encoding="utf-8") as f:
                runs.append((file, json.loads(f.read().strip().splitlines()[-1])))
        except (ValueError, IndexError) as e:
            raise Unreadable(f"{file}: not the JSON line bench prints ({e})")
    return runs


def field(run, name):
    file, figures = run
    if name not in figures:
        raise Unreadable(f"{file}: no {name} in the bench's JSON")
    return figures[name]


def text(folder, name, what):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        raise Unreadable(f"{folder}: no {name} (expected the output of {what})")
    with open(path, encoding="utf-8") as f:
        return path, f.read()


def row(target, runs, median, met):
    return {"target": target, "runs": runs, "median": median, "met": met}


def in_memory(folder):
    runs = numbered(folder, "bench")
    rate = [field(r, "contactsPerCpuSecond") for r in runs]
    real = [field(r, "virtualToWallRatio") for r in runs]
    lost = [field(r, "lostContacts") for r in runs]
    lost_note = "0 lost" if not any(lost) else "lost calls in run " + ", ".join(
        f"{i + 1} ({n})" for i, n in enumerate(lost) if n)
    return [
        row(f"Median of {len(runs)} at 100,000 calls in memory: at least 50,000 calls per CPU second",
            "; ".join(f"{r:,.0f}" for r in rate) + f" ({lost_note})", f"{statistics.median(rate):,.0f}",
            statistics.median(rate) >= 50_000 and not any(lost)),
        row("... and at least 10,000 times real time", "; ".join(f"{r:,.0f}" for r in real),
            f"{statistics.median(real):,.0f}", statistics.median(real) >= 10_000 and not any(lost)),
    ]


def fixed_cost(folder):
    path, log = text(folder, "fixed-cost.log", "benchmarks/fixed-cost/run.sh")
    one = re.search(r"median: run ([\d.]+) s CPU, API ([\d.]+) s CPU, ratio of the medians ([\d.]+) "
                    r"\(runs' ratios ([^)]*)\)", log)
    suite = re.findall(r"^  run \d+: wall ([\d.]+), CPU ([\d.]+) \((\d+) passed, (\d+) failed\)$", log, re.M)
    if not one or not suite:
        raise Unreadable(f"{path}: no {'one-scenario median' if not one else 'suite run'} line (run it with RUNS and"
                         " SUITE_RUNS above 0)")
    walls = [float(w) for w, _, _, _ in suite]
    failed = [int(f) for _, _, _, f in suite]
    counts = sorted({f"{p} passed, {f} failed" for _, _, p, f in suite})
    return [
        row("One-scenario run at most 2 times the CPU of the API call",
            f"ratios {one.group(4)}; run {one.group(1)} s, API {one.group(2)} s of CPU (medians)", one.group(3),
            float(one.group(3)) <= 2.0),
        row("The suite in at most 5 s of wall time",
            ", ".join(f"{w:.3f}" for w in walls) + " s (" + "; ".join(counts) + ")",
            f"{statistics.median(walls):.3f} s", statistics.median(walls) <= 5.0 and not any(failed)),
    ]


def over_http(folder):
    runs = numbered(folder, "http")
    fraction = [field(r, "fractionOfFloor") for r in runs]
    lost = [field(r, "lostContacts") for r in runs]
    return [row("`fractionOfFloor` at least 0.8", ", ".join(f"{f:.3f}" for f in fraction)
                + (" (0 lost)" if not any(lost) else f" (lost calls: {lost})"),
                f"{statistics.median(fraction):.3f}", statistics.median(fraction) >= 0.8 and not any(lost))]


def side_by_side(folder):
    path = os.path.join(folder, "side-by-side.log")
    if not os.path.exists(path):
        return [row("CPU per call at most 1.0 times the Go simulator's on the same flows", "left out (-)",
                    "", None)]
    _, log = text(folder, "side-by-side.log", "benchmarks/side-by-side/run.sh")
    rows = []
    for flow in FLOWS + ("one call each",):
        found = re.search(r"^  " + re.escape(flow) + r"\s+([\d.]+)\s+\((?:[^;]*; )?runs: ([^)]*)\)$", log, re.M)
        if not found:
            raise Unreadable(f"{path}: no median line for {flow}")
        median = float(found.group(1))
        rows.append(row(f"CPU per call at most 1.0 times the Go simulator's: {flow}", found.group(2),
                        f"{median:.2f}", median <= 1.0))
    return rows


def main(argv):
    if len(argv) != 2:
        print("usage: summarize.py DIR (the outputs benchmarks/targets/run.sh wrote)", file=sys.stderr)
        return 2
    folder = argv[1]
    try:
        rows = in_memory(folder) + fixed_cost(folder) + over_http(folder) + side_by_side(folder)
    except Unreadable as e:
        print(f"targets: {e}", file=sys.stderr)
        return 2
    batch = os.path.join(folder, "batch.txt")
    if os.path.exists(batch):
        with open(batch, encoding="utf-8") as f:
            print("; ".join(line.strip() for line in f if line.strip()))
        print()
    print("| Done when (issue 21) | Runs | Median | Met? |")
    print("|---|---|---|---|")
    for r in rows:
        met = "left out" if r["met"] is None else "**Yes**" if r["met"] else "**No**"
        median = f"**{r['median']}**" if r["median"] else ""
        print(f"| {r['target']} | {r['runs']} | {median} | {met} |")
    missed = [r["target"] for r in rows if r["met"] is False]
    measured = [r for r in rows if r["met"] is not None]
    print()
    if missed:
        print(f"not met: {len(missed)} of {len(measured)} measured: " + "; ".join(missed))
        return 1
    print(f"met: all {len(measured)} measured" + ("" if len(measured) == len(rows) else
                                                   f" ({len(rows) - len(measured)} left out)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
