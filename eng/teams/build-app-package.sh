#!/usr/bin/env bash
# Builds the upload-ready Microsoft Teams app package (a zip of manifest.json, color.png, outline.png)
# from teams/manifest.template.json and the bot's app id in configuration.
#
#   eng/teams/build-app-package.sh [--host bot.example.org] [--version 1.0.1] [--out path/to/app.zip]
#
# App id: $MicrosoftAppId, else "MicrosoftAppId" in the repository's appsettings.json.
# Host:   --host, else $TEAMS_PUBLIC_HOST: the public DNS name of the bot (no scheme), used for the
#         developer URLs and validDomains.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
template="$root/teams/manifest.template.json"
icons="$root/teams/icons"
out="$root/teams/bin/iep-navigator-teams.zip"  # bin/ is git-ignored
host="${TEAMS_PUBLIC_HOST:-}"
version=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

command -v jq >/dev/null || { echo "jq is required (apt-get install jq)" >&2; exit 1; }

app_id="${MicrosoftAppId:-}"
if [[ -z "$app_id" && -f "$root/appsettings.json" ]]; then
  app_id="$(jq -r '.MicrosoftAppId // ""' "$root/appsettings.json")"
fi
if [[ ! "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "MicrosoftAppId must be the bot's Microsoft App ID (a GUID): set it in the environment or appsettings.json." >&2
  exit 1
fi
if [[ -z "$host" ]]; then
  echo "The bot's public host is required: --host bot.example.org (or TEAMS_PUBLIC_HOST)." >&2
  exit 1
fi
if [[ "$host" =~ [/:[:space:]] ]]; then
  echo "--host is a DNS name only, without https:// or a path: $host" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# jq writes the values as JSON strings, so nothing in them can break the manifest.
jq --arg id "$app_id" --arg host "$host" --arg version "$version" '
  walk(if type == "string" then gsub("{{MicrosoftAppId}}"; $id) | gsub("{{PublicHost}}"; $host) else . end)
  | if $version != "" then .version = $version else . end
' "$template" > "$work/manifest.json"

# The required fields of the Teams manifest schema, checked before anything is zipped.
jq -e '
  (.["$schema"] | type == "string") and (.manifestVersion | type == "string") and (.version | test("^[0-9]+\\.[0-9]+\\.[0-9]+$"))
  and (.id | type == "string") and (.developer.name and .developer.websiteUrl and .developer.privacyUrl and .developer.termsOfUseUrl)
  and (.name.short | length <= 30) and (.name.full | length <= 100)
  and (.description.short | length <= 80) and (.description.full | length <= 4000)
  and (.icons.color and .icons.outline) and (.accentColor | test("^#[0-9A-Fa-f]{6}$"))
  and (.bots | length >= 1) and all(.bots[]; .botId == $id)
  and (.validDomains | type == "array")
' --arg id "$app_id" "$work/manifest.json" >/dev/null || { echo "the manifest is missing a required field" >&2; exit 1; }

cp "$icons/color.png" "$icons/outline.png" "$root/teams/es.json" "$work/"
mkdir -p "$(dirname "$out")"
rm -f "$out"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
# Files at the zip's root, as Teams requires; -X leaves out file attributes that differ between machines.
(cd "$work" && zip -q -X "$out" manifest.json color.png outline.png es.json)
echo "$out"
