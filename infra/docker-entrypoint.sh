#!/bin/sh
# Starts one Grimoire service by name; each reads its configuration from the environment.
# `node --import tsx` (not npx) so SIGTERM reaches the service and it stops gracefully.
set -eu
service="${1:-router}"
case "$service" in
  router) exec node --import tsx router/src/index.ts ;;
  accounts|characters|campaigns|catalog) exec node --import tsx "subgraphs/$service/src/index.ts" ;;
  # Loads SRD descriptions into the catalog: docker run -v /path/to/srd:/srd grimoire catalog-import /srd
  catalog-import) shift; exec node --import tsx subgraphs/catalog/src/import/cli.ts "$@" ;;
  *) echo "unknown service '$service' (router, accounts, characters, campaigns, catalog, catalog-import)" >&2; exit 64 ;;
esac
