#!/usr/bin/env bash
# LiveKit: audio tap ingest against real time, signed webhook handling against a presence read (issue 3).
# Options (environment): STREAMS (20), DURATION_SECONDS (30), DELIVERIES (400), CONCURRENCY (16).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -pl bootstrap -am verify -DskipITs -Dtest=LiveKitBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.streams="${STREAMS:-20}" -Dbench.seconds="${DURATION_SECONDS:-30}" \
  -Dbench.deliveries="${DELIVERIES:-400}" -Dbench.concurrency="${CONCURRENCY:-16}" | grep 'BENCH'
