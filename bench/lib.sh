# Shared helpers of the benchmark scripts (sourced, not run).

# Installs a Debian package the benchmark needs, if missing (the machines here allow apt-get as root).
need() {
  local cmd=$1 pkg=${2:-$1}
  command -v "$cmd" >/dev/null 2>&1 && return 0
  echo "Installing $pkg for the benchmark..." >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q "$pkg" >/dev/null; else sudo apt-get install -y -q "$pkg" >/dev/null; fi
}

# Builds the service jar unless it is there already (VOICEDESK_BENCH_REBUILD=1 forces a build).
build_service() {
  if [[ ! -f bootstrap/target/quarkus-app/quarkus-run.jar || "${VOICEDESK_BENCH_REBUILD:-0}" == 1 ]]; then
    ./mvnw -B -q -DskipTests package -pl bootstrap -am
  fi
}

# Starts the packaged service on a fresh data directory (embedded PostgreSQL) and port; sets SERVICE_PID,
# SERVICE_DIR, SERVICE_URL and DEMO_KEY. Extra arguments go to the JVM.
start_service() {
  local port=$1; shift
  SERVICE_DIR=$(mktemp -d /tmp/voicedesk-bench.XXXXXX)
  SERVICE_URL="http://localhost:$port"
  (cd "$SERVICE_DIR" && QUARKUS_HTTP_PORT=$port exec "$JAVA_HOME/bin/java" "$@" -jar "$OLDPWD/bootstrap/target/quarkus-app/quarkus-run.jar" \
      > "$SERVICE_DIR/service.log" 2>&1) &
  SERVICE_PID=$!
  for _ in $(seq 1 180); do
    if curl -sf "$SERVICE_URL/q/health/ready" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$SERVICE_DIR/service.log" >&2; echo "The service did not start" >&2; exit 1; }
    sleep 1
  done
  DEMO_KEY=$(grep -o 'vd_[0-9A-Za-z]\{40\}' "$SERVICE_DIR/service.log" | head -1)
  [[ -n "$DEMO_KEY" ]] || { echo "No demo key in the service log" >&2; exit 1; }
}

stop_service() {
  if [[ -n "${SERVICE_PID:-}" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
  [[ -n "${SERVICE_DIR:-}" ]] && rm -rf "$SERVICE_DIR"
}
