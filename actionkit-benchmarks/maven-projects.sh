# Sourced by run-maven-javac.sh and run-maven-generation.sh: the two Maven projects they time,
# and how a mojo's time is read from Maven's log.

# make_projects <work> <size> <benchmarks jar>: <work>/ours runs our plugin over the scaled
# Klavis catalog; <work>/plain runs jsonschema2pojo-maven-plugin over the same parameter schemas.
make_projects() {
  local work=$1 size=$2 jar=$3
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
  find "$work/harness/baseline-$size/schemas" -name '*.json' \
    -exec cp -t "$work/plain/src/main/resources/schema/" {} +
  # jsonschema2pojo-maven-plugin stops at the Tavily schema whose search_depth and searchDepth
  # collide ("trying to create the same field twice"); the harness skips it, so does this
  find "$work/plain/src/main/resources/schema" -name '*TavilySearch.json' -delete
}

# Maven's flags for a log with a timestamp on every line, which mojo_seconds reads.
TIMED_LOG=(-Dorg.slf4j.simpleLogger.showDateTime=true
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

# mojo_seconds <log> <pattern>: seconds from the log line matching <pattern> (a mojo's
# "--- plugin:version:goal" header) to BUILD SUCCESS, for a build whose last mojo that is.
mojo_seconds() {
  local start end
  start=$(grep -- "$2" "$1" | head -1 | cut -c1-12)
  end=$(grep 'BUILD SUCCESS' "$1" | cut -c1-12)
  python3 -c "import datetime as d,sys; f='%H:%M:%S.%f'; \
print(round((d.datetime.strptime(sys.argv[2],f)-d.datetime.strptime(sys.argv[1],f)).total_seconds(),2))" \
    "$start" "$end"
}
