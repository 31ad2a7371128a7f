#!/usr/bin/env bash
# Makes this machine ready for `make test`, or says in one line what is missing and how to get it.
#
# The tests drive Debian's Chromium (with Japanese fonts), check HTML with the Nu Html Checker
# (Java and npm's vnu-jar) and start PostgreSQL, Redis, gunicorn and nginx as real processes.
# As root with apt-get, missing packages are installed; PostgreSQL and Redis are started when
# they are installed but down. When everything is there this takes well under a second.
#
# TEST_POSTGRES_URL and TEST_REDIS_URL (docs/development.md, "Tests") point the tests at other
# servers; this script then only checks that they answer.
set -euo pipefail
cd "$(dirname "$0")/.."

VNU_VERSION="26.9.27"
VNU_JAR=".tools/node_modules/vnu-jar/build/dist/vnu.jar"
POSTGRES_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
REDIS_URL="${TEST_REDIS_URL:-redis://127.0.0.1:6379/0}"

stop() {
    echo "make test: $*" >&2
    exit 1
}

packages=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || packages+=(chromium)
# fc-list takes a while; the font package's own file is enough to know it is there.
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || packages+=(fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || packages+=(nginx)
# ops/nginx/kira.conf compresses with brotli too.
[ -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || packages+=(libnginx-mod-http-brotli-filter)
# ... and is the front cache, purged on publish.
[ -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] || packages+=(libnginx-mod-http-cache-purge)
command -v java >/dev/null || packages+=(default-jre-headless)
command -v npm >/dev/null || packages+=(npm)
# The backup test runs ops/backup.sh and ops/restore.sh, which need PostgreSQL's client tools.
command -v pg_dump >/dev/null || packages+=(postgresql-client)
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
    command -v pg_ctlcluster >/dev/null || packages+=(postgresql)
fi
if [ -z "${TEST_REDIS_URL:-}" ]; then
    command -v redis-server >/dev/null || packages+=(redis-server)
fi
command -v redis-cli >/dev/null || packages+=(redis-tools)
# The web-server test makes itself a certificate.
command -v openssl >/dev/null || packages+=(openssl)

if [ "${#packages[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        stop "missing ${packages[*]}; install with: sudo apt-get install ${packages[*]}"
    fi
    echo "== Installing ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # The tests start their own nginx, PostgreSQL and Redis; the packages must not start theirs
    # (a system nginx would take port 80, and fail the install if something else has it).
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    if [[ " ${packages[*]} " == *" postgresql "* ]]; then
        # A cluster created just now holds nobody's data: let the tests' default URL
        # (postgres over TCP on 127.0.0.1, no password) in, as on a CI machine.
        hba="$(ls /etc/postgresql/*/main/pg_hba.conf | head -n 1)"
        sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
    fi
fi

if [ ! -f "$VNU_JAR" ] || ! grep -q "\"version\": \"$VNU_VERSION\"" .tools/node_modules/vnu-jar/package.json; then
    echo "== Installing the Nu Html Checker (npm vnu-jar $VNU_VERSION) into .tools/"
    # No install scripts: vnu-jar's would download a Java runtime from GitHub when it finds none;
    # Debian's, checked above, is the one to use.
    npm install --prefix .tools --ignore-scripts --no-audit --no-fund --loglevel=error \
        --save-exact "vnu-jar@$VNU_VERSION" >/dev/null
fi

if [ -z "${TEST_POSTGRES_URL:-}" ] && ! pg_isready -q -d "$POSTGRES_URL"; then
    cluster="$(pg_lsclusters --no-header | awk '$3 == 5432 { print $1, $2; exit }')"
    [ -n "$cluster" ] || stop "no PostgreSQL cluster on port 5432; create one with: sudo pg_createcluster --start 15 main"
    if [ "$(id -u)" -ne 0 ]; then
        stop "PostgreSQL is not running; start it with: sudo pg_ctlcluster ${cluster} start"
    fi
    # shellcheck disable=SC2086 # "version name", two words on purpose
    pg_ctlcluster --skip-systemctl-redirect $cluster start
    for _ in $(seq 1 30); do pg_isready -q -d "$POSTGRES_URL" && break; sleep 0.2; done
fi
psql "$POSTGRES_URL" -Atqc "SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreatedb)" 2>/dev/null | grep -q 1 \
    || stop "cannot create databases at $POSTGRES_URL; set TEST_POSTGRES_URL to a server and role that can (docs/development.md, \"Tests\")"

if ! redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1; then
    [ -z "${TEST_REDIS_URL:-}" ] || stop "Redis does not answer at $TEST_REDIS_URL"
    # A throwaway local Redis, as the tests need it: nothing written to disk.
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    for _ in $(seq 1 30); do redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1 && break; sleep 0.2; done
    redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1 || stop "Redis did not start on 127.0.0.1:6379"
fi
