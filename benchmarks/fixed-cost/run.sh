#!/usr/bin/env bash
# Fixed-cost benchmark (issue 21, item 4): what ./connect-sim run costs around the calls it makes.
#
#   benchmarks/fixed-cost/run.sh
#
# 1. One scenario: RUNS times (default 5), alternating which goes first, the CPU (user + system) of
#    `./connect-sim run --features features/inbound/priority-line.feature` (the launcher, the JVM and every worker
#    process it ended) and of the same call made through the Java API the steps use (ApiCall.java, in a JVM of its
#    own, JVM start included); prints each run and the median of each side and their ratio.
# 2. The whole suite: SUITE_RUNS times (default 3), `./connect-sim run` with -Dconnectsim.timings: its wall time,
#    its CPU, and where the time went (phases, features, JIT, workers), as the run printed it.
#
# Environment: RUNS, SUITE_RUNS (0 skips that part), JAVA_OPTS (given to both sides). Needs python3, javac and the
# project's toolchain (the launcher builds the jar when it is missing or older than the sources; not timed).
# See benchmarks/README.md; the figures are in docs/performance.md.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
suite_runs="${SUITE_RUNS:-3}"
feature=features/inbound/priority-line.feature
jar="$root/simulator/target/connect-sim.jar"

fail() {
  echo "fixed-cost: $*" >&2
  exit 1
}

work="$(mktemp -d "${TMPDIR:-/tmp}/fixed-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Not timed: the jar built if the sources changed, and the driver compiled against it.
"$root/connect-sim" --version >/dev/null || fail "./connect-sim does not start"
javac -d "$work/classes" -cp "$jar" "$here/ApiCall.java" || fail "ApiCall.java does not compile against $jar"

echo "load before: $(uptime)"
cd "$root"
# shellcheck disable=SC2206
java_opts=(${JAVA_OPTS:-})

cli() {
  python3 "$here/cpu.py" "$work/cli-$1" -- ./connect-sim run --features "$feature" --report "$work/reports-one" \
    || { cat "$work/cli-$1.log" >&2; fail "run $1: ./connect-sim run failed (its output above)"; }
  grep -q '^1 passed, 0 failed$' "$work/cli-$1.log" || { cat "$work/cli-$1.log" >&2; fail "run $1: not 1 passed"; }
}

api() {
  python3 "$here/cpu.py" "$work/api-$1" -- java "${java_opts[@]}" -Djava.awt.headless=true \
    -cp "$jar:$work/classes" fixedcost.ApiCall "$root" \
    || { cat "$work/api-$1.log" >&2; fail "run $1: the API call failed (its output above)"; }
}

if (( runs > 0 )); then
  echo "one scenario ($feature): CPU seconds (user + system) and wall seconds per run"
  # The first run after a build writes the launcher's class-data archive as it exits, and draws the pictures no
  # earlier run kept: shown, but not among the runs compared.
  cli 0
  python3 - "$work/cli-0" <<'EOF'
import sys
f = [float(x) for x in open(sys.argv[1]).read().split()]
print(f"  run 0, not compared (writes the class-data archive if the jar is new; draws the pictures no run kept):"
      f" run {f[1] + f[2]:6.2f} CPU ({f[0]:6.2f} wall)")
EOF
  for ((i = 1; i <= runs; i++)); do
    if (( i % 2 == 1 )); then cli "$i"; api "$i"; else api "$i"; cli "$i"; fi
    python3 - "$work/cli-$i" "$work/api-$i" "$i" <<'EOF'
import sys
cli = [float(x) for x in open(sys.argv[1]).read().split()]
api = [float(x) for x in open(sys.argv[2]).read().split()]
c, a = cli[1] + cli[2], api[1] + api[2]
print(f"  run {sys.argv[3]}: run {c:6.2f} CPU ({cli[0]:6.2f} wall)   API {a:6.2f} CPU ({api[0]:6.2f} wall)   ratio {c / a:5.2f}")
EOF
  done
  python3 - "$work" "$runs" <<'EOF'
import statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def cpu(side, i):
    f = [float(x) for x in open(f"{work}/{side}-{i}").read().split()]
    return f[1] + f[2]
cli = [cpu("cli", i) for i in range(1, runs + 1)]
api = [cpu("api", i) for i in range(1, runs + 1)]
ratios = [c / a for c, a in zip(cli, api)]
print(f"  median: run {statistics.median(cli):.2f} s CPU, API {statistics.median(api):.2f} s CPU,"
      f" ratio of the medians {statistics.median(cli) / statistics.median(api):.2f}"
      f" (runs' ratios {', '.join(f'{r:.2f}' for r in ratios)})")
EOF
fi

if (( suite_runs > 0 )); then
  echo "the whole suite (./connect-sim run): wall seconds, CPU seconds (user + system)"
  for ((i = 1; i <= suite_runs; i++)); do
    JAVA_OPTS="${JAVA_OPTS:-} -Dconnectsim.timings" python3 "$here/cpu.py" "$work/suite-$i" -- ./connect-sim run \
      --report "$work/reports-suite" || { tail -40 "$work/suite-$i.log" >&2; fail "suite run $i failed"; }
    read -r wall user sys _ < "$work/suite-$i"
    echo "  run $i: wall $wall, CPU $(python3 -c "print(f'{$user + $sys:.2f}')") ($(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$work/suite-$i.log"))"
    sed -n '/^timings (/,$p' "$work/suite-$i.log" | sed 's/^/    /'
  done
fi
echo "load after: $(uptime)"
