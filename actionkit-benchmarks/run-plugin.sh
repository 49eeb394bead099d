#!/usr/bin/env bash
# Plugin benchmark: a full `generate` run, then up-to-date runs (nothing changed), on a scaled
# catalog, as Maven and the plugin's summary line report them. Needs this repository installed,
# best into a separate local repository (REPO; never ~/.m2 on a machine other builds share):
#
#   cp -r ~/.m2/repository /tmp/m2-bench
#   ./mvnw -B -o install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local=/tmp/m2-bench -pl actionkit-maven-plugin -am
#   REPO=/tmp/m2-bench actionkit-benchmarks/run-plugin.sh [size]          # default: 10000
#
# RUNS (default 5) up-to-date runs follow the full run; each line gives the plugin's own time
# (its summary line) and Maven's total. Afterwards it checks that no file was touched.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10000}
jar=actionkit-benchmarks/target/benchmarks.jar
work=${WORK:-target/bench}/plugin-$size
rm -rf "$work"
mkdir -p "$work/src/main/actionkit"
cp actionkit-benchmarks/plugin-project/pom.xml "$work/pom.xml"
java -cp "$jar" dev.actionkit.benchmarks.CatalogScaler "$size" "$work/src/main/actionkit/actions.json" >/dev/null
# as if checked out a minute ago: a snapshot written 2 s before a build is hashed every build
# until it settles (docs/PLUGIN.md, "Up to date")
touch -d '-1 minute' "$work/src/main/actionkit/actions.json"
run() {
  local label=$1 log="$work/$1.log"
  ./mvnw -B -o ${REPO:+-Dmaven.repo.local="$REPO"} -f "$work/pom.xml" \
    dev.actionkit:actionkit-maven-plugin:0.1.0-SNAPSHOT:generate >"$log"
  local plugin total
  plugin=$(grep -o 'ActionKit: .*' "$log" | grep -o '([0-9]* ms)' | tr -dc 0-9)
  total=$(grep -o 'Total time: .*' "$log" | sed 's/Total time: *//')
  echo "run=$label actions=$size plugin_ms=$plugin maven_total=\"$total\" summary=\"$(grep -o 'ActionKit: .*' "$log")\""
}
run full
stamp="$work/.before-up-to-date"
touch "$stamp"
sleep 1
for i in $(seq 1 "${RUNS:-5}"); do
  run "up-to-date-$i"
done
touched=$(find "$work/target" "$work/src" -newer "$stamp" | wc -l)
echo "files touched by the up-to-date runs: $touched"
