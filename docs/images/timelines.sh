#!/usr/bin/env bash
# Makes the README's pictures of a cold and a warm transfer: runs each scenario on its own with ./connect-sim,
# takes the timeline picture out of the report and has headless Chromium (Debian's chromium) draw it as PNG.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
picture() { # picture NAME FEATURE:LINE
  "$root/connect-sim" run --project "$root" --features "$root/$2" --report "$work/$1" >/dev/null
  grep -o 'alt="Timeline of the call" src="data:image/svg+xml;base64,[^"]*"' "$work/$1/connect-sim.html" \
    | sed 's/.*base64,//; s/"$//' | base64 -d >"$work/$1.svg"
  local width height
  width=$(grep -o 'width="[0-9]*"' "$work/$1.svg" | head -1 | tr -dc 0-9)
  height=$(grep -o 'height="[0-9]*"' "$work/$1.svg" | head -1 | tr -dc 0-9)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile-$1" \
    --screenshot="$here/$1-timeline.png" --window-size="$width,$height" "file://$work/$1.svg" 2>/dev/null
}
picture cold-transfer features/transfers/cold-transfer.feature:7
picture warm-transfer features/transfers/warm-transfer.feature:6
