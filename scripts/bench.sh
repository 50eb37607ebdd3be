#!/usr/bin/env bash
# Submission ingest benchmark (docs/performance.md). Starts the server bundle on a free
# loopback port with the database chosen like ./run.sh does (embedded H2, or PostgreSQL when
# DB_URL and friends are set), runs IngestBenchmark against it, and stops the server.
#   scripts/bench.sh                      # H2 in a fresh temporary folder
#   BENCH_PG=1 scripts/bench.sh           # a fresh PostgreSQL database on 127.0.0.1:5432, dropped after
#   BENCH_SECONDS=20 BENCH_CLIENTS=16,64 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8181}
mvn -B -q -Dstyle.color=never -DskipTests install
work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ -n "${pgdb:-}" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS ${pgdb}" || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ -n "${BENCH_PG:-}" ]; then
  pgdb="serviceaudit_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE ${pgdb}"
  export DB_DRIVER=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://127.0.0.1:5432/${pgdb}" DB_USER=postgres DB_PASSWORD=
fi
# The server's first admin, with whom the benchmark signs in (only used if the database has no admin).
export SERVICEAUDIT_ADMIN_PASSWORD=${SERVICEAUDIT_ADMIN_PASSWORD:-correct-horse-battery-7}
(cd "$work" && exec java ${JAVA_OPTS:--Xmx2g} -jar "$OLDPWD/server/target/serviceaudit-microbundle.jar" --port "$port" \
   --maxHttpThreads "${BENCH_HTTP_THREADS:-64}" > server.log 2>&1) &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${port}/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:${port}/health/ready" >/dev/null || { tail -50 "$work/server.log"; exit 1; }
echo "Database: ${DB_URL:-embedded H2 (file, in $work)}"
mvn -B -q -Dstyle.color=never -Pbench -pl server verify -DskipTests -DskipITs -Dbench.url="http://127.0.0.1:${port}" \
  -Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.clients="${BENCH_CLIENTS:-16,64}" -Dbench.serverPid="$server" -Dbench.adminPassword="$SERVICEAUDIT_ADMIN_PASSWORD"
