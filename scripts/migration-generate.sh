#!/usr/bin/env bash
# Generates a migration from the difference between the entities and the committed migrations:
#   npm run migration:generate -- AddNeeds
# It builds, applies the existing migrations to a scratch database on the PostgreSQL server of
# SCRATCH_DATABASE_SERVER (default: this machine's, postgres://postgres@127.0.0.1:5432), lets
# TypeORM compare, writes libs/core/src/database/migrations/<timestamp>-<Name>.ts, and drops the
# scratch database. Review the file, then add its class to migrations/index.ts.
set -euo pipefail
name="${1:?usage: npm run migration:generate -- <MigrationName>}"
server="${SCRATCH_DATABASE_SERVER:-postgres://postgres@127.0.0.1:5432}"
scratch="gis_migration_scratch_$$"
cd "$(dirname "$0")/.."
npm run build --silent
psql "$server/postgres" -qc "CREATE DATABASE $scratch"
trap 'psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)"' EXIT
export DATABASE_URL="$server/$scratch"
node -e "
  const { default: ds } = await import('./dist/apps/cli/src/data-source.js');
  await ds.initialize(); await ds.runMigrations(); await ds.destroy();
" --input-type=module
npx typeorm migration:generate -d dist/apps/cli/src/data-source.js --pretty "libs/core/src/database/migrations/$name"
