#!/usr/bin/env bash
# Runs the ServiceAudit server: builds it first when the bundle is missing or older than the
# sources, then starts Payara Micro with the server at http://localhost:${PORT:-8080}/.
# Database: embedded H2 under ./data unless DB_URL (with DB_DRIVER, DB_USER, DB_PASSWORD) is set.
# Demo data: SERVICEAUDIT_DEMO=true ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
jar=server/target/serviceaudit-microbundle.jar
port=${PORT:-8080}

if [ ! -f "$jar" ] || [ -n "$(find pom.xml checklists server/pom.xml checklists/src server/src -newer "$jar" -type f -print -quit)" ]; then
  echo "Building ServiceAudit (mvn -B -q -DskipTests install) ..."
  mvn -B -q -Dstyle.color=never -DskipTests install
fi

if [ -n "${DB_URL:-}" ]; then
  echo "ServiceAudit: database ${DB_URL}"
else
  mkdir -p data
  echo "ServiceAudit: embedded H2 database in $(pwd)/data"
fi
echo "ServiceAudit: starting on http://localhost:${port}/ (API /api, OpenAPI /openapi, health /health, metrics /metrics)"
exec java ${JAVA_OPTS:-} -jar "$jar" --port "$port" "$@"
