#!/usr/bin/env bash
# Release dry run: builds the Maven Central bundle of this checkout exactly as `-Prelease deploy`
# would, signed with a throwaway key and without uploading, then checks it (scripts/check-bundle.sh).
#
# Central accepts release versions only, so the checkout (tracked and untracked, not ignored files)
# is copied to target/release-dry-run/src and its version X.Y.Z-SNAPSHOT set to X.Y.Z there
# (override with RELEASE_VERSION). The working tree is not changed.
#
# Output (all under target/release-dry-run/):
#   src/target/central-staging/             the staged files, in Maven repository layout
#   src/target/central-publishing/central-bundle.zip   the bundle the Central Portal would receive
#   effective-poms.xml                      the reactor's effective POMs (which modules publish)
#   dry-run-signing-key.asc                 the throwaway public key the signatures verify against
#   maven.log                               the release build's log
#
# Needs gpg (Debian package gnupg) for the throwaway signing key, and Maven online: the Central
# plugin builds no bundle in offline mode. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

command -v gpg >/dev/null || {
  echo "release-dry-run: gpg not found; install it (Debian/Ubuntu: apt-get install gnupg)" >&2
  exit 1
}

snapshot=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
release=${RELEASE_VERSION:-${snapshot%-SNAPSHOT}}
out=$root/target/release-dry-run
src=$out/src
echo "release-dry-run: building the bundle of version $release (checkout at $snapshot)"

rm -rf "$out" && mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard \
  | (cd "$root" && xargs -0 cp --parents -t "$src" 2>/dev/null || true)
# Files listed but deleted in the working tree are skipped above; the build needs the POMs.
[ -f "$src/pom.xml" ] || { echo "release-dry-run: copying the checkout failed" >&2; exit 1; }
find "$src" -name pom.xml -exec sed -i "s:<version>$snapshot</version>:<version>$release</version>:" {} +

# A throwaway signing key in a temporary GnuPG home, removed on exit.
export GNUPGHOME
GNUPGHOME=$(mktemp -d "${TMPDIR:-/tmp}/vfm-gpg.XXXXXX")
cleanup() {
  gpgconf --homedir "$GNUPGHOME" --kill gpg-agent >/dev/null 2>&1 || true
  rm -rf "$GNUPGHOME"
}
trap cleanup EXIT
if ! gpg --batch --quiet --passphrase '' --quick-gen-key \
    'commissioning-vfm release dry run <release-dry-run@invalid>' ed25519 sign 1d 2> "$out/gpg.log"; then
  cat "$out/gpg.log" >&2
  exit 1
fi
fingerprint=$(gpg --batch --with-colons --list-secret-keys 2>> "$out/gpg.log" | awk -F: '$1 == "fpr" {print $10; exit}')
[ -n "$fingerprint" ] || { cat "$out/gpg.log" >&2; echo "release-dry-run: no signing key was made" >&2; exit 1; }
gpg --batch --armor --export "$fingerprint" > "$out/dry-run-signing-key.asc" 2>> "$out/gpg.log"

# -Prelease deploy as a release would run it (tests already ran in the checkout), except:
# skipUpload keeps the bundle local, and nothing is installed into the local repository.
echo "release-dry-run: mvn -Prelease deploy (log: $out/maven.log)"
if ! mvn -B -f "$src/pom.xml" -Prelease -DskipTests \
    -Dgpg.keyname="$fingerprint" -Dgpg.homedir="$GNUPGHOME" \
    -DskipUpload=true -Dmaven.install.skip=true \
    org.apache.maven.plugins:maven-help-plugin:3.5.1:effective-pom -Doutput="$out/effective-poms.xml" \
    deploy "$@" > "$out/maven.log" 2>&1; then
  tail -n 150 "$out/maven.log" >&2
  echo "release-dry-run: the release build failed; full log in $out/maven.log" >&2
  exit 1
fi

bundle=$src/target/central-publishing/central-bundle.zip
"$root/scripts/check-bundle.sh" --bundle "$bundle" --effective-poms "$out/effective-poms.xml" \
    --signing-key "$out/dry-run-signing-key.asc"
# The check itself must catch each kind of gap: it is run on broken copies of this bundle.
java "$root/scripts/CheckBundleSelfTest.java" "$bundle" "$out/effective-poms.xml" "$out/dry-run-signing-key.asc"
