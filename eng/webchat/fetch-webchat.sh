#!/usr/bin/env bash
# Copies Bot Framework Web Chat's self-contained browser bundle from npm into the host's static files
# (src/IepNavigator.Web/wwwroot/lib/webchat/, git-ignored). Skips when that version is already there.
# Only the one tarball is fetched (npm pack); no node_modules, nothing loaded from a CDN at run time.
# Then writes webchat.js.br and webchat.js.gz beside it (precompress.cs), once per version: the host serves those
# as they are, never compressing per request.
set -euo pipefail

VERSION="${WEBCHAT_VERSION:-4.18.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="$ROOT/src/IepNavigator.Web/wwwroot/lib/webchat"

# One run at a time: a solution build evaluates the host project once per referencing test project, and each
# evaluation's FetchWebChatBundle target calls this script; the others wait here and then find the work done.
# The lock lives in obj/, not beside the bundle: everything under wwwroot/ is a static web asset.
mkdir -p "$DEST" "$ROOT/src/IepNavigator.Web/obj"
exec 9>"$ROOT/src/IepNavigator.Web/obj/webchat-fetch.lock"
flock 9

precompress() {
  local bundle="$DEST/webchat.js"
  if [[ -s "$bundle.br" && -s "$bundle.gz" && ! "$bundle.br" -ot "$bundle" && ! "$bundle.gz" -ot "$bundle" ]]; then
    return 0
  fi
  command -v dotnet >/dev/null || { echo "dotnet is required to precompress Web Chat" >&2; return 1; }
  # --file: from a folder that holds a project (MSBuild runs this from the host's), a bare path would run that project
  # instead, whose build calls this script again and waits on the lock held here.
  dotnet run --file "$ROOT/eng/webchat/precompress.cs" -- "$bundle"
}

if [[ -s "$DEST/webchat.js" && "$(cat "$DEST/VERSION" 2>/dev/null)" == "$VERSION" ]]; then
  echo "Web Chat $VERSION already in $DEST"
  precompress
  exit 0
fi

command -v npm >/dev/null || { echo "npm is required to fetch Web Chat (apt-get install npm)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack "botframework-webchat@$VERSION" --silent >/dev/null)
tar -xzf "$WORK/botframework-webchat-$VERSION.tgz" -C "$WORK" package/dist/webchat.js package/LICENSE 2>/dev/null \
  || tar -xzf "$WORK/botframework-webchat-$VERSION.tgz" -C "$WORK" package/dist/webchat.js

mkdir -p "$DEST"
rm -f "$DEST/webchat.js.br" "$DEST/webchat.js.gz"
cp "$WORK/package/dist/webchat.js" "$DEST/webchat.js"
[[ -f "$WORK/package/LICENSE" ]] && cp "$WORK/package/LICENSE" "$DEST/LICENSE"
echo "$VERSION" > "$DEST/VERSION"
echo "Web Chat $VERSION copied to $DEST ($(wc -c < "$DEST/webchat.js") bytes)"
precompress
