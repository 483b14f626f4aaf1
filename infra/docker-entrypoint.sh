#!/bin/sh
# Starts one Grimoire service by name; each reads its configuration from the environment.
# `node --import tsx` (not npx) so SIGTERM reaches the service and it stops gracefully.
set -eu
service="${1:-router}"
case "$service" in
  router) exec node --import tsx router/src/index.ts ;;
  accounts|characters|campaigns) exec node --import tsx "subgraphs/$service/src/index.ts" ;;
  *) echo "unknown service '$service' (router, accounts, characters, campaigns)" >&2; exit 64 ;;
esac
