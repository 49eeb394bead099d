#!/usr/bin/env bash
# javac through Maven, as users run it: maven-compiler-plugin's own time over our generated
# sources and over plain jsonschema2pojo-maven-plugin's, for the same parameter schemas, from
# Maven's log timestamps (the "--- compiler:...:compile" line to "BUILD SUCCESS"). Each run
# deletes target/classes first, so every run compiles everything. Needs the plugin in a separate
# local repository (never ~/.m2, which other builds share):
#
#   cp -r ~/.m2/repository /tmp/m2-bench
#   ./mvnw -B -o install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local=/tmp/m2-bench -pl actionkit-maven-plugin -am
#   ./mvnw -B -q package -pl actionkit-benchmarks -am -DskipTests
#   actionkit-benchmarks/run-maven-javac.sh [size] [rounds]      # default: 1180 3
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1180}
rounds=${2:-3}
repo=${REPO:-/tmp/m2-bench}
jar=actionkit-benchmarks/target/benchmarks.jar
work=${WORK:-target/bench}/maven-javac-$size
rm -rf "$work"
mkdir -p "$work/ours/src/main/actionkit" "$work/plain/src/main/resources/schema"
cp actionkit-benchmarks/maven-javac/ours/pom.xml "$work/ours/pom.xml"
cp actionkit-benchmarks/maven-javac/plain/pom.xml "$work/plain/pom.xml"
java -cp "$jar" dev.actionkit.benchmarks.CatalogScaler "$size" \
  "$work/ours/src/main/actionkit/actions.json" >/dev/null
touch -d '-1 minute' "$work/ours/src/main/actionkit/actions.json"
# the baseline's schema files, one per action, as GenerationHarness writes them
java -Dwarmups=0 -cp "$jar" dev.actionkit.benchmarks.GenerationHarness baseline "$size" 1 \
  "$work/harness" >/dev/null
cp "$work/harness/baseline-$size/schemas/"*.json "$work/plain/src/main/resources/schema/"
# jsonschema2pojo-maven-plugin stops at the Tavily schema whose search_depth and searchDepth
# collide ("trying to create the same field twice"); the harness skips it, so does this
find "$work/plain/src/main/resources/schema" -name '*TavilySearch.json' -delete
for round in $(seq 1 "$rounds"); do
  for project in ours plain; do
    rm -rf "$work/$project/target/classes" "$work/$project/target/maven-status"
    load=$(cut -d' ' -f1 /proc/loadavg)
    log="$work/$project-$round.log"
    ./mvnw -B -o -Dmaven.repo.local="$repo" -f "$work/$project/pom.xml" \
      -Dorg.slf4j.simpleLogger.showDateTime=true \
      -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS compile >"$log"
    start=$(grep -- '--- compiler:' "$log" | cut -c1-12)
    end=$(grep 'BUILD SUCCESS' "$log" | cut -c1-12)
    seconds=$(python3 -c "import datetime as d,sys; f='%H:%M:%S.%f'; \
print(round((d.datetime.strptime(sys.argv[2],f)-d.datetime.strptime(sys.argv[1],f)).total_seconds(),2))" \
      "$start" "$end")
    classes=$(find "$work/$project/target/classes" -name '*.class' | wc -l)
    echo "round=$round project=$project load=$load compile_s=$seconds classes=$classes" \
      "maven_total=\"$(grep -o 'Total time: .*' "$log" | sed 's/Total time: *//')\""
  done
done
