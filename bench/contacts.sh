#!/usr/bin/env bash
# Contact API throughput and latency at 32 connections, against the liveness endpoint as the floor.
#
# Starts the packaged service (embedded PostgreSQL, fresh data), warms it up, then runs wrk for each target
# in turn: GET /q/health/live (the floor: the HTTP stack with no work), GET /api/contacts/{id} and
# POST /api/contacts. Prints requests/s, p50 and p99 and the ratio to the floor.
# Options (environment): DURATION (default 20s), CONNECTIONS (32), THREADS (2), WARMUP (30s), PORT (18080),
# READ_SET (1000: how many distinct contacts the reads go round), JAVA_OPTS (extra options for the service JVM,
# e.g. -Dvoicedesk.persistence.contact-reads.max-batch-size=1 to measure without coalescing).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${DURATION:-20s}; CONNECTIONS=${CONNECTIONS:-32}; THREADS=${THREADS:-2}; WARMUP=${WARMUP:-30s}; PORT=${PORT:-18080}
READ_SET=${READ_SET:-1000}
need wrk
need curl
build_service
POST_LUA=$(mktemp /tmp/voicedesk-post.XXXXXX.lua)
GET_LUA=$(mktemp /tmp/voicedesk-get.XXXXXX.lua)
trap 'rm -f "$POST_LUA" "$GET_LUA"; stop_service' EXIT
# shellcheck disable=SC2086 # JAVA_OPTS holds several JVM options
start_service "$PORT" ${JAVA_OPTS:-}

AUTH="Authorization: Bearer $DEMO_KEY"
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

echo "Warming up for $WARMUP (the POST warm-up also fills the table)..." >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$SERVICE_URL/q/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H "$AUTH" -s "$POST_LUA" "$SERVICE_URL/api/contacts" >/dev/null

# The reads go round READ_SET distinct contacts (the newest ones, listed through the API), as a CRM's do:
# reading one contact over and over would measure a best case.
{
  echo 'ids = {'
  for page in $(seq 0 $(( (READ_SET + 199) / 200 - 1 ))); do
    curl -sf -H "$AUTH" "$SERVICE_URL/api/contacts?size=200&page=$page" | grep -o '"id":"[0-9a-f-]\{36\}"' | sed -E 's/"id":("[^"]+")/\1,/'
  done | head -n "$READ_SET"
  echo '}'
  cat <<'LUA'
counter = 0
started = 0
setup = function(thread) -- each wrk thread starts at another place in the list
  thread:set("counter", started * 397)
  started = started + 1
end
request = function()
  counter = counter + 1
  return wrk.format(nil, "/api/contacts/" .. ids[(counter % #ids) + 1])
end
LUA
} > "$GET_LUA"
[[ $(grep -c '^"' "$GET_LUA") -eq "$READ_SET" ]] || { echo "Could not list $READ_SET contacts to read" >&2; exit 1; }
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" -s "$GET_LUA" "$SERVICE_URL/api/contacts" >/dev/null

# counters of the service's own metrics: reads of a contact by id, and the queries that answered them
read_counts() {
  curl -sf "$SERVICE_URL/q/metrics" | awk '/^voicedesk_contact_reads_total/ {r=$2} /^voicedesk_contact_read_queries_total/ {q=$2} END {printf "%d %d\n", r, q}'
}

FLOOR=$(measure "liveness (floor)" "$SERVICE_URL/q/health/live")
read -r READS_BEFORE QUERIES_BEFORE < <(read_counts)
GET=$(measure "GET /api/contacts/{id}" "$SERVICE_URL/api/contacts" -H "$AUTH" -s "$GET_LUA")
read -r READS_AFTER QUERIES_AFTER < <(read_counts)
POST=$(measure "POST /api/contacts" "$SERVICE_URL/api/contacts" -H "$AUTH" -s "$POST_LUA")
RESULTS=$(printf '%s\n%s\n%s\n' "$FLOOR" "$GET" "$POST")

echo
echo "Contact API at $CONNECTIONS connections, $DURATION each, $(nproc) cores ($(uname -m)), JDK $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.version =/ {print $2}')"
awk -v OFS='' '
  BEGIN { printf "%-24s %12s %10s %10s %10s %8s\n", "target", "requests/s", "p50", "p99", "vs floor", "non-2xx" }
  { label=$1; for (i=2;i<=NF-4;i++) label=label " " $i
    rps=$(NF-3); p50=$(NF-2); p99=$(NF-1); err=$NF
    if (NR==1) floor=rps
    printf "%-24s %12.0f %10s %10s %9.1f%% %8s\n", label, rps, p50, p99, 100*rps/floor, err }
' <<<"$RESULTS"
echo
awk -v r=$((READS_AFTER - READS_BEFORE)) -v q=$((QUERIES_AFTER - QUERIES_BEFORE)) \
  'BEGIN { printf "GET: %d reads answered by %d queries (%.1f reads a query)\n", r, q, q ? r / q : 0 }'
echo "Goal (issue 2): GET /api/contacts/{id} >= 40% of the floor's throughput with p99 < 25ms."
