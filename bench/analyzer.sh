#!/usr/bin/env bash
# Offline call analyzer: time per call against only reading the transcript (issue 5).
# Runs RulesAnalyzerBenchmark over the 45 labelled calls in adapters-ai's test resources.
# Options (environment): ROUNDS (default 200).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl adapters-ai -am test -Dtest=RulesAnalyzerBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dvoicedesk.bench=true -Dvoicedesk.bench.rounds="${ROUNDS:-200}"
cat adapters-ai/target/rules-analyzer-benchmark.txt
