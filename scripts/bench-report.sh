#!/usr/bin/env bash
# Period report benchmark (docs/performance.md): starts the server bundle on a loopback port
# with a fresh PostgreSQL database on 127.0.0.1:5432 and the heap the report must fit in
# (BENCH_HEAP, default 256m, for the whole server), seeds a client of 200 locations with a year
# of audits and probe runs, times its 12-month report, and drops the database (unless
# BENCH_KEEP_DB is set, to look at the queries afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8182}
mvn -B -q -Dstyle.color=never -DskipTests install
work=$(mktemp -d)
pgdb="serviceaudit_bench_report_$$"
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  if [ -n "${BENCH_KEEP_DB:-}" ]; then echo "kept database ${pgdb}"; else psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS ${pgdb}" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE ${pgdb}"
export DB_DRIVER=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://127.0.0.1:5432/${pgdb}" DB_USER=postgres DB_PASSWORD=
export SERVICEAUDIT_ADMIN_PASSWORD=${SERVICEAUDIT_ADMIN_PASSWORD:-correct-horse-battery-7}
# The benchmark's probes point at 127.0.0.1 and are never run; saving them needs this.
export SERVICEAUDIT_PROBES_ALLOW_PRIVATE_ADDRESSES=true
(cd "$work" && exec java -Xmx"${BENCH_HEAP:-256m}" -jar "$OLDPWD/server/target/serviceaudit-microbundle.jar" --port "$port" \
   > server.log 2>&1) &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:${port}/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:${port}/health/ready" >/dev/null || { tail -50 "$work/server.log"; exit 1; }
echo "Server heap limit: -Xmx${BENCH_HEAP:-256m}; database: ${DB_URL}"
mvn -B -q -Dstyle.color=never -Pbench-report -pl server verify -DskipTests -DskipITs -Dbench.url="http://127.0.0.1:${port}" \
  -Dbench.dbUrl="$DB_URL" -Dbench.serverPid="$server" -Dbench.adminPassword="$SERVICEAUDIT_ADMIN_PASSWORD"
if grep -q "OutOfMemoryError" "$work/server.log"; then echo "the server ran out of heap"; exit 1; fi
