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
source actionkit-benchmarks/maven-projects.sh
make_projects "$work" "$size" "$jar"
for round in $(seq 1 "$rounds"); do
  for project in ours plain; do
    rm -rf "$work/$project/target/classes" "$work/$project/target/maven-status"
    load=$(cut -d' ' -f1 /proc/loadavg)
    log="$work/$project-$round.log"
    ./mvnw -B -o -Dmaven.repo.local="$repo" -f "$work/$project/pom.xml" "${TIMED_LOG[@]}" \
      compile >"$log"
    seconds=$(mojo_seconds "$log" '--- compiler:')
    classes=$(find "$work/$project/target/classes" -name '*.class' | wc -l)
    echo "round=$round project=$project load=$load compile_s=$seconds classes=$classes" \
      "maven_total=\"$(grep -o 'Total time: .*' "$log" | sed 's/Total time: *//')\""
  done
done
