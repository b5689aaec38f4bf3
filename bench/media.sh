#!/usr/bin/env bash
# Concurrent Twilio media streams through the media socket to a local STT stand-in, against a WebSocket echo floor (issue 4).
# Options (environment): CALLS (default 100,300), DURATION_SECONDS (20), WARMUP (30).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl bootstrap -am verify -DskipITs -Dtest=MediaStreamBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench=media -Dbench.calls="${CALLS:-100,300}" -Dbench.seconds="${DURATION_SECONDS:-20}" -Dbench.warmup="${WARMUP:-30}"
cat bootstrap/target/benchmark-media-streams.md
