#!/usr/bin/env bash
# Vendors reveal.js, the engine of `render --slides` decks, from the npm registry (never a CDN) into
# lib/NewsFigures.Notebooks/vendor/reveal.js/, which git ignores; the Notebooks build runs this script and embeds
# the files (lib/NewsFigures.Notebooks/RevealJs.targets). Installs Debian's npm if it is missing.
# Idempotent: when the pinned version is in place it returns at once.
set -euo pipefail
VERSION=5.2.1
# sha256 of reveal.js-5.2.1.tgz as the registry serves it: a different tarball is refused.
SHA256=359b575dd51bbda32f89b2fd4c7dc46ad7389a805572158916c29252f7a27333
VENDOR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/NewsFigures.Notebooks/vendor"
DEST="$VENDOR/reveal.js"
STAMP="$DEST/.version"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$VERSION" ]; then exit 0; fi

mkdir -p "$VENDOR"
# Builds of several projects may start this at once: one fetches, the others wait and find it done.
exec 9>"$VENDOR/.lock"
flock 9
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$VERSION" ]; then exit 0; fi

if ! command -v npm >/dev/null; then
  echo "Installing Debian npm (once per machine, to fetch reveal.js)..." >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq npm >/dev/null
fi

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "reveal.js@$VERSION" --silent >/dev/null)
tarball="$work/reveal.js-$VERSION.tgz"
actual="$(sha256sum "$tarball" | cut -d' ' -f1)"
[ "$actual" = "$SHA256" ] || { echo "error: reveal.js-$VERSION.tgz has sha256 $actual, expected $SHA256" >&2; exit 1; }
tar -xzf "$tarball" -C "$work"

# Only what a deck loads: the script, its stylesheet, the white theme and the font it imports, the notes plugin,
# and the licences.
stage="$work/stage"
for file in LICENSE package.json dist/reveal.js dist/reveal.css dist/theme/white.css \
    dist/theme/fonts/source-sans-pro/source-sans-pro.css dist/theme/fonts/source-sans-pro/LICENSE \
    dist/theme/fonts/source-sans-pro/source-sans-pro-{regular,italic,semibold,semibolditalic}.woff \
    plugin/notes/notes.js; do
  mkdir -p "$stage/$(dirname "$file")"
  cp "$work/package/$file" "$stage/$file"
done
echo "$VERSION" > "$stage/.version"
rm -rf "$DEST"
mv "$stage" "$DEST"
