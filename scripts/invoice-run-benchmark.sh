#!/bin/sh
# The nightly invoice run against a plain JDBC batch insert of as many rows (README, "Nightly
# operations"). Needs a running server with billing deployed and its database; adds bench clients,
# items and invoices to that database, so point it at a benchmark database.
#   scripts/invoice-run-benchmark.sh [items] [clients] [intervals] [delivery parts]
# e.g. BENCH_URL=http://127.0.0.1:8080 DB_URL=jdbc:mariadb://127.0.0.1:3306/omex_bench \
#      scripts/invoice-run-benchmark.sh 100000 1000 10,100,500,1000
# (the same as: mvn -Pbench-invoicing process-test-classes -Dbench.items=… in ear/)
set -eu
cd "$(dirname "$0")/.."
ITEMS=${1:-100000}
CLIENTS=${2:-1000}
INTERVALS=${3:-10,100,500,1000}
PARTS=${4:-}
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
mvn -B -q -o -pl ear -am test-compile -DskipTests
jar() { find "$REPO/$1" -name "$2-*.jar" ! -name "*-sources.jar" | sort -V | tail -1; }
CP="ear/target/test-classes:$(jar org/mariadb/jdbc mariadb-java-client):$(jar org/eclipse/parsson parsson):$(jar jakarta/json jakarta.json-api)"
exec java -cp "$CP" \
  -Dbench.url="${BENCH_URL:-http://127.0.0.1:8080}" \
  -Dbench.db="${DB_URL:-jdbc:mariadb://127.0.0.1:3306/omex}" \
  -Dbench.items="$ITEMS" -Dbench.clients="$CLIENTS" -Dbench.intervals="$INTERVALS" \
  ${PARTS:+-Dbench.partitions="$PARTS"} \
  bg.omegasoft.bench.InvoiceRunBenchmark
