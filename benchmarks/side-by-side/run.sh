#!/usr/bin/env bash
# Side-by-side benchmark: connect-sim against the open-source Go simulator (edwardbrowncross/amazon-connect-simulator)
# on three of the Go simulator's own legacy flows (sampleLambda, sampleRecording, sampleQueue), the same calls in
# both: the same caller input, Lambda answers and hours (calls.json). Prints connect-sim's CPU per call divided by the
# Go simulator's, the median of alternating runs. See benchmarks/README.md.
#
#   benchmarks/side-by-side/run.sh GO_CHECKOUT
#
# GO_CHECKOUT is a checkout of the Go simulator; nothing of it is copied into this repository. The flows are taken
# from its simulator_test.go at run time, and the Go side is this folder's driver/main.go built against the checkout.
# Environment: RUNS (alternating runs per flow, default 5), CALLS (timed calls per run, default 50000), WARM_UP
# (calls run first and not timed, default 200000), GOMAXPROCS (default 1, the Go side's cheapest), KEEP=1 keeps the
# work folder. Needs Debian's golang-go and golang-github-google-uuid-dev (installed with apt-get when missing),
# python3, and Java and Maven for connect-sim.
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
calls="${CALLS:-50000}"
warm_up="${WARM_UP:-200000}"
export GOMAXPROCS="${GOMAXPROCS:-1}"
flows=(sampleLambda sampleRecording sampleQueue)
uuid_source=/usr/share/gocode/src/github.com/google/uuid

fail() {
  echo "side-by-side: $*" >&2
  exit 1
}

[[ $# -eq 1 ]] || { echo "usage: $0 GO_CHECKOUT" >&2; exit 2; }
checkout="$(cd "$1" 2>/dev/null && pwd)" || { echo "side-by-side: $1: no such folder" >&2; exit 2; }
grep -qs '^module github.com/edwardbrowncross/amazon-connect-simulator$' "$checkout/go.mod" \
  || { echo "side-by-side: $checkout is not a checkout of edwardbrowncross/amazon-connect-simulator (its go.mod names" \
    "another module or is missing)" >&2; exit 2; }

# The Go toolchain: Debian's packages, the only one here (no module proxy is reachable).
if ! command -v go >/dev/null || [[ ! -d "$uuid_source" ]]; then
  echo "side-by-side: installing golang-go and golang-github-google-uuid-dev with apt-get" >&2
  sudo=""
  [[ "$(id -u)" -eq 0 ]] || sudo=sudo
  $sudo apt-get install -y -q golang-go golang-github-google-uuid-dev >&2 \
    || fail "apt-get could not install golang-go and golang-github-google-uuid-dev"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/side-by-side.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then
  echo "side-by-side: work folder $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

# The flows, byte for byte from the checkout, in a connect-sim project of their own.
python3 "$here/extract-flows.py" "$checkout" "$work/project"

# Every block they use must be one connect-sim models: a block it does not would take another path.
if ! "$root/connect-sim" validate --project "$work/project" > "$work/validate.txt" 2>&1; then
  cat "$work/validate.txt" >&2
  fail "connect-sim refuses these Go flows (above): a block it does not model would not run the same path"
fi

# The driver, built against the checkout and Debian's uuid, offline: go.mod replaces both with local folders.
mkdir -p "$work/go"
cp "$here/driver/main.go" "$work/go/"
cat > "$work/go/go.mod" <<EOF
module connectsim.dev/sidebyside

go 1.19

require (
	github.com/edwardbrowncross/amazon-connect-simulator v0.0.0
	github.com/google/uuid v1.1.1
)

replace github.com/edwardbrowncross/amazon-connect-simulator => $checkout

replace github.com/google/uuid => $uuid_source
EOF
(cd "$work/go" && GOFLAGS=-mod=mod GOPROXY=off GOSUMDB=off GOCACHE="$work/go-cache" go build -o driver .) \
  || fail "the Go driver did not build against $checkout"
"$root/connect-sim" --version > /dev/null   # builds the jar now, not in the first timed run

number() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["flows"][sys.argv[2]]["number"])' \
    "$here/calls.json" "$1"
}
press() {
  python3 -c 'import json, sys; print(",".join(json.load(open(sys.argv[1]))["flows"][sys.argv[2]]["press"]))' \
    "$here/calls.json" "$1"
}

run_go() {   # flow run
  "$work/go/driver" -project "$work/project" -calls-file "$here/calls.json" -flow "$1" -calls "$calls" \
    -warm-up "$warm_up" > "$work/results/$1.$2.go.json" || fail "the Go simulator failed on $1"
}
run_java() {   # flow run
  local keys=()
  [[ -z "$(press "$1")" ]] || keys=(--press "$(press "$1")")
  CI=true "$root/connect-sim" bench --project "$work/project" --number "$(number "$1")" "${keys[@]}" \
    --agents 0 --contacts "$calls" --warm-up "$warm_up" --live 0 > "$work/results/$1.$2.java.json" \
    || fail "connect-sim bench failed on $1"
}

mkdir -p "$work/results"
echo "side-by-side: $runs alternating runs of $calls calls after $warm_up warm-up calls per flow, GOMAXPROCS=$GOMAXPROCS," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for flow in "${flows[@]}"; do
    if (( run % 2 == 1 )); then
      run_go "$flow" "$run"; run_java "$flow" "$run"
    else
      run_java "$flow" "$run"; run_go "$flow" "$run"
    fi
    printf 'run %s  ' "$run"
    python3 "$here/compare.py" pair "$flow" "$work/results/$flow.$run.go.json" "$work/results/$flow.$run.java.json"
  done
done
python3 "$here/compare.py" summary "$work/results"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
