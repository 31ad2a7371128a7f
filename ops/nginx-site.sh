#!/usr/bin/env bash
# Prints ops/nginx/kira.conf filled in from the environment, for /etc/nginx/sites-available/:
#   SERVER_NAME=kira-kira.jp TLS_CERTIFICATE=/etc/letsencrypt/live/kira-kira.jp/fullchain.pem \
#   TLS_CERTIFICATE_KEY=/etc/letsencrypt/live/kira-kira.jp/privkey.pem \
#   STATIC_ROOT=/srv/kira/static MEDIA_ROOT=/srv/kira/media ops/nginx-site.sh >/etc/nginx/sites-available/kira
# GUNICORN_BIND, STATIC_ROOT and MEDIA_ROOT are the names gunicorn.conf.py and the settings read.
# The front cache lives in FRONT_CACHE_DIR (/var/cache/nginx/kira) and is purged through
# PURGE_LISTEN (127.0.0.1:8081): set the site's FRONTEND_CACHE_PURGE_URL=http://$PURGE_LISTEN.
set -euo pipefail
: "${SERVER_NAME:?SERVER_NAME must list the host names of the site, separated by spaces}"
: "${TLS_CERTIFICATE:?TLS_CERTIFICATE must be the path of the certificate chain}"
: "${TLS_CERTIFICATE_KEY:?TLS_CERTIFICATE_KEY must be the path of its private key}"
: "${STATIC_ROOT:?STATIC_ROOT must be the directory collectstatic writes to}"
: "${MEDIA_ROOT:?MEDIA_ROOT must be the directory of uploaded media}"
sed -e "s|@SERVER_NAME@|$SERVER_NAME|g" \
    -e "s|@HTTP_LISTEN@|${HTTP_LISTEN:-80}|g" \
    -e "s|@HTTPS_LISTEN@|${HTTPS_LISTEN:-443}|g" \
    -e "s|@TLS_CERTIFICATE@|$TLS_CERTIFICATE|g" \
    -e "s|@TLS_CERTIFICATE_KEY@|$TLS_CERTIFICATE_KEY|g" \
    -e "s|@GUNICORN_BIND@|${GUNICORN_BIND:-127.0.0.1:8000}|g" \
    -e "s|@STATIC_ROOT@|${STATIC_ROOT%/}|g" \
    -e "s|@MEDIA_ROOT@|${MEDIA_ROOT%/}|g" \
    -e "s|@FRONT_CACHE_DIR@|${FRONT_CACHE_DIR:-/var/cache/nginx/kira}|g" \
    -e "s|@PURGE_LISTEN@|${PURGE_LISTEN:-127.0.0.1:8081}|g" \
    "$(dirname "$0")/nginx/kira.conf"
