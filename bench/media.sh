#!/usr/bin/env bash
# Concurrent Twilio media streams through the media socket to a local STT stand-in, against a WebSocket echo floor (issue 4).
# Options (environment): CALLS (default 100,300), DURATION_SECONDS (20), WARMUP (30), JVM_OPTIONS (options of the
# benchmark's JVM, which holds the service, the simulated Twilio peer and the STT stand-in; by default the collector
# settings the service's container image uses, with a 1 GB heap: see docs/operations.md, "Container images"),
# NAP_MICROS (1000: the harness's threads read in rounds with naps this long; 0 wakes them for every frame, see RawLoop),
# PEER_WRITES (tick: a call's two messages of a tick leave the simulated peer in one write; message: one write each).
set -euo pipefail
cd "$(dirname "$0")/.."
# test.jvm-options reaches only the forked test JVM (Surefire's argLine in the root pom), not Maven's own
JVM_OPTIONS="${JVM_OPTIONS:--Xms1g -Xmx1g -XX:+UseG1GC -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=70}"
./mvnw -B -q -pl bootstrap -am verify -DskipITs -Dtest=MediaStreamBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm-options="$JVM_OPTIONS" -Dbench=media -Dbench.calls="${CALLS:-100,300}" -Dbench.seconds="${DURATION_SECONDS:-20}" -Dbench.warmup="${WARMUP:-30}" -Dbench.nap-micros="${NAP_MICROS:-1000}" -Dbench.peer-writes="${PEER_WRITES:-tick}"
cat bootstrap/target/benchmark-media-streams.md
