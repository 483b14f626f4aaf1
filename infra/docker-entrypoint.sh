#!/bin/sh
# Starts one Grimoire service by name; each reads its configuration from the environment.
set -eu
service="${1:-router}"
case "$service" in
  router) exec npx tsx router/src/index.ts ;;
  accounts|characters|campaigns) exec npx tsx "subgraphs/$service/src/index.ts" ;;
  *) echo "unknown service '$service' (router, accounts, characters, campaigns)" >&2; exit 64 ;;
esac
