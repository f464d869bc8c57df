#!/usr/bin/env bash
# Refreshes the committed javadoc package lists of third-party libraries (src/javadoc/offline-links/),
# which let the javadoc of our modules link to them without network access at build time.
# Each list is taken from the library's javadoc jar on Maven Central, at the version the parent POM
# manages. Run it after changing one of those versions, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."

prop() { # the value of a <properties> entry of the root POM
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1
}

links=src/javadoc/offline-links
work=target/javadoc-links
rm -rf "$work" && mkdir -p "$work"

fetch() { # name groupId artifactId version
  local name=$1 coords="$2:$3:$4:jar:javadoc"
  mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$coords" -DoutputDirectory="$work/jars" -Dmdep.overWriteIfNewer=true
  mkdir -p "$work/$name" "$links/$name"
  (cd "$work/$name" && jar xf "../jars/$3-$4-javadoc.jar" element-list package-list 2>/dev/null || true)
  local found=0
  for f in element-list package-list; do
    if [ -s "$work/$name/$f" ]; then cp "$work/$name/$f" "$links/$name/$f"; found=1; fi
  done
  [ "$found" = 1 ] || { echo "no element-list or package-list in $coords" >&2; exit 1; }
  echo "$name: $coords"
}

jackson=$(prop jackson.version)
fetch jackson-databind    com.fasterxml.jackson.core jackson-databind    "$jackson"
fetch jackson-core        com.fasterxml.jackson.core jackson-core        "$jackson"
fetch jackson-annotations com.fasterxml.jackson.core jackson-annotations "$jackson"
fetch commons-math3       org.apache.commons         commons-math3       "$(prop commons-math3.version)"
fetch tablesaw-core       tech.tablesaw              tablesaw-core       "$(prop tablesaw.version)"
