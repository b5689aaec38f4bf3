#!/usr/bin/env bash
# Contact API throughput and latency at 32 connections, against the liveness endpoint as the floor.
#
# Starts the packaged service (embedded PostgreSQL, fresh data), warms it up, then runs wrk for each target
# in turn: GET /q/health/live (the floor: the HTTP stack with no work), GET /api/contacts/{id} and
# POST /api/contacts. Prints requests/s, p50 and p99 and the ratio to the floor.
# Options (environment): DURATION (default 20s), CONNECTIONS (32), THREADS (2), WARMUP (30s), PORT (18080).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${DURATION:-20s}; CONNECTIONS=${CONNECTIONS:-32}; THREADS=${THREADS:-2}; WARMUP=${WARMUP:-30s}; PORT=${PORT:-18080}
need wrk
need curl
build_service
trap stop_service EXIT
start_service "$PORT"

AUTH="Authorization: Bearer $DEMO_KEY"
CONTACT=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' "$SERVICE_URL/api/contacts" \
  -d '{"name":"Sarah Johnson","phone":"+15550102000","email":"sarah@example.com","eventType":"WEDDING","eventDate":"2027-06-12","guestCount":150,"venue":"The Grand Hall","budget":{"amount":2500,"currency":"USD"}}' \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
POST_LUA=$(mktemp /tmp/voicedesk-post.XXXXXX.lua)
cat > "$POST_LUA" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"name":"Lead %d","phone":"+1555%07d","eventType":"BIRTHDAY","guestCount":40}', counter, counter % 10000000)
  return wrk.format(nil, nil, nil, body)
end
LUA

# wrk prints latency percentiles with --latency; this extracts requests/s, p50, p99 and non-2xx counts
measure() { # label, url, extra wrk args...
  local label=$1 url=$2; shift 2
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out"); errors=${errors:-0}
  printf '%s %s %s %s %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
}

echo "Warming up for $WARMUP..." >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$SERVICE_URL/q/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" "$SERVICE_URL/api/contacts/$CONTACT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H "$AUTH" -s "$POST_LUA" "$SERVICE_URL/api/contacts" >/dev/null

RESULTS=$(
  measure "liveness (floor)" "$SERVICE_URL/q/health/live"
  measure "GET /api/contacts/{id}" "$SERVICE_URL/api/contacts/$CONTACT" -H "$AUTH"
  measure "POST /api/contacts" "$SERVICE_URL/api/contacts" -H "$AUTH" -s "$POST_LUA"
)
rm -f "$POST_LUA"

echo
echo "Contact API at $CONNECTIONS connections, $DURATION each, $(nproc) cores ($(uname -m)), JDK $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.version =/ {print $2}')"
awk -v OFS='' '
  BEGIN { printf "%-24s %12s %10s %10s %10s %8s\n", "target", "requests/s", "p50", "p99", "vs floor", "non-2xx" }
  { label=$1; for (i=2;i<=NF-4;i++) label=label " " $i
    rps=$(NF-3); p50=$(NF-2); p99=$(NF-1); err=$NF
    if (NR==1) floor=rps
    printf "%-24s %12.0f %10s %10s %9.0f%% %8s\n", label, rps, p50, p99, 100*rps/floor, err }
' <<<"$RESULTS"
echo
echo "Goal (issue 2): GET /api/contacts/{id} >= 40% of the floor's throughput with p99 < 25ms."
