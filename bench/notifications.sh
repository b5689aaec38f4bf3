#!/usr/bin/env bash
# Notifications: event accepted to SSE received across two instances, against a raw NOTIFY->LISTEN floor (issue 6).
# Options (environment): DURATION (60s), RATE (100 events/s), ADMINS (200), WARMUP (limit 300s; ends when the JIT settles).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl bootstrap -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=NotificationLatencyBenchmarkIT -Dbench.notifications=true \
  -Dbench.duration="${DURATION:-60s}" -Dbench.rate="${RATE:-100}" -Dbench.admins="${ADMINS:-200}" -Dbench.warmup="${WARMUP:-300s}"
cat bootstrap/target/benchmarks/notifications.txt
