#!/usr/bin/env bash
# Rebuilds eng/packages/adaptivecards.3.1.0.nupkg (committed; only needed if it is ever lost).
set -euo pipefail
cd "$(dirname "$0")"
dotnet pack AdaptiveCardsPlaceholder/AdaptiveCardsPlaceholder.csproj -c Release -o packages
