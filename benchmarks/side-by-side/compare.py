#!/usr/bin/env python3
"""The side-by-side benchmark's checks and figures, from the JSON lines the two simulators printed.

  compare.py pair FLOW GO_JSON JAVA_JSON   checks both took the same path and ended every call alike; prints one
                                           line: each side's CPU per call and the ratio (exit 1 on a mismatch)
  compare.py summary RESULTS_DIR           the median of the runs' ratios, per flow and for the three flows together

RESULTS_DIR holds <flow>.<run>.go.json and <flow>.<run>.java.json, one JSON object each.
"""
import json
import pathlib
import statistics
import sys


def load(path):
    """The last line of a file as JSON: the report each side prints last."""
    lines = pathlib.Path(path).read_text(encoding="utf-8").strip().splitlines()
    if not lines:
        sys.exit(f"compare: {path} is empty: the run printed no report")
    return json.loads(lines[-1])


def per_call(go, java):
    """Microseconds of process CPU (user+sys) per timed call: Go's, connect-sim's."""
    return go["cpuMicrosPerCall"], java["processCpuMicrosPerContact"]


def problems(go, java):
    """What differs between the two runs' calls, in words; empty when they took the same path."""
    found = []
    go_path = go["path"]
    java_path = [step["block"] for step in java.get("path", [])]
    if go_path != java_path:
        first = next((i for i, (a, b) in enumerate(zip(go_path, java_path)) if a != b), min(len(go_path),
                                                                                              len(java_path)))
        found.append(f"the paths differ at block {first + 1}: the Go simulator went {' > '.join(go_path)};"
                     f" connect-sim went {' > '.join(java_path)}")
    if go["callsLikeTraced"] != go["calls"]:
        found.append(f"{go['calls'] - go['callsLikeTraced']} of the Go simulator's {go['calls']} calls heard another"
                     f" number of prompts than its traced call")
    ends = java["flowRunEnds"]
    if java["flowErrors"] or java["lostContacts"] or len(ends) != 1 or sum(ends.values()) != java["contacts"]:
        found.append(f"connect-sim's calls did not all end alike: flowRunEnds {ends}, flowErrors"
                     f" {java['flowErrors']}, lostContacts {java['lostContacts']} for {java['contacts']} calls")
    return found


def pair(flow, go_file, java_file):
    go, java = load(go_file), load(java_file)
    found = problems(go, java)
    if found:
        for problem in found:
            print(f"side-by-side: {flow}: {problem}", file=sys.stderr)
        sys.exit(1)
    go_us, java_us = per_call(go, java)
    print(f"{flow:16} {len(go['path']):2} blocks  Go {go_us:8.2f} µs/call  connect-sim {java_us:8.2f} µs/call"
          f"  ratio {java_us / go_us:6.2f}")


def summary(results):
    runs = {}
    for go_file in sorted(pathlib.Path(results).glob("*.go.json")):
        flow, run = go_file.name.split(".")[:2]
        go, java = load(go_file), load(go_file.with_name(f"{flow}.{run}.java.json"))
        runs.setdefault(run, {})[flow] = per_call(go, java)
    flows = sorted({flow for by_flow in runs.values() for flow in by_flow})
    print(f"median of {len(runs)} alternating runs, connect-sim's CPU per call / the Go simulator's:")
    for flow in flows:
        ratios = [by_flow[flow][1] / by_flow[flow][0] for by_flow in runs.values() if flow in by_flow]
        go_us = statistics.median(by_flow[flow][0] for by_flow in runs.values() if flow in by_flow)
        java_us = statistics.median(by_flow[flow][1] for by_flow in runs.values() if flow in by_flow)
        print(f"  {flow:16} {statistics.median(ratios):6.2f}  (Go {go_us:.2f} µs, connect-sim {java_us:.2f} µs;"
              f" runs: {', '.join(f'{r:.2f}' for r in ratios)})")
    together = [sum(j for _, j in by_flow.values()) / sum(g for g, _ in by_flow.values())
                for by_flow in runs.values() if len(by_flow) == len(flows)]
    print(f"  {'one call each':16} {statistics.median(together):6.2f}  (runs: "
          f"{', '.join(f'{r:.2f}' for r in together)})")


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "pair":
        pair(*sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "summary":
        summary(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
