#!/usr/bin/env bash
# Issue 21's targets, every one measured in one batch, one command after the other, and put in one table:
#
#   benchmarks/targets/run.sh GO_CHECKOUT      # a checkout of edwardbrowncross/amazon-connect-simulator
#   benchmarks/targets/run.sh -                # every target but the side-by-side one, which the table says
#
# 1. `./connect-sim bench` RUNS times (100,000 calls in memory);
# 2. `benchmarks/fixed-cost/run.sh` with RUNS one-scenario pairs and RUNS suite runs;
# 3. `./connect-sim bench --mode http --contacts 1000` RUNS times;
# 4. `benchmarks/side-by-side/run.sh GO_CHECKOUT` with RUNS alternating runs (skipped for -);
# then `summarize.py` prints each target's runs, median and whether it is met, as a Markdown table
# (docs/performance.md keeps such tables), and exits 0 when every target measured is met, 1 when one is not.
# The machine's speed drifts from one hour to the next (docs/performance.md, "The machine"): run it on a machine
# with nothing else running; the batch takes about ten minutes. RUNS defaults to 5. KEEP=DIR keeps the raw outputs.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
go_checkout="${1:-}"

if [[ -z "$go_checkout" || $# -gt 1 ]]; then
  echo "usage: benchmarks/targets/run.sh GO_CHECKOUT|-  (- leaves out the side-by-side target)" >&2
  exit 2
fi
if [[ "$go_checkout" != "-" && ! -d "$go_checkout" ]]; then
  echo "targets: $go_checkout is not a folder: give a checkout of the Go simulator, or - to leave it out" >&2
  exit 2
fi

work="${KEEP:-}"
if [[ -z "$work" ]]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/targets.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
cd "$root"
"$root/connect-sim" --version >/dev/null

{
  echo "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD \
    2>/dev/null || echo ' (with uncommitted changes)')"
  echo "started $(date -u +%Y-%m-%dT%H:%M:%SZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$work/batch.txt"

echo "targets: bench, $runs runs" >&2
for ((i = 1; i <= runs; i++)); do
  # exit 1 means lost calls: the JSON says how many, and the summary counts the run as not met
  ./connect-sim bench > "$work/bench-$i.json" || [[ $? == 1 ]]
done
echo "targets: fixed cost, $runs one-scenario pairs and $runs suite runs" >&2
RUNS="$runs" SUITE_RUNS="$runs" benchmarks/fixed-cost/run.sh > "$work/fixed-cost.log"
echo "targets: bench over HTTP, $runs runs" >&2
for ((i = 1; i <= runs; i++)); do
  ./connect-sim bench --mode http --contacts 1000 > "$work/http-$i.json" || [[ $? == 1 ]]
done
if [[ "$go_checkout" != "-" ]]; then
  echo "targets: side by side with the Go simulator, $runs runs" >&2
  RUNS="$runs" benchmarks/side-by-side/run.sh "$go_checkout" > "$work/side-by-side.log"
fi
echo "ended $(date -u +%Y-%m-%dT%H:%M:%SZ), load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/batch.txt"

python3 "$here/summarize.py" "$work"
