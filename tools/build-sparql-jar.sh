#!/bin/sh
# Builds dialoguekg-sparql.jar, the query engine's Java side
# (src/query/java), against Debian's Apache Jena (libapache-jena-java) and
# its dependencies in JAVA_DIR (default /usr/share/java).  No download: every
# jar is one Debian installed.  The jar's manifest names them (Class-Path), so
# `java -jar dialoguekg-sparql.jar` needs nothing else; it also carries the
# message files of Jena's bundled Xerces at the place Debian's relocated
# classes look for them (xerces/impl/...), without which Jena cannot start.
#
# usage: build-sparql-jar.sh SOURCE_DIR OUTPUT_JAR [JAVA_DIR]
set -eu
src=$1
out=$2
java_dir=${3:-/usr/share/java}

# One slf4j binding (nop: the engine reports through its own protocol).
jars="jena-arq jena-base jena-core jena-iri jena-tdb2 jena-dboe-base
  jena-dboe-index jena-dboe-storage jena-dboe-trans-data
  jena-dboe-transaction commons-cli commons-codec commons-compress
  commons-csv commons-io commons-lang3 dexx.collection gson guava httpclient
  httpcore jackson-core jackson-databind jackson-annotations jsonld-java
  jakarta.json-api protobuf thrift titanium-json-ld slf4j-api slf4j-nop"

classpath=
manifest_cp=
for jar in $jars; do
  path="$java_dir/$jar.jar"
  if [ ! -f "$path" ]; then
    echo "build-sparql-jar.sh: $path is missing (install libapache-jena-java)" >&2
    exit 1
  fi
  classpath="$classpath${classpath:+:}$path"
  manifest_cp="$manifest_cp $path"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes"
javac -nowarn -encoding UTF-8 --release 17 -d "$work/classes" -cp "$classpath" \
  "$src"/dialoguekg/*.java
(cd "$work" && jar xf "$java_dir/jena-core.jar" org/apache/jena/ext/xerces)
(cd "$work/org/apache/jena/ext" &&
  find xerces -name '*.properties' | while read -r f; do
    mkdir -p "$work/classes/$(dirname "$f")"
    cp "$f" "$work/classes/$f"
  done)

# Manifest lines are at most 72 bytes: continue with a leading space.
{
  echo "Main-Class: dialoguekg.SparqlEngine"
  printf 'Class-Path:%s\n' "$manifest_cp" | fold -w 70 | sed '2,$s/^/ /'
} > "$work/manifest.txt"
mkdir -p "$(dirname "$out")"
jar cfm "$out.tmp" "$work/manifest.txt" -C "$work/classes" .
mv "$out.tmp" "$out"

# A class-data archive of the classes a query loads (Java's AppCDS): the
# JVM maps it instead of loading those classes one by one, which cuts the
# start of each query by a sixth.  It is only an optimization: it holds for
# this jar at this path, the engine is given it only when it exists, and a
# JVM that cannot use it ignores it (-Xlog:disable keeps that silent).
rm -f "${out%.jar}.jsa"
printf '<urn:s> <urn:p> "o" .\n' >"$work/data.nt"
printf 'SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER (YEAR(NOW()) > 0) } GROUP BY ?s\n' >"$work/q.rq"
java -Xlog:disable -XX:ArchiveClassesAtExit="${out%.jar}.jsa" -jar "$out" \
  query --query-file "$work/q.rq" --data ntriples "$work/data.nt" \
  >/dev/null 2>&1 || rm -f "${out%.jar}.jsa"
