#!/usr/bin/env bash
# Installs what dialoguekg needs to build and to run its tests, from Debian's
# packages (bookworm).  Safe to run again.  Run as root or with sudo.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

packages=(
  # build
  gcc libc6-dev make cmake pkg-config
  libraptor2-dev libcjson-dev libserd-dev
  # tests: independent parsers and checkers
  raptor2-utils serdi python3 python3-rdflib python3-pyld
  # tests/check_schema.py: a real JSON Schema validator against `validate`
  python3-jsonschema
  clang-format valgrind git
  # tests/fuzz: libFuzzer harnesses (scripts/fuzz.sh, -DDKG_FUZZ=ON)
  clang libclang-rt-14-dev
  # extract: libxml2's HTML parser (HTML press releases)
  libxml2-dev
  # query/load: Apache Jena (ARQ, TDB2) run by a small Java program built
  # with the JDK (src/query/java, tools/build-sparql-jar.sh);
  # push: librdf, libcurl (GnuTLS: the OpenSSL flavour conflicts with
  # Redland's dependencies); tests: a
  # real Virtuoso 7 (its debconf password question is skipped by
  # DEBIAN_FRONTEND=noninteractive; the tests make their own database),
  # curl and bc for tests/virtuoso/run.sh
  default-jdk-headless libapache-jena-java
  librdf0-dev libcurl4-gnutls-dev
  virtuoso-opensource curl bc
  # drawings (convert -t dot|svg|png|graphml, viz): Graphviz's C library
  # and a font for its labels; tests: Graphviz's own DOT parser, xmllint,
  # networkx (reads GraphML), headless Chromium driven over the DevTools
  # protocol with python3-websocket
  libgraphviz-dev fonts-dejavu-core graphviz libxml2-utils python3-networkx
  chromium python3-websocket
  # bench/run.sh (docs/performance.md): /usr/bin/time for peak RSS
  time
)

# tests/shacl: a real SHACL engine (npm rdf-validate-shacl, pinned in
# tests/shacl/package-lock.json) run by Node.js.  A machine that already has
# Node.js with its npm (NodeSource's nodejs package bundles npm and conflicts
# with Debian's npm package) keeps it; otherwise Debian's nodejs and npm.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${packages[@]}"

# The SHACL engine of tests/shacl, exactly as locked (npm registry).
(cd "$(dirname "$0")/../tests/shacl" && npm ci --no-audit --no-fund --loglevel=error)
# The graph library the viz page inlines (Cytoscape.js and its fCoSE
# layout), exactly as locked in src/viz/package-lock.json: the build
# compiles it into the program.
(cd "$(dirname "$0")/../src/viz" && npm ci --no-audit --no-fund --loglevel=error)
