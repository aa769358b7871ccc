#!/bin/bash
# The same-run checks of docs/performance.md on one build, one after the other:
# import (ours and DuckDB alternating, 3 times), slider (engine and window), personas, export.
#
#   docs/bench/run-checks.sh
#
# Needs: /tmp/tx.csv and /tmp/tx100k.csv (gen_transactions.py --customers 100000), a workspace of
# 1,000,000 customers in /tmp/ws1m (gen_transactions.py --customers 1000000 --out /tmp/tx1m.csv,
# then bin/personae import /tmp/tx1m.csv --workspace /tmp/ws1m), and DuckDB's JDBC jar in ~/.m2
# (org.duckdb:duckdb_jdbc:1.4.1.0; the peer only, not a dependency).
set -u
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
./mvnw -o -q -pl app -am test-compile package -DskipTests -Djavafx.skip=true \
    dependency:build-classpath -Dmdep.outputFile=/tmp/personae-cp.txt -Dmdep.includeScope=test
JAR=analytics/target/personae-cli.jar
DUCK=$HOME/.m2/repository/org/duckdb/duckdb_jdbc/1.4.1.0/duckdb_jdbc-1.4.1.0.jar
load() { cut -d' ' -f1 /proc/loadavg; }
echo "== import"
for i in 1 2 3; do
  echo "load=$(load) $(java -Xmx4g -jar $JAR bench import /tmp/tx.csv)"
  echo "load=$(load) $(java -cp "$DUCK" docs/bench/DuckDbImportPeer.java /tmp/tx.csv 2>/dev/null)"
done
echo "== resegment"
echo "load=$(load) $(java -jar $JAR bench resegment /tmp/tx100k.csv --from 5 --to 6)"
echo "== slider"
echo "load=$(load)"
java -Dglass.platform=headless -Dprism.order=sw \
    -cp "app/target/test-classes:app/target/classes:$(cat /tmp/personae-cp.txt)" \
    io.personae.app.segments.SliderBenchmark /tmp/tx100k.csv 5 6 5 2>&1 | grep -v WARNING | tail -3
echo "== personas"
echo "load=$(load) $(java -Xmx4g -jar $JAR bench personas --workspace /tmp/ws1m)"
echo "== export"
echo "load=$(load)"
java -Xmx4g -jar $JAR bench export --workspace /tmp/ws1m --preset klaviyo,csv
echo "load=$(load) done"
