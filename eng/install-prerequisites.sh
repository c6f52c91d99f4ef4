#!/usr/bin/env bash
# Installs what a fresh machine of this project's kind lacks for the full test run:
# PostgreSQL 15 (storage tests run against it too) and Debian's Chromium (browser tests).
# Idempotent; needs root for apt-get (CI runs as root). The .NET SDK and Node/npm are on the machine image.
set -euo pipefail

need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# The Teams app package is built (and tested) with jq and zip.
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v zip >/dev/null 2>&1 || need+=(zip)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
