#!/usr/bin/env bash
# Pre-release only: folds every schema change into the single initial migration and
# regenerates the types and the import map. Once a database exists in production,
# add migrations with `npx payload migrate:create <name>` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f src/migrations/2*.ts src/migrations/2*.json
echo 'export const migrations = []' > src/migrations/index.ts
npx payload migrate:create initial
npx payload generate:types
npx payload generate:importmap
