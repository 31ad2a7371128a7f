#!/usr/bin/env bash
# Backs up the database and uploaded media into one directory:
#   DATABASE_URL=postgres://... MEDIA_ROOT=/srv/kira/media ops/backup.sh /backups/kira-2026-11-23
# Produces database.dump (pg_dump custom format, restorable with ops/restore.sh) and media.tar.gz.
# Media on S3 (MEDIA_S3_BUCKET) is not copied: keep bucket versioning on, or sync the bucket.
set -euo pipefail
target="${1:?usage: ops/backup.sh TARGET_DIRECTORY}"
mkdir -p "$target"
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
pg_dump --format=custom --no-owner --no-privileges --file="$target/database.dump" "$DATABASE_URL"
if [ -d "${MEDIA_ROOT:-}" ]; then
    tar -czf "$target/media.tar.gz" -C "$MEDIA_ROOT" .
fi
echo "Backed up to $target"
