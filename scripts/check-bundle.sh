#!/usr/bin/env bash
# Checks a Maven Central bundle against the Central Portal's published requirements and this
# project's own rules (scripts/CheckBundle.java says which). Run by scripts/release-dry-run.sh;
# with no arguments it checks the output of the last dry run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/release-dry-run
if [ $# -eq 0 ]; then
  set -- --bundle "$out/src/target/central-publishing/central-bundle.zip" \
         --effective-poms "$out/effective-poms.xml" \
         --signing-key "$out/dry-run-signing-key.asc"
fi
exec java scripts/CheckBundle.java --root . "$@"
