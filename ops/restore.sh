#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an EMPTY database and media directory:
#   createdb kira_restored
#   DATABASE_URL=postgres://.../kira_restored MEDIA_ROOT=/srv/kira/media ops/restore.sh /backups/kira-2026-11-23
# Then run `manage.py migrate` (a no-op for a backup of the same release) and start the servers;
# then `manage.py clear_page_cache`, so that no page cached before the restore is served.
set -euo pipefail
source="${1:?usage: ops/restore.sh BACKUP_DIRECTORY}"
: "${DATABASE_URL:?DATABASE_URL must name the empty PostgreSQL database}"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$source/database.dump"
# pg_restore brings no planner statistics; without them listing queries can take a hundred times
# longer until autovacuum gets round to the tables.
psql "$DATABASE_URL" -qc "ANALYZE"
if [ -f "$source/media.tar.gz" ]; then
    mkdir -p "${MEDIA_ROOT:?MEDIA_ROOT must be set to restore media}"
    tar -xzf "$source/media.tar.gz" -C "$MEDIA_ROOT"
fi
echo "Restored from $source"
